/**
 * A trie over character codes. Walking a name through it visits only the prefixes that some key shares with the
 * name, so a lookup costs O(name length) whatever the number of keys, and allocates nothing.
 */
export class CharTrie<T> {
  private readonly root: TrieNode<T> = newNode();

  add(key: string, value: T, reverse = false): void {
    let node = this.root;
    const n = key.length;
    for (let i = 0; i < n; i++) {
      const code = key.charCodeAt(reverse ? n - 1 - i : i);
      let next = node.children.get(code);
      if (!next) {
        next = newNode();
        node.children.set(code, next);
      }
      node = next;
    }
    node.values.push(value);
  }

  /**
   * Appends to `out` the values stored under every key that is a prefix of `text` (or a suffix, when `reverse`),
   * shortest key first. The caller owns `out` so a hot loop can reuse one array.
   */
  collect(text: string, reverse: boolean, out: T[]): void {
    let node: TrieNode<T> | undefined = this.root;
    const n = text.length;
    for (let i = 0; i < n && node; i++) {
      node = node.children.get(text.charCodeAt(reverse ? n - 1 - i : i));
      if (node) for (const v of node.values) out.push(v);
    }
  }
}

interface TrieNode<T> {
  children: Map<number, TrieNode<T>>;
  values: T[];
}

function newNode<T>(): TrieNode<T> {
  return { children: new Map(), values: [] };
}
