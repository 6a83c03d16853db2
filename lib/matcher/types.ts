/** What the detector reads (DetectorData) and what a scan reports (ScanResult, Mention). */
import type { Blocker, Claim, Region, Topic, TopicId } from '../../data/schema';
import type { AutomatonFile } from './automaton-file';
import type { PatternTableFile } from './pattern-table-file';
import type { Subject } from './subject';

/** What the detector reads of a topic: the words that signal it, and its name for the mention. */
export type DetectorTopic = Pick<Topic, 'id' | 'keywords'> & { readonly label: Pick<Topic['label'], 'zh'> };
/** What the detector reads of a claim: its wordings, and what the mention names and links to. */
export type DetectorClaim = Pick<Claim, 'id' | 'kind' | 'patterns' | 'holdsRule'> & { readonly says: Pick<Claim['says'], 'zh'> };

export interface DetectorData {
  readonly regions: readonly Region[];
  readonly blockers: readonly Blocker[];
  readonly topics: readonly DetectorTopic[];
  readonly claims: readonly DetectorClaim[];
  /** Ordinary words that contain an ambiguous name (三明治, 孙中山): a match inside one is no place. */
  readonly ordinaryWords?: readonly string[];
  /** Traditional → simplified characters as pairs (廣广州州…), folded before matching. */
  readonly t2s?: string;
  /**
   * The pattern table and automaton made at build time (data/page-detector.generated.json): used
   * when they fit, and then `regions` is not read.
   */
  readonly compiled?: CompiledDetector;
}

export interface CompiledDetector {
  readonly table: PatternTableFile;
  readonly automaton: AutomatonFile;
  /** The region rows the table numbers its candidates by, each decoded on first use. */
  readonly regionCount: number;
  regionAt(i: number): Region;
}

export type MentionKind = 'place' | 'topic' | 'claim';

export interface PlaceInfo {
  readonly code: string;
  readonly name: string;
  readonly level: Region['level'];
  /** The prefecture of a county-level city (昆山 → 苏州市), for rules. */
  readonly prefecture?: string;
  readonly province: string;
}

export interface Mention {
  readonly kind: MentionKind;
  /** Region code, topic id or claim id. */
  readonly id: string;
  /** Official name, topic label or what the claim says (zh). */
  readonly name: string;
  /** The text as written in the input. */
  readonly text: string;
  /** UTF-16 offsets into the input text. */
  readonly start: number;
  readonly end: number;
  readonly region?: PlaceInfo;
  /**
   * Index in `mentions` of the compound partner (江西九江): the more specific part when there is one
   * (江苏苏州昆山: 江苏 → 苏州 → 昆山, 昆山 → 苏州).
   */
  linkedTo?: number;
  /** Topics in the same paragraph (places only). */
  topics?: TopicId[];
  /** Topics in the same sentence (places only). */
  sentenceTopics?: TopicId[];
  readonly claim?: { readonly kind: Claim['kind']; readonly holdsRule: string };
}

export interface ScanCounts {
  place: number;
  topic: number;
  'claim': number;
}

/** Two ends of a transfer written in one clause (从深圳转到九江): region codes, offsets like mentions'. */
export interface TransferPair {
  readonly from: string;
  readonly to: string;
  readonly start: number;
  readonly end: number;
}

export interface ScanResult {
  mentions: Mention[];
  /** Transfer pairs, in order of start. */
  pairs: readonly TransferPair[];
  subject?: Subject;
  counts: ScanCounts;
}

export interface ScanOptions {
  /** The page title; without it the first line of the text is taken as the headline. */
  readonly title?: string;
  /**
   * Whether the text's first line may be read as the page's headline (default true). A caller that
   * scans a page block by block passes false for every block but the first.
   */
  readonly headline?: boolean;
  /**
   * Whether to report transfer pairs (default true). The content script reads only mentions: with
   * false, pairs are looked for only where the topic rules need them (insurance text), and their
   * offsets in the page's text are not worked out.
   */
  readonly pairs?: boolean;
}

export interface Detector {
  scan(text: string, options?: ScanOptions): ScanResult;
  readonly stats: { readonly patterns: number; readonly states: number; readonly buildMs: number };
  /** Every pattern text, for baselines and diagnostics. */
  readonly patternTexts: readonly string[];
  /** The text with traditional characters folded to simplified, one code unit for one (DetectorData.t2s). */
  fold(text: string): string;
}
