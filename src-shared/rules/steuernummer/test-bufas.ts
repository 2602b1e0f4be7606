// ELSTER/ERiC test BUFAs quoted in the domain notes (§1.4). The ERiC list is longer; these are the ones
// documented, so the set only ever adds a warning and never rejects a number.
const ranges: readonly (readonly [number, number])[] = [
  [1096, 1099],
  [1194, 1198],
  [2138, 2138],
  [2388, 2388],
  [2497, 2497],
  [2653, 2653],
  [2799, 2799],
  [2866, 2866],
  [3098, 3098],
  [3198, 3198],
  [3248, 3248],
  [4098, 4098],
  [4198, 4198],
  [5192, 5199],
  [5400, 5424],
  [5500, 5519],
  [5600, 5624],
  [9198, 9198],
  [9296, 9296],
];

export function isElsterTestBufa(bufa: string): boolean {
  const value = Number(bufa);
  return /^\d{4}$/.test(bufa) && ranges.some(([from, to]) => value >= from && value <= to);
}
