// npm start: build, serve the demo pages on 127.0.0.1 and open Chromium with the extension loaded.
// Plain Node (no tsx) so it starts fast; the fixture server mirrors tests/browser/harness.ts.
import { spawn, spawnSync } from 'node:child_process';
import console from 'node:console';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import process from 'node:process';
import { URL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
const fixtures = path.join(root, 'tests/fixtures');
const chromeBuild = path.join(root, '.output/chrome-mv3');
const firefoxManifest = path.join(root, '.output/firefox-mv3/manifest.json');
const chrome = process.env.CHROME ?? '/usr/bin/chromium';
const port = Number(process.env.PORT ?? 0);

const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.png': 'image/png' };
const server = createServer((req, res) => {
  const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  const file = path.join(fixtures, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  if (!file.startsWith(fixtures) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    return;
  }
  res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
const demoUrl = `http://127.0.0.1:${server.address().port}/`;

const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
if (headless || !existsSync(chrome)) {
  console.log(`
${headless ? 'No display here (DISPLAY is not set), so no browser window can be opened.' : `No Chromium at ${chrome} (set CHROME=/path/to/chrome).`}

Demo pages are served at ${demoUrl}

Load the extension by hand:
  Chrome/Chromium: open chrome://extensions, turn on Developer mode, click "Load unpacked"
                   and choose ${chromeBuild}
  Firefox:         open about:debugging, click "This Firefox", "Load Temporary Add-on…"
                   and choose ${firefoxManifest}
Then open ${demoUrl} in that browser.

Serving until Ctrl-C.`);
} else {
  const profile = mkdtempSync(path.join(tmpdir(), 'shebao-lens-start-'));
  const browser = spawn(
    chrome,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${chromeBuild}`,
      `--load-extension=${chromeBuild}`,
      '--no-first-run',
      '--no-default-browser-check',
      demoUrl,
    ],
    { stdio: 'ignore' },
  );
  console.log(`Chromium is open with Shebao Lens loaded; demo pages at ${demoUrl}. Close it or press Ctrl-C to stop.`);
  browser.on('exit', () => server.close(() => process.exit(0)));
}
process.on('SIGINT', () => server.close(() => process.exit(0)));
