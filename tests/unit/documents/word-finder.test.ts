import { describe, expect, it } from 'vitest';
import { createWordFinder } from '../../../src-shared/rules/documents/word-finder';

describe('word finder (which cue words a text contains)', () => {
  const words = ['bescheid', 'bescheinigung', 'ust', 'umsatzsteuer', 'a', 'fuer', 'größe', 'ß'];
  const find = createWordFinder(words);

  it('finds every word the text contains as a substring, overlapping ones included', () => {
    expect([...find('bescheid fuer umsatzsteuer (ust)')].sort()).toEqual(
      ['a', 'bescheid', 'fuer', 'umsatzsteuer', 'ust'].sort(),
    );
    expect(find('umsatzsteuer').has('ust')).toBe(false);
    expect([...find('lohnsteuerbescheinigung')].sort()).toEqual(['bescheinigung']);
    expect([...find('die größe')].sort()).toEqual(['größe', 'ß']);
    expect(find('')).toEqual(new Set());
    expect(find('nichts passendes hier')).toEqual(new Set(['a']));
  });

  it('agrees with includes() on random texts', () => {
    const alphabet = 'abcdefghijklmnopqrstuvwxyzäöüß ';
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 500; n++) {
      const text = Array.from(
        { length: Math.floor(random() * 60) },
        () => alphabet[Math.floor(random() * alphabet.length)],
      ).join('');
      // Plant a word now and then so positive cases are frequent.
      const planted = random() < 0.5 ? text + (words[Math.floor(random() * words.length)] ?? '') : text;
      expect(find(planted)).toEqual(new Set(words.filter((word) => planted.includes(word))));
    }
  });
});
