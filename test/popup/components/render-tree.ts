import { type ComponentChildren, isValidElement, type VNode } from 'preact';

/** Calls a function component as Preact would render it; an element of a tag stays as it is. */
function rendered(v: VNode<Record<string, unknown>>): ComponentChildren | undefined {
  return typeof v.type === 'function' ? (v.type as (p: unknown) => ComponentChildren)(v.props) : undefined;
}

/** Every element of a rendered tree (function components called), in document order. */
export function elements(node: ComponentChildren): VNode<Record<string, unknown>>[] {
  if (Array.isArray(node)) return node.flatMap(elements);
  if (!isValidElement(node)) return [];
  const v = node as VNode<Record<string, unknown>>;
  if (typeof v.type === 'function') return elements(rendered(v));
  return [v, ...elements(v.props.children as ComponentChildren)];
}

/** The text pieces of a rendered tree (function components called), in document order. */
export function texts(node: ComponentChildren): string[] {
  if (Array.isArray(node)) return node.flatMap(texts);
  if (typeof node === 'string' || typeof node === 'number') return [String(node)];
  if (!isValidElement(node)) return [];
  const v = node as VNode<Record<string, unknown>>;
  if (typeof v.type === 'function') return texts(rendered(v));
  return texts(v.props.children as ComponentChildren);
}

/** The text of a rendered tree, as one string. */
export function text(node: ComponentChildren): string {
  return texts(node).join('');
}
