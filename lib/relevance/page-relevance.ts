/**
 * Whether a page is about social or medical insurance, decided cheaply from what a reader would go
 * by: the title and headings, how densely and how widely the body uses the field's words, whether
 * the lede or a section under an insurance heading is about it, what the detector found, and the
 * kind of site. The lens marks only pages judged relevant, so a travel
 * blog naming twenty cities stays untouched.
 */
import { hostKind, type HostKind } from './host-kind';
import { COMMERCIAL_COMPOUND, INSURANCE_TERMS, OTHER_FIELD_TERMS, type WeightedTerm } from './relevance-terms';
import { insuranceSection, ledeWeight } from './page-parts';

export interface RelevanceInput {
  readonly title: string;
  readonly headings: readonly string[];
  /** The page's host name (location.hostname). */
  readonly host: string;
  /** A sample of the page's text from its beginning (a few thousand characters is enough). */
  readonly text: string;
  /** What the detector found in the same sample: topic and claim mentions, and distinct topics. */
  readonly counts?: { readonly topic: number; readonly claim: number; readonly distinctTopics: number };
  /**
   * A frame inside another page: it has little text and often no title of its own, and the reader
   * chose the page around it, so it needs half the score (a map or an advert still scores nothing).
   */
  readonly embedded?: boolean;
  /**
   * Traditional → simplified, as the detector folds (Detector.fold, from OpenCC's tables at build
   * time): reposted pages are often converted, and one word list then reads both forms.
   */
  readonly fold?: (text: string) => string;
}

export interface RelevanceVerdict {
  relevant: boolean;
  score: number;
  /** Why, in the order the evidence was weighed: for `npm run scan` and the popup's notice. */
  reasons: string[];
}

/** Score at and above which a page is relevant; tuned on the relevance set's work half only. */
export const RELEVANCE_THRESHOLD = 10;
export const EMBEDDED_THRESHOLD = RELEVANCE_THRESHOLD / 2;

/** One word repeated forty times says no more than five times. */
const PER_TERM_CAP = 5;

// Converted pages carry pinyin in brackets inside words: 養(yǎng)老, 醫(yī)保.
const PINYIN_NOTE = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]/g;

interface TermHits {
  weighted: number;
  distinct: string[];
}

function findTerms(text: string, terms: readonly WeightedTerm[]): TermHits {
  let weighted = 0;
  const distinct: string[] = [];
  for (const t of terms) {
    let n = 0;
    for (let at = text.indexOf(t.text); at >= 0 && n < PER_TERM_CAP; at = text.indexOf(t.text, at + t.text.length)) n++;
    if (n === 0) continue;
    weighted += n * t.weight;
    if (t.weight >= 2) distinct.push(t.text);
  }
  return { weighted, distinct };
}

/** Share of the body's paragraphs (lines of some length) that use a weighty insurance word. */
function spread(text: string): number {
  const paragraphs = text.split('\n').filter((p) => p.trim().length >= 15);
  if (paragraphs.length === 0) return 0;
  const weighty = INSURANCE_TERMS.filter((t) => t.weight >= 2);
  const hit = paragraphs.filter((p) => weighty.some((t) => p.includes(t.text))).length;
  return hit / paragraphs.length;
}

const HOST_POINTS: Record<HostKind, number> = { 'insurance-authority': 6, government: 1, news: 0, qa: 0, other: 0 };

const round = (x: number) => Math.round(x * 10) / 10;

/** The form the word lists are written in: pinyin notes dropped, simplified, product names marked. */
const normaliser = (fold: (s: string) => string) => (s: string) => fold(s.replace(PINYIN_NOTE, '')).replace(COMMERCIAL_COMPOUND, '商业险');
const unchanged = (s: string) => s;

/**
 * How much the neighbouring fields' words count against the page: in full when they are as common
 * as the insurance words, less when a 社保 page only names them (社保和商业保险的区别).
 */
function otherFieldShare(other: number, insurance: number): number {
  return Math.min(1, (2 * other) / (other + insurance));
}

export function judgeRelevance(input: RelevanceInput): RelevanceVerdict {
  const normalise = normaliser(input.fold ?? unchanged);
  const title = normalise(input.title);
  const normalisedHeadings = input.headings.map(normalise);
  const headings = normalisedHeadings.join('\n');
  const text = normalise(input.text);
  const reasons: string[] = [];
  let score = 0;

  const titleHits = findTerms(title, INSURANCE_TERMS);
  const headingHits = findTerms(headings, INSURANCE_TERMS);
  const body = findTerms(text, INSURANCE_TERMS);
  const other = findTerms(`${title}\n${text}`, OTHER_FIELD_TERMS);
  const kiloChars = Math.max(text.length, 300) / 1000;
  const density = body.weighted / kiloChars;
  const share = spread(text);

  if (titleHits.distinct.length) {
    score += 3;
    reasons.push(`title names ${titleHits.distinct.slice(0, 3).join('、')}`);
  }
  if (headingHits.distinct.length) {
    score += Math.min(headingHits.distinct.length, 2) * 1.5;
    reasons.push(`headings name ${headingHits.distinct.slice(0, 3).join('、')}`);
  }
  score += Math.min(density, 40) / 5;
  reasons.push(`insurance words ${round(density)} per 1000 characters`);
  score += Math.min(body.distinct.length, 8) * 0.75;
  reasons.push(`${body.distinct.length} different insurance words${body.distinct.length ? ` (${body.distinct.slice(0, 4).join('、')})` : ''}`);
  score += share * 4;
  reasons.push(`${Math.round(share * 100)} % of paragraphs use them`);
  // Two weighty words (or one naming the system and one more) in the first sentence-like line.
  if (ledeWeight(text) >= 4) {
    score += 2;
    reasons.push('the lede is about it');
  }
  const section = insuranceSection(text, normalisedHeadings);
  if (section && section.using >= 2 && section.using * 2 >= section.lines) {
    score += 2;
    reasons.push(`section “${section.heading}”: ${section.using} of ${section.lines} lines use them`);
  }

  const counts = input.counts;
  if (counts && counts.topic + counts.claim > 0) {
    score += Math.min(counts.distinctTopics, 4) + Math.min(counts.claim, 2);
    reasons.push(`detector: ${counts.topic} topic mentions (${counts.distinctTopics} topics), ${counts.claim} claims`);
  }
  const kind = hostKind(input.host);
  if (HOST_POINTS[kind]) {
    score += HOST_POINTS[kind];
    reasons.push(`host is ${kind === 'government' ? 'a government site' : 'an insurance authority'}`);
  }
  if (other.distinct.length) {
    score -= Math.min(other.weighted, 15) * 0.6 * otherFieldShare(other.weighted, body.weighted + titleHits.weighted);
    reasons.push(`other field's words: ${other.distinct.slice(0, 4).join('、')}`);
  }
  score = round(score);
  const needs = input.embedded ? EMBEDDED_THRESHOLD : RELEVANCE_THRESHOLD;
  const relevant = score >= needs;
  reasons.unshift(`${relevant ? 'relevant' : 'not relevant'}: score ${score} (needs ${needs}${input.embedded ? ', embedded frame' : ''})`);
  return { relevant, score, reasons };
}

/** The detector's findings in the sample, as judgeRelevance reads them. */
export function detectorCounts(mentions: readonly { kind: string; id: string }[]): NonNullable<RelevanceInput['counts']> {
  let topic = 0;
  let claim = 0;
  const topics = new Set<string>();
  for (const m of mentions) {
    if (m.kind === 'topic') {
      topic++;
      topics.add(m.id);
    } else if (m.kind === 'claim') claim++;
  }
  return { topic, claim, distinctTopics: topics.size };
}
