const ascii = 128;

/**
 * Which of a fixed set of words occur in a text (as substrings, like `includes`), found in one pass over
 * the text: a trie walked from every position, instead of one full search per word.
 */
export function createWordFinder(words: readonly string[]): (text: string) => Set<string> {
  // The trie as numbered nodes (0 is the root, never a child, so 0 also means "no child"): ASCII
  // children in one flat table, other characters in a map per node.
  const asciiChildren: number[][] = [[]];
  const otherChildren: (Map<number, number> | undefined)[] = [undefined];
  const wordAt: (string | undefined)[] = [undefined];
  // Most positions start no word: a table of the ASCII character pairs that begin one (and of the
  // one-letter words) rules them out before the trie is walked.
  const pairs = new Uint8Array(ascii * ascii);
  const singles = new Uint8Array(ascii);
  for (const word of words) {
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let child: number | undefined;
      if (code < ascii) child = asciiChildren[node]?.[code];
      else child = otherChildren[node]?.get(code);
      if (child === undefined) {
        child = asciiChildren.length;
        asciiChildren.push([]);
        otherChildren.push(undefined);
        wordAt.push(undefined);
        if (code < ascii) (asciiChildren[node] ?? [])[code] = child;
        else {
          const map = otherChildren[node] ?? new Map<number, number>();
          map.set(code, child);
          otherChildren[node] = map;
        }
      }
      node = child;
    }
    wordAt[node] = word;
    const [c0, c1] = [word.charCodeAt(0), word.charCodeAt(1)];
    if (word.length === 1 && c0 < ascii) singles[c0] = 1;
    if (word.length >= 2 && c0 < ascii && c1 < ascii) pairs[c0 * ascii + c1] = 1;
  }
  const table = new Int32Array(asciiChildren.length * ascii);
  asciiChildren.forEach((children, node) =>
    children.forEach((child, code) => {
      table[node * ascii + code] = child;
    }),
  );
  const step = (node: number, code: number): number =>
    code < ascii ? (table[node * ascii + code] ?? 0) : (otherChildren[node]?.get(code) ?? 0);

  return (text) => {
    const found = new Set<string>();
    const length = text.length;
    let c1 = length > 0 ? text.charCodeAt(0) : 0;
    for (let start = 0; start < length; start++) {
      const c0 = c1;
      c1 = start + 1 < length ? text.charCodeAt(start + 1) : 0;
      // Pairs with a non-ASCII character are not in the table: the trie decides.
      if (c0 < ascii && c1 < ascii && pairs[c0 * ascii + c1] === 0 && singles[c0] === 0) continue;
      let node = step(0, c0);
      for (let i = start + 1; node !== 0; i++) {
        const word = wordAt[node];
        if (word !== undefined) found.add(word);
        if (i >= length) break;
        node = step(node, text.charCodeAt(i));
      }
    }
    return found;
  };
}
