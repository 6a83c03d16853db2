/**
 * Typed loader for tests/corpus/relevance-pages.json: test-only evaluation data (never imported by
 * the extension). Each page keeps its address so its label can be checked against the page itself.
 */
import file from './relevance-pages.json';

export type RelevanceKind =
  | 'gov-guide' | 'news' | 'qa' | 'forum' | 'seo-article' | 'hospital' | 'travel' | 'food' | 'portal' | 'shop'
  | 'company' | 'map' | 'novel' | 'sports' | 'realestate' | 'education' | 'commercial-insurance' | 'bank' | 'tax' | 'job';

export interface RelevancePage {
  readonly id: string;
  readonly url: string;
  readonly host: string;
  /** Mostly a description written from the excerpt, not the page's <title>. */
  readonly title: string;
  readonly headings: readonly string[];
  readonly kind: RelevanceKind;
  /** Would a reader of a 社保/医保 reading aid want the lens active on this page? */
  readonly relevant: boolean;
  readonly note: string;
  /** Tune on 'work'; 'heldout' is only reported. */
  readonly split: 'work' | 'heldout';
  /** The labelling round that added the page (absent: the first); round 2 tests that the gate generalises. */
  readonly batch?: 2;
  /** The page's opening as stored (156–1158 characters), noise included. */
  readonly text: string;
}

export const RELEVANCE_PAGES: readonly RelevancePage[] = (file as { pages: RelevancePage[] }).pages;
