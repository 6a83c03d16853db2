import { mkdir, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox-harness';
import { serveFixtures, type FixtureServer } from './fixture-server';

const EXTENSION_DIR = '.output/firefox-mv3';

let firefox: FirefoxWithExtension;
let fixtures: FixtureServer;

beforeAll(async () => {
  fixtures = await serveFixtures('tests/fixtures');
  firefox = await launchFirefoxWithExtension({ extensionDir: EXTENSION_DIR });
  console.info(`Firefox ${await firefox.browser.version()} launched with the extension in ${firefox.launchMs} ms`);
});

afterAll(async () => {
  await firefox?.close();
  await fixtures?.close();
});

describe('Firefox build in Debian Firefox', () => {
  it('runs on a Firefox at least as new as strict_min_version', async () => {
    const manifest = JSON.parse(await readFile(`${EXTENSION_DIR}/manifest.json`, 'utf8')) as {
      browser_specific_settings: { gecko: { strict_min_version: string } };
    };
    const required = Number.parseFloat(manifest.browser_specific_settings.gecko.strict_min_version);
    const running = Number.parseFloat((await firefox.browser.version()).replace(/^firefox\//, ''));
    expect(running).toBeGreaterThanOrEqual(required);
  });

  it('opens the popup page and shows the product name', async () => {
    const page = await firefox.openExtensionPage('popup.html');
    expect(await page.evaluate(() => location.href)).toBe(firefox.popupUrl('popup.html'));
    expect(await page.evaluate(() => document.body.innerText)).toContain('社保透镜');
    await mkdir('test-output/firefox', { recursive: true });
    await page.screenshot({ path: 'test-output/firefox/popup.png' });
    await page.close();
  });

  it('runs the content script on a page served from 127.0.0.1', async () => {
    const page = await firefox.newPage();
    await page.goto(fixtures.url('firefox-smoke.html'));
    // WXT's content-script wrapper announces its start to the page; until the real content script
    // draws highlights this is the only trace it leaves.
    const started = `${firefox.extensionId}:content:wxt:content-script-started`;
    await page.waitForFunction(
      (type) => (window as unknown as { fixtureMessages: { type?: string }[] }).fixtureMessages.some((m) => m?.type === type),
      { timeout: 10_000 },
      started,
    );
    expect(await page.evaluate(() => typeof CSS.highlights)).toBe('object');
    await page.close();
  });

  it('sends nothing off the machine', () => {
    expect(firefox.offMachineRequests()).toEqual([]);
  });
});
