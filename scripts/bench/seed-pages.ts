// Large pages built from the seed demo pages, for the page bench and the hostile-page tests.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const SEEDS = path.resolve(import.meta.dirname, '../../tests/fixtures/seeds');

/** The paragraphs of the five seed demo pages, tags stripped. */
export function seedParagraphs(): string[] {
  const out: string[] = [];
  for (const file of readdirSync(SEEDS).filter((f) => f.endsWith('.html')).sort()) {
    const html = readFileSync(path.join(SEEDS, file), 'utf8');
    for (const m of html.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)) {
      const text = m[1]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
      if (text.length >= 12) out.push(text);
    }
  }
  return out;
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function page(title: string, body: string): string {
  return `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>\n${body}\n</body></html>\n`;
}

/** How many mentions of a kind the detector finds in these blocks, each read on its own. */
export function expectedCount(blocks: readonly string[], scan: (text: string) => { kind: string }[], kind: string): number {
  let n = 0;
  for (const b of blocks) for (const m of scan(b)) if (m.kind === kind) n++;
  return n;
}

/**
 * At least `bytes` of article: seed paragraphs over and over, each cut into five text nodes by
 * inline elements (so names are sometimes split across elements, as on real news pages).
 */
export function bigArticle(bytes = 1_100_000): { html: string; textNodes: number; blocks: string[] } {
  const paragraphs = seedParagraphs();
  const parts: string[] = ['<article><h1>九江医保个人账户余额跨省转移汇编</h1>'];
  let size = 0;
  let textNodes = 1;
  const blocks = ['九江医保个人账户余额跨省转移汇编'];
  for (let i = 0; size < bytes; i++) {
    const t = paragraphs[i % paragraphs.length]!;
    const q = Math.floor(t.length / 4);
    const html = `<p>${escape(t.slice(0, q))}<b>${escape(t.slice(q, 2 * q))}</b>${escape(t.slice(2 * q, 3 * q))}<a href="#p${i}">${escape(t.slice(3 * q))}</a>。</p>\n`;
    parts.push(html);
    blocks.push(`${t}。`);
    size += Buffer.byteLength(html);
    textNodes += 6; // four pieces, the closing 。 and the newline between paragraphs
  }
  parts.push('</article>');
  return { html: page('大型文章 · 九江医保', parts.join('')), textNodes, blocks };
}

/** 100 000 DOM nodes of short Chinese text. */
export function manyNodes(count = 100_000): { html: string; blocks: string[] } {
  const paragraphs = seedParagraphs();
  const parts: string[] = ['<h1>十万节点 · 广州医保</h1>'];
  const blocks = ['十万节点 · 广州医保'];
  // Each row is five nodes: div, span, its text, i, its text.
  for (let i = 0; i < count / 5; i++) {
    const t = paragraphs[i % paragraphs.length]!;
    parts.push(`<div><span>${escape(t.slice(0, 10))}</span><i>${escape(t.slice(10, 20))}</i></div>`);
    blocks.push(t.slice(0, 20));
  }
  return { html: page('十万节点 · 广州医保', parts.join('\n')), blocks };
}

/**
 * One text node of at least `bytes` (UTF-8) in <div id="one">: the seed paragraphs end to end, as a
 * page that pastes a whole archive into one element does. `text` is the node's text.
 */
export function singleTextNode(bytes = 3_000_000): { html: string; text: string } {
  const paragraphs = seedParagraphs();
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = `${paragraphs[i % paragraphs.length]!}。`;
    parts.push(t);
    size += Buffer.byteLength(t);
  }
  const text = parts.join('');
  return { html: page('单一文本节点 · 九江医保', `<div id="one">${escape(text)}</div>`), text };
}
