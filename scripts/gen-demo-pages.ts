// Writes tests/fixtures/: one news-style page per seed article, an index, and a page with iframes.
// These are the demo pages for `npm start` and the browser-test fixtures. Run: npm run gen:demo
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderArticlePage, renderFramedPage, renderIndexPage, type IndexEntry } from './demo/render-page';
import { parseSeed } from './demo/seed-article';
import { seedsDir } from './seeds-dir';

const root = path.resolve(import.meta.dirname, '..');
const from = seedsDir(root);
const out = path.join(root, 'tests/fixtures');
mkdirSync(path.join(out, 'seeds'), { recursive: true });

const entries: IndexEntry[] = [];
for (const file of readdirSync(from).filter((f) => f.endsWith('.txt')).sort()) {
  const article = parseSeed(readFileSync(path.join(from, file), 'utf8'));
  const name = `${path.basename(file, '.txt')}.html`;
  writeFileSync(path.join(out, 'seeds', name), renderArticlePage(article, file));
  entries.push({ href: `seeds/${name}`, title: article.title, published: article.published });
}
if (entries.length === 0) throw new Error(`no seed articles (*.txt) in ${from}`);
writeFileSync(path.join(out, 'index.html'), renderIndexPage(entries));
writeFileSync(path.join(out, 'framed.html'), renderFramedPage(entries[0]!.href));
console.log(`wrote ${entries.length} demo pages, index.html and framed.html to ${path.relative(root, out)}/`);
