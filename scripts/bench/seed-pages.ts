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

/**
 * A long page whose blocks do not all scroll with the document, for the near-view tests: `rows`
 * paragraphs, then among them a sticky heading, a scroll container of 300 paragraphs, a
 * transformed stretch of 40 (a carousel's way of moving content without scrolling), and after
 * the article a sidebar shown beside its top and a fixed footer. Every block has class "b" and
 * its index in `blocks` as data-i; every paragraph names a city.
 */
export function layoutPage(rows = 2700): { html: string; blocks: string[] } {
  const paragraphs = seedParagraphs();
  const blocks: string[] = [];
  const block = (tag: string, text: string, cls = 'b'): string => {
    blocks.push(text);
    return `<${tag} class="${cls}" data-i="${blocks.length - 1}">${escape(text)}</${tag}>`;
  };
  // A city first in every row: past a thousand blocks with mentions the lens changes how it finds near ones.
  const cities = ['广州', '深圳', '杭州', '成都', '武汉', '南京'];
  const p = (i: number) => block('p', `${cities[i % cities.length]!}：${paragraphs[i % paragraphs.length]!}`);
  const parts: string[] = [
    '<style>body{margin:0;overflow-anchor:none;font:16px/1.6 sans-serif}main{width:60%}',
    'aside{position:absolute;top:3000px;right:0;width:35%}.box{height:300px;overflow:auto;border:1px solid}',
    '.stick{position:sticky;top:0;margin:0;background:#fff}footer{position:fixed;bottom:0;left:0;right:0;background:#eee}</style><main>',
  ];
  for (let i = 0; i < rows; i++) {
    if (i === Math.floor(rows * 0.5)) parts.push(block('h2', '广州市医保局提醒：异地就医请先备案', 'b stick'));
    if (i === Math.floor(rows * 0.6)) parts.push(`<div class="box">${Array.from({ length: 300 }, (_, k) => p(i + k)).join('')}</div>`);
    if (i === Math.floor(rows * 0.75)) parts.push(`<div class="slide" style="transform:translateY(0)">${Array.from({ length: 40 }, (_, k) => p(i + k)).join('')}</div>`);
    parts.push(p(i));
  }
  parts.push('</main><aside>', ...Array.from({ length: 60 }, (_, k) => p(k * 7)), '</aside>');
  parts.push(block('footer', '深圳医保服务热线 12393'));
  return { html: page('版式混合 · 广州医保', parts.join('\n')), blocks };
}
