import type { Source } from '../../data/schema';
import { modelText } from '../i18n/card-model-strings';
import type { Lang } from '../i18n/translate';

/** One line per distinct source: every quote from one article shares the article's entry. */
export interface SourceRef {
  key: string;
  kind: 'article' | 'document';
  /** Who published it: '社保网' for the seeds, the document's name for a document. */
  name: string;
  /** 'seed 000' for an article; absent for a document. */
  tag?: string;
  /** One-line label: '社保网 2025-09-21 · seed 000', or the document's name and date. */
  label: string;
  /** Full title of the article, or the issuer of a document. */
  detail: string;
  date: string;
}

export function sourceKey(source: Source): string {
  return 'seed' in source ? `seed:${source.seed}` : `doc:${source.document}`;
}

export function sourceRef(source: Source, lang: Lang): SourceRef {
  if ('seed' in source) {
    // All five seeds are 社保网 articles (their bylines); the number is the seed file's prefix.
    const name = modelText(lang, 'source.publisher');
    const tag = `seed ${source.seed.slice(0, 3)}`;
    return { key: sourceKey(source), kind: 'article', name, tag, label: `${name} ${source.date} · ${tag}`, detail: source.title, date: source.date };
  }
  const label = `${source.document} ${source.date}`;
  return { key: sourceKey(source), kind: 'document', name: source.document, label, detail: source.issuer, date: source.date };
}

/**
 * Numbers sources in the order a card first cites them, so each fact can point at footnotes
 * ([1][3]) and the card lists every source once, with its date, at the end.
 */
export class SourceBook {
  private readonly refs = new Map<string, { ref: SourceRef; n: number }>();
  constructor(private readonly lang: Lang) {}

  cite(sources: readonly Source[]): number[] {
    const numbers = new Set<number>();
    for (const source of sources) {
      const key = sourceKey(source);
      let entry = this.refs.get(key);
      if (!entry) {
        entry = { ref: sourceRef(source, this.lang), n: this.refs.size + 1 };
        this.refs.set(key, entry);
      }
      numbers.add(entry.n);
    }
    return [...numbers].sort((a, b) => a - b);
  }

  list(): SourceRef[] {
    return [...this.refs.values()].sort((a, b) => a.n - b.n).map((e) => e.ref);
  }
}
