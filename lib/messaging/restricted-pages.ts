// Pages where browsers never run extension content scripts: the popup says so instead of waiting
// for a summary that cannot come, and still offers the planner.
const RESTRICTED_SCHEMES = ['chrome:', 'chrome-extension:', 'chrome-search:', 'edge:', 'brave:', 'about:', 'moz-extension:', 'view-source:', 'devtools:', 'resource:', 'data:', 'blob:'];
const STORE_HOSTS = ['chromewebstore.google.com', 'chrome.google.com', 'microsoftedge.microsoft.com', 'addons.mozilla.org'];

export type Restriction = 'browser-page' | 'store' | 'pdf' | null;

export function restrictionOf(url: string | undefined): Restriction {
  if (!url) return 'browser-page';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (RESTRICTED_SCHEMES.includes(u.protocol)) return 'browser-page';
  if (STORE_HOSTS.includes(u.hostname) && (u.hostname !== 'chrome.google.com' || u.pathname.startsWith('/webstore'))) return 'store';
  // The built-in PDF viewers: the lens cannot read the document. A PDF whose address does not end in
  // .pdf is recognised by the content script instead (content-ready `pdf`, from document.contentType).
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  return null;
}
