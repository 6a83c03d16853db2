/**
 * Long text runs are cut before detection so one block never takes long to scan. Cuts fall on
 * punctuation or whitespace, which no place or topic name contains, so no name is split.
 */
const BREAK = /[\s，。；：！？、,.;:!?）)」』】\]]/u;

/** Offsets (exclusive ends) of consecutive pieces of `text`, each at most about `maxLength` long. */
export function cutPoints(text: string, maxLength: number): number[] {
  const cuts: number[] = [];
  let start = 0;
  while (text.length - start > maxLength) {
    const limit = start + maxLength;
    let cut = -1;
    // Look back a quarter of the piece for a natural break; a name is far shorter than that.
    for (let i = limit; i > start + maxLength * 0.75; i--) {
      if (BREAK.test(text[i - 1] ?? '')) {
        cut = i;
        break;
      }
    }
    if (cut < 0) cut = limit;
    cuts.push(cut);
    start = cut;
  }
  cuts.push(text.length);
  return cuts;
}
