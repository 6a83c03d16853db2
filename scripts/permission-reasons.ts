import { readFile } from 'node:fs/promises';

export interface PermissionReason {
  /** A manifest permission (`storage`) or host pattern (`<all_urls>`). */
  name: string;
  /** The extension API namespace that needs it, or null when the manifest itself uses it. */
  api: string | null;
  reason: string;
}

const ROW = /^\|\s*`([^`]+)`\s*\|\s*(.+?)\s*\|\s*(.+?)\s*\|\s*$/;

/** Reads the table in docs/permissions.md, the one place where every permission is justified. */
export async function readPermissionReasons(file = 'docs/permissions.md'): Promise<PermissionReason[]> {
  const rows = (await readFile(file, 'utf8')).split('\n').map((line) => ROW.exec(line)).filter((m) => m !== null);
  return rows.map(([, name, usedThrough, reason]) => {
    const api = /^`([\w.]+)`$/.exec(usedThrough ?? '')?.[1] ?? null;
    return { name: name ?? '', api, reason: reason ?? '' };
  });
}
