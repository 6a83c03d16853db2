// Reads a seed article (plain text copied from a news site) into the parts a news page shows.

export type Block = { kind: 'h2' | 'h3' | 'p'; text: string };
export interface RelatedLink {
  title: string;
  /** "YYYY-MM-DD HH:MM" as the site prints it. */
  time: string;
  tag: string;
}
export interface SeedArticle {
  title: string;
  /** "YYYY-MM-DD HH:MM:SS" */
  published: string;
  source: string;
  blocks: Block[];
  disclaimer: string | null;
  related: RelatedLink[];
}

const DISCLAIMER = '社保网声明';
const RELATED = /(\S+) (\d{4}-\d{2}-\d{2} \d{2}:\d{2})(\S+?)(?=\s|$)/gu;

export function parseSeed(text: string): SeedArticle {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const title = lines[0] ?? '';
  const byline = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})\s*(.*)$/u.exec(lines[2] ?? '');
  const rest = lines.slice(3);
  const cut = rest.findIndex((l) => l.startsWith(DISCLAIMER));
  const body = cut === -1 ? rest : rest.slice(0, cut);
  const tail = cut === -1 ? [] : rest.slice(cut + 1);
  return {
    title,
    published: byline?.[1] ?? '',
    source: byline?.[2] ?? '',
    blocks: body.filter(Boolean).map(toBlock),
    disclaimer: cut === -1 ? null : (rest[cut] ?? null),
    related: [...tail.join(' ').matchAll(RELATED)].map((m) => ({ title: m[1]!, time: m[2]!, tag: m[3]! })),
  };
}

/** News sites set short questions as section titles and "label:" lines as sub-heads. */
export function toBlock(line: string): Block {
  if (line.length <= 40 && /[?？]$/u.test(line)) return { kind: 'h2', text: line };
  if (line.length <= 40 && /[:：]$/u.test(line) && !/[。]/u.test(line)) return { kind: 'h3', text: line };
  if (line.length <= 24 && !/[。，,；;！!:：?？]/u.test(line)) return { kind: 'h3', text: line };
  return { kind: 'p', text: line };
}
