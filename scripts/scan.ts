/**
 * `npm run scan -- <file.html|file.txt|->`: the places, topics, stale claims and subject the
 * detector finds in a page, as JSON with UTF-16 offsets into the page's visible text (for HTML:
 * the content script's runs — lib/reading/visible-text.ts — one per line), and the page's relevance
 * verdict (lib/relevance/page-relevance.ts) with its reasons. Every mention is listed whatever the
 * verdict: the reading corpus and data maintainers need both.
 */
import { readFileSync } from 'node:fs';
import { bundledDetector } from '../lib/bundle/validated-detector';
import { readHtml } from './read-html';
import { detectorCounts, judgeRelevance } from '../lib/relevance/page-relevance';

/** As much of the page's beginning as the content script reads to judge it (reading/relevance-sample.ts). */
const RELEVANCE_SAMPLE = 6000;

class InputError extends Error {}

function readInput(arg: string | undefined): { name: string; bytes: Buffer } {
  if (!arg) throw new InputError('usage: npm run scan -- <file.html|file.txt|->');
  if (arg === '-') return { name: 'standard input', bytes: readFileSync(0) };
  try {
    return { name: arg, bytes: readFileSync(arg) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`no such file: ${arg}`);
    if (code === 'EISDIR') throw new InputError(`${arg} is a directory, not a page`);
    throw new InputError(`cannot read ${arg}: ${(e as Error).message}`);
  }
}

function decode(name: string, bytes: Buffer): string {
  if (bytes.includes(0)) throw new InputError(`${name} looks binary (it contains NUL bytes); expected UTF-8 text or HTML`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputError(`${name} is not valid UTF-8 text`);
  }
}

const looksLikeHtml = (name: string, text: string): boolean =>
  /\.x?html?$/i.test(name) || /^\s*<(!doctype|html|head|body|div|p|meta|article|section)\b/i.test(text);

function main(): void {
  const { name, bytes } = readInput(process.argv[2]);
  const raw = decode(name, bytes);
  if (raw.trim() === '') throw new InputError(`${name} is empty`);
  const page = looksLikeHtml(name, raw) ? readHtml(raw) : { title: '', text: raw, headings: [] as string[], host: '' };
  if (page.text.trim() === '') throw new InputError(`${name} has no visible text`);
  const detector = bundledDetector();
  const result = detector.scan(page.text, page.title ? { title: page.title } : {});
  const sample = page.text.slice(0, RELEVANCE_SAMPLE);
  const relevance = judgeRelevance({
    title: page.title || page.headings[0] || '',
    headings: page.headings,
    host: page.host,
    text: sample,
    counts: detectorCounts(result.mentions.filter((m) => m.end <= sample.length)),
    fold: detector.fold,
  });
  process.stdout.write(`${JSON.stringify({ ...result, relevance, title: page.title || undefined, textLength: page.text.length }, null, 1)}\n`);
}

try {
  main();
} catch (e) {
  if (!(e instanceof InputError)) throw e;
  process.stderr.write(`scan: ${e.message}\n`);
  process.exitCode = 1;
}
