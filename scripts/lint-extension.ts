// Checks the built extension before it goes to a store: `npm run build && npm run lint:ext`.
// 1. addons-linter on the Firefox build: any error, warning or notice fails.
// 2. Both manifests: every permission and host pattern has a reason in docs/permissions.md, and
//    every permission's API is called somewhere in the built code (no unused permissions).
// 3. Both content scripts, which every frame of every page loads, stay within 50 KB gzipped.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createInstance, type LinterMessage } from 'addons-linter';
import { readPermissionReasons, type PermissionReason } from './permission-reasons';

const FIREFOX_DIR = '.output/firefox-mv3';
const CHROME_DIR = '.output/chrome-mv3';

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[] }[];
}

function describe(m: LinterMessage): string {
  const where = m.file ? ` (${m.file}${m.line ? `:${m.line}:${m.column ?? 0}` : ''})` : '';
  return `${m.code}: ${m.message}${where}`;
}

async function runAddonsLinter(dir: string): Promise<string[]> {
  const linter = createInstance({
    config: { _: [path.resolve(dir)], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false,
      metadata: false, output: 'none', boring: false, selfHosted: false },
    runAsBinary: false,
  });
  const result = await linter.run();
  return [
    ...result.errors.map((m) => `error ${describe(m)}`),
    ...result.warnings.map((m) => `warning ${describe(m)}`),
    ...result.notices.map((m) => `notice ${describe(m)}`),
  ];
}

async function builtCode(dir: string): Promise<string> {
  const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.js'));
  const texts = await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')));
  return texts.join('\n');
}

/** `x.storage.local` or `x.storage[area]`: the namespace is reached as a property, not only named. */
function usesApi(code: string, api: string): boolean {
  return new RegExp(`\\.${api.replaceAll('.', '\\.')}\\s*[.[]`).test(code);
}

async function checkPermissions(dir: string, reasons: PermissionReason[]): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as Manifest;
  const apiPermissions = [...(manifest.permissions ?? []), ...(manifest.optional_permissions ?? [])];
  const hosts = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ];
  const code = await builtCode(dir);
  const problems: string[] = [];
  for (const name of new Set([...apiPermissions, ...hosts])) {
    const entry = reasons.find((r) => r.name === name);
    if (!entry) problems.push(`${dir}: "${name}" has no reason in docs/permissions.md`);
    else if (entry.api && !usesApi(code, entry.api)) {
      problems.push(`${dir}: "${name}" is requested but no built code calls ${entry.api}.*`);
    }
  }
  for (const entry of reasons.filter((r) => !apiPermissions.includes(r.name) && !hosts.includes(r.name))) {
    console.info(`note: ${dir} does not request "${entry.name}" (documented in docs/permissions.md)`);
  }
  return problems;
}

/** 50 KiB, as `gzip -9 -c content.js | wc -c` counts it; the card data lives in the background. */
const CONTENT_SCRIPT_GZIP_BUDGET = 50 * 1024;

async function checkContentScriptSize(dir: string): Promise<string[]> {
  const file = path.join(dir, 'content-scripts/content.js');
  const gzipped = gzipSync(await readFile(file), { level: 9 }).length;
  console.info(`${file}: ${(gzipped / 1024).toFixed(1)} KB gzipped (budget ${CONTENT_SCRIPT_GZIP_BUDGET / 1024} KB)`);
  return gzipped > CONTENT_SCRIPT_GZIP_BUDGET ? [`${file} is ${gzipped} bytes gzipped, over the ${CONTENT_SCRIPT_GZIP_BUDGET}-byte budget`] : [];
}

const reasons = await readPermissionReasons();
const problems = [
  ...(await runAddonsLinter(FIREFOX_DIR)).map((p) => `addons-linter ${p}`),
  ...(await checkPermissions(CHROME_DIR, reasons)),
  ...(await checkPermissions(FIREFOX_DIR, reasons)),
  ...(await checkContentScriptSize(CHROME_DIR)),
  ...(await checkContentScriptSize(FIREFOX_DIR)),
];
for (const problem of problems) console.error(problem);
if (problems.length > 0) {
  console.error(`lint:ext failed with ${problems.length} problem(s)`);
  process.exitCode = 1;
} else {
  console.info('lint:ext: addons-linter clean (0 errors, 0 warnings, 0 notices); every permission has a reason and a use; content scripts within budget');
}
