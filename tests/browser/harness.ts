// Real-browser helpers: Debian Chromium + the unpacked build + fixture pages on 127.0.0.1.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures');
export const CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3');
const SCREENSHOTS = path.join(ROOT, 'test-output/screenshots');
const CHROME = process.env.CHROME ?? '/usr/bin/chromium';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
};

export interface FixtureServer {
  origin: string;
  url(relative: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(dir: string = FIXTURES): Promise<FixtureServer> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    const body = readFileSync(file);
    // A PDF is served as one whatever its name, as document systems serve /download?id=… links.
    const type = body.subarray(0, 5).toString('latin1') === '%PDF-' ? 'application/pdf' : TYPES[path.extname(file)];
    res.writeHead(200, { 'content-type': type ?? 'application/octet-stream' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (relative) => new URL(relative, `${origin}/`).href,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** Empty when launched without the extension. */
  extensionId: string;
  serviceWorker: Worker | null;
  requests: RequestRecorder;
  close(): Promise<void>;
}

/**
 * extensionDir: null launches the same browser without the extension, as a baseline.
 * locale: the browser's UI language (navigator.language), e.g. 'zh-CN'; the system's when left out.
 */
export async function launchWithExtension({ extensionDir = CHROME_BUILD, locale }: { extensionDir?: string | null; locale?: string } = {}): Promise<LaunchedBrowser> {
  if (extensionDir && !existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No build at ${extensionDir}: run \`npm run build\` first (npm test builds before the browser tests).`);
  }
  if (!existsSync(CHROME)) throw new Error(`No Chromium at ${CHROME}: apt-get install chromium (or set CHROME).`);
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'shebao-lens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROME,
    headless: false, // --headless=new below: the old headless mode cannot load extensions
    ...(locale ? { locale } : {}),
    args: [
      '--headless=new',
      '--no-sandbox',
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const requests = recordRequests(context);
  let serviceWorker: Worker | null = null;
  if (extensionDir) {
    serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  }
  return {
    context,
    extensionId: serviceWorker ? new URL(serviceWorker.url()).host : '',
    serviceWorker,
    requests,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

export interface RequestRecorder {
  all: string[];
  /** Requests that left the machine; the product promises none. */
  nonLocal(): string[];
}

const LOCAL = /^(chrome-extension:|data:|blob:|about:|https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\/)/;

/** Pages, frames and the extension's service worker all report through the context. */
export function recordRequests(context: BrowserContext): RequestRecorder {
  const all: string[] = [];
  context.on('request', (request) => void all.push(request.url()));
  return { all, nonLocal: () => all.filter((url) => !LOCAL.test(url)) };
}

/**
 * Stops the extension's service worker, as Chrome does after 30 s idle, and resolves once it is
 * stopped. `running()` then tells whether something has woken it since.
 */
export async function stopServiceWorker(page: Page, extensionId: string): Promise<{ running(): boolean }> {
  const cdp = await page.context().newCDPSession(page);
  let status: { versionId: string; runningStatus: string } | undefined;
  const seen = new Promise<void>((resolve) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      const ours = versions.find((v) => v.scriptURL.startsWith(`chrome-extension://${extensionId}/`));
      if (ours) status = ours;
      if (status) resolve();
    });
  });
  await cdp.send('ServiceWorker.enable');
  await seen;
  const stopped = new Promise<void>((resolve) => cdp.on('ServiceWorker.workerVersionUpdated', () => status?.runningStatus === 'stopped' && resolve()));
  await cdp.send('ServiceWorker.stopWorker', { versionId: status!.versionId });
  await stopped;
  return { running: () => status?.runningStatus === 'running' };
}

interface SessionChrome {
  chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };
}

/**
 * The extension has no "tabs" permission, so tab URLs are hidden from it; the content script's
 * content-ready record (session storage, frames:<tab>:<frame>) names the tab of a web page.
 */
export async function tabIdOf(sw: Worker, url: string): Promise<number> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const all = (await sw.evaluate(() => (globalThis as unknown as SessionChrome).chrome.storage.session.get(null))) as Record<string, { url?: string }>;
    const key = Object.keys(all).find((k) => k.startsWith('frames:') && k.endsWith(':0') && all[k]?.url === url);
    if (key) return Number(key.split(':')[1]);
    if (Date.now() > deadline) throw new Error(`no content-ready record for ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

