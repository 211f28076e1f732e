import type { Chunks } from './chunks';

/** An array field written item by item; each item writes itself at the indent it is given. */
export interface StreamedArray {
  kind: 'streamed';
  items: () => Iterable<(indent: string) => Chunks>;
  empty: boolean;
}

/** A streamed array of plain values, each converted (and stringified) only when its turn comes. */
export function streamed<T>(list: readonly T[], toJson: (item: T) => unknown): StreamedArray {
  return {
    kind: 'streamed',
    items: function* () {
      for (const item of list) yield (indent: string) => [indented(toJson(item), indent)];
    },
    empty: list.length === 0,
  };
}

function isStreamed(v: unknown): v is StreamedArray {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === 'streamed' && 'items' in v;
}

/** JSON.stringify(value, null, 2) for a value whose first line sits at `indent` (JSON strings hold no raw LF). */
function indented(value: unknown, indent: string): string {
  const text = JSON.stringify(value, null, 2);
  return indent + (indent === '' ? text : text.replace(/\n/g, `\n${indent}`));
}

/**
 * An object written exactly as JSON.stringify(object, null, 2) writes it (ECMA-262 §25.5.2.6: keys in order, two
 * spaces per level, undefined members left out), except that {@link StreamedArray} fields are written one item at a
 * time. `indent` is where the object's own line starts.
 */
export function* jsonObject(fields: readonly (readonly [string, unknown])[], indent: string): Chunks {
  const inner = `${indent}  `;
  let first = true;
  yield `${indent}{`;
  for (const [key, value] of fields) {
    if (value === undefined) continue;
    yield `${first ? '' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    if (!isStreamed(value)) {
      yield indented(value, inner).slice(inner.length);
      continue;
    }
    if (value.empty) {
      yield '[]';
      continue;
    }
    yield '[';
    let firstItem = true;
    for (const item of value.items()) {
      yield firstItem ? '\n' : ',\n';
      firstItem = false;
      yield* item(`${inner}  `);
    }
    yield `\n${inner}]`;
  }
  yield first ? '}' : `\n${indent}}`;
}
