/**
 * Where on the page the insurance words stand, as a reader skims it: the lede (a short news item
 * says what it is about in its first sentence, whatever its title) and a section under an
 * insurance heading (a hospital's 住院须知 with a 医保结算 part among 探视 and 膳食).
 */
import { INSURANCE_TERMS } from './relevance-terms';

const WEIGHTY = INSURANCE_TERMS.filter((t) => t.weight >= 2);
/** A line that reads as a sentence, not a menu entry or a byline. */
const SENTENCE = /[,，。！？；!?;]/;
const LEDE_MIN_CHARS = 20;

/** Sum of the weighty insurance words' weights in a line, each word once. */
function lineWeight(line: string): number {
  let w = 0;
  for (const t of WEIGHTY) if (line.includes(t.text)) w += t.weight;
  return w;
}

/** Weight of the insurance words in the first line that reads as a sentence (0 when there is none). */
export function ledeWeight(text: string): number {
  for (const line of text.split('\n')) {
    const l = line.trim();
    if (l.length >= LEDE_MIN_CHARS && SENTENCE.test(l)) return lineWeight(l);
  }
  return 0;
}

export interface InsuranceSection {
  readonly heading: string;
  readonly lines: number;
  readonly using: number;
}

/**
 * The best section whose heading names the scheme: its lines up to the next heading, and how many
 * of them use a weighty insurance word. Undefined when no heading both names it and stands in the text.
 */
export function insuranceSection(text: string, headings: readonly string[]): InsuranceSection | undefined {
  const heads = new Set(headings.map((h) => h.trim()).filter(Boolean));
  const named = new Set([...heads].filter((h) => lineWeight(h) > 0));
  if (named.size === 0) return undefined; // most pages: no need to walk the text
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  let best: InsuranceSection | undefined;
  for (let i = 0; i < lines.length; i++) {
    const heading = lines[i]!;
    if (!named.has(heading)) continue;
    let n = 0;
    let using = 0;
    for (let j = i + 1; j < lines.length && !heads.has(lines[j]!); j++) {
      n++;
      if (lineWeight(lines[j]!) > 0) using++;
    }
    if (!best || using > best.using) best = { heading, lines: n, using };
  }
  return best;
}
