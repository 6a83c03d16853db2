// Renders assets/icon.svg to public/icon/{size}.png with Debian Chromium: `npm run gen:icons`.
// WXT lists public/icon/*.png in the manifest by itself.
import { readFile, mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 96, 128] as const;
const SOURCE = 'assets/icon.svg';
const OUT_DIR = 'public/icon';

const svg = await readFile(SOURCE, 'utf8');
const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
await mkdir(OUT_DIR, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
        `<img src="${dataUrl}" width="${size}" height="${size}" alt="">`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.locator('img').screenshot({ path: `${OUT_DIR}/${size}.png`, omitBackground: true });
    console.info(`${OUT_DIR}/${size}.png`);
  }
} finally {
  await browser.close();
}
