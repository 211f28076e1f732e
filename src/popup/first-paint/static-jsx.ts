/**
 * A JSX runtime that turns the popup's own components into DOM nodes once, with no virtual DOM, no diffing and no
 * event handlers: the early first paint (./index.tsx) renders the same `<App>` Preact renders, with this runtime and
 * ./static-hooks aliased in for `preact/jsx-runtime` and `preact/hooks` (scripts/vite-first-paint.ts). Props become
 * DOM the way Preact's setProperty makes them (node_modules/preact/src/diff/props.js), so the markup is the same and
 * Preact, rendering into it, adopts the elements and changes nothing (checked in test/e2e/first-paint.test.ts). Text is only ever a text
 * node; `dangerouslySetInnerHTML` is refused.
 */
type Child = Node | string | number | bigint | boolean | null | undefined | Child[];
type Props = Record<string, unknown> & { children?: Child };
type Component = (props: Props) => Child;

/** Names Preact always writes as attributes, even where the element has a property of that name. */
const ATTRIBUTE_ONLY = new Set([
  'width',
  'height',
  'href',
  'list',
  'form',
  'tabIndex',
  'download',
  'rowSpan',
  'colSpan',
  'role',
  'popover',
]);

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || typeof child === 'boolean') return;
  if (Array.isArray(child)) {
    for (const c of child) append(parent, c);
  } else if (typeof child === 'object') {
    parent.appendChild(child);
  } else {
    parent.appendChild(document.createTextNode(String(child)));
  }
}

/** Sets a prop on a new element (so there is never an attribute to remove) as Preact's setProperty would. */
function setProperty(el: HTMLElement, name: string, value: unknown): void {
  if (name === 'style') {
    if (typeof value === 'string') el.style.cssText = value;
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        const text = v === null || v === undefined ? '' : String(v);
        if (key.startsWith('-')) el.style.setProperty(key, text);
        else (el.style as unknown as Record<string, string>)[key] = text;
      }
    }
    return;
  }
  // Event handlers: Preact attaches them when it adopts the page, a frame after this paint.
  if (typeof value === 'function' || (name.charCodeAt(0) === 111 && name.charCodeAt(1) === 110)) return;
  // `class`, `aria-*` and `data-*` are never element properties (Preact's `name in dom` is false for them): they go
  // straight to setAttribute, without the lookup through the element's prototype chain.
  if (name !== 'class' && !name.includes('-') && !ATTRIBUTE_ONLY.has(name) && name in el) {
    (el as unknown as Record<string, unknown>)[name] = value ?? '';
    return;
  }
  if (value !== null && value !== undefined && (value !== false || name[4] === '-')) {
    el.setAttribute(name, String(value));
  }
}

export function jsx(type: string | Component, props: Props): Child {
  if (typeof type === 'function') return type(props);
  // createElement makes HTML elements only; no first screen draws SVG or MathML (the timeline's chart is not one).
  if (type === 'svg' || type === 'math') throw new Error(`<${type}> is not on the first screen`);
  const el = document.createElement(type);
  let value: unknown;
  let checked: unknown;
  let hasValue = false;
  let hasChecked = false;
  for (const name in props) {
    switch (name) {
      case 'children':
      case 'key':
      case 'ref':
        continue;
      // value and checked after the children, as Preact does (a select's value needs its options).
      case 'value':
        hasValue = true;
        value = props.value;
        continue;
      case 'checked':
        hasChecked = true;
        checked = props.checked;
        continue;
      case 'dangerouslySetInnerHTML':
        throw new Error('the first paint writes text, never HTML');
    }
    setProperty(el, name, props[name]);
  }
  append(el, props.children);
  if (hasValue) setProperty(el, 'value', value);
  if (hasChecked) setProperty(el, 'checked', checked);
  return el;
}

export const jsxs = jsx;
export const jsxDEV = jsx;

export function Fragment(props: Props): Child {
  const fragment = document.createDocumentFragment();
  append(fragment, props.children);
  return fragment;
}

/**
 * Appends a static render to `parent`. `node` is typed as Preact's JSX gives it; under this runtime a JSX expression
 * is the DOM it made.
 */
export function mount(parent: Node, node: unknown): void {
  append(parent, node as Child);
}
