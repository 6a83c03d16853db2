import type { TopicId } from '../../data/schema';

/** One labelled sentence: what a careful reader finds in it. */
export interface CorpusSentence {
  readonly source: string;
  readonly text: string;
  /** Places mentioned, in order, one entry per mention: official names (or codes where a name is shared). */
  readonly places: readonly string[];
  /** Topics the sentence is about; omitted when the sentence is not labelled for topics. */
  readonly topics?: readonly TopicId[];
  /** Claim ids the sentence makes; omitted when not labelled for claims. */
  readonly claims?: readonly string[];
}
