/**
 * The topics of a place's paragraph and sentence. Places come in order of start, so paragraphs
 * and sentences are found once each and their lists are shared (read-only) by their places.
 */
import type { TopicId } from '../../data/schema';

// 。！？!?；; and newline end a sentence (full-width forms are folded by then, but kept for safety).
const SENTENCE_BREAK = new Uint8Array(65536);
for (const c of [0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0xff1b, 0x3b, 0x0a]) SENTENCE_BREAK[c] = 1;
// A clause also ends at a comma or a colon (，,：:); the enumeration comma 、 lists within one.
const CLAUSE_BREAK = Uint8Array.from(SENTENCE_BREAK);
for (const c of [0xff0c, 0x2c, 0xff1a, 0x3a]) CLAUSE_BREAK[c] = 1;

export interface TopicContext {
  paragraph: TopicId[];
  sentence: TopicId[];
  /** Moves to the place at [start, end): its paragraph's and sentence's topics. */
  at(start: number, end: number): void;
}

/** The topic mentions of a text in order: starts, ends and topic numbers (into topicIds). */
export interface TopicRuns {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly topic: Int32Array;
}

export function topicContext(text: string, runs: TopicRuns, topicIds: readonly TopicId[]): TopicContext {
  const { start: tStart, end: tEnd, topic: tNo } = runs;
  const seen = new Int32Array(topicIds.length);
  let stamp = 0;
  const collect = (from: number, b: number): TopicId[] => {
    const ids: TopicId[] = [];
    stamp++;
    for (let k = from; k < tStart.length && tStart[k]! < b; k++) {
      const t = tNo[k]!;
      if (tEnd[k]! <= b && seen[t] !== stamp) {
        seen[t] = stamp;
        ids.push(topicIds[t]!);
      }
    }
    return ids;
  };
  let paraEnd = -1;
  let paraFrom = 0;
  let sentEnd = -1;
  let sentFrom = 0;
  const context: TopicContext = {
    paragraph: [],
    sentence: [],
    at(start, end) {
      if (start >= paraEnd) {
        const pa = text.lastIndexOf('\n', start - 1) + 1;
        const pb = text.indexOf('\n', end);
        paraEnd = pb < 0 ? text.length : pb;
        while (paraFrom < tStart.length && tStart[paraFrom]! < pa) paraFrom++;
        context.paragraph = collect(paraFrom, paraEnd);
      }
      if (start >= sentEnd) {
        const [sa, sb] = sentenceAround(text, start, end);
        sentEnd = sb;
        while (sentFrom < tStart.length && tStart[sentFrom]! < sa) sentFrom++;
        context.sentence = collect(sentFrom, sb);
      }
    },
  };
  return context;
}

/** The sentence holding [start, end): from after the last break before it to the next break. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  return spanAround(SENTENCE_BREAK, text, start, end);
}

/** The clause holding [start, end): as sentenceAround, with commas and colons as breaks too. */
export function clauseAround(text: string, start: number, end: number): [number, number] {
  return spanAround(CLAUSE_BREAK, text, start, end);
}

function spanAround(breaks: Uint8Array, text: string, start: number, end: number): [number, number] {
  let sa = start;
  while (sa > 0 && breaks[text.charCodeAt(sa - 1)] === 0) sa--;
  let sb = end;
  while (sb < text.length && breaks[text.charCodeAt(sb)] === 0) sb++;
  return [sa, sb];
}

/** Whether [from, to) holds a sentence break. */
export function hasSentenceBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (SENTENCE_BREAK[text.charCodeAt(i)] !== 0) return true;
  return false;
}
