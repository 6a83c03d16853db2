/**
 * A number list per pattern (its topics, its claims) as data/page-detector.generated.json stores
 * it: only for the patterns that have one, so a frame fills ~300 lists rather than visiting each
 * of ~2 350 patterns in code that runs uncompiled.
 */
export interface PatternListsFile {
  /** The patterns that have a list, ascending. */
  owners: number[];
  /** owners[k]'s list is items[start[k] … start[k + 1]). */
  start: number[];
  items: number[];
}

const NONE: readonly number[] = Object.freeze([]);

export function encodePatternLists(lists: readonly (readonly number[])[]): PatternListsFile {
  const file: PatternListsFile = { owners: [], start: [0], items: [] };
  lists.forEach((list, i) => {
    if (list.length === 0) return;
    file.owners.push(i);
    file.items.push(...list);
    file.start.push(file.items.length);
  });
  return file;
}

/** Pattern i's list; those without one share one empty list (not stored for each: Firefox's fill() is a script loop). */
export function decodePatternLists(file: PatternListsFile, n: number): (i: number) => readonly number[] {
  const lists = new Array<readonly number[] | undefined>(n);
  for (let k = 0; k < file.owners.length; k++) lists[file.owners[k]!] = file.items.slice(file.start[k], file.start[k + 1]);
  return (i) => lists[i] ?? NONE;
}
