import { Token } from './text';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

export interface TrieMatch<T> {
  /** Exclusive end token index. */
  end: number;
  values: T[];
}

/**
 * Token-keyed phrase trie: one pass over the tokens finds the longest phrase at each
 * position, so lookup cost does not grow with gazetteer size.
 */
export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { next: new Map(), values: [] };

  add(keys: string[], value: T): void {
    let node = this.root;
    for (const k of keys) {
      let child = node.next.get(k);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(k, child);
      }
      node = child;
    }
    node.values.push(value);
  }

  /** Longest match starting at token i whose values pass `accept` (e.g. case checks). */
  longestAt(tokens: Token[], i: number, accept: (v: T, tokens: Token[], from: number) => boolean): TrieMatch<T> | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let best: TrieMatch<T> | undefined;
    for (let j = i; j < tokens.length && node; j++) {
      node = node.next.get(tokens[j].key);
      if (!node || node.values.length === 0) continue;
      // Most phrases have one value: no new array unless one is turned down.
      const values = node.values.every((v) => accept(v, tokens, i)) ? node.values : node.values.filter((v) => accept(v, tokens, i));
      if (values.length > 0) best = { end: j + 1, values };
    }
    return best;
  }
}
