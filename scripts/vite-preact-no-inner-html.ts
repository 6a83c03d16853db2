import type { Plugin } from 'vite';

const PREACT_DIST = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(mjs|module\.js)$/;
// Preact's only dynamic HTML sink: `dom.innerHTML = props.dangerouslySetInnerHTML.__html`.
const INNER_HTML_SINK = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
const REFUSAL = '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in Shebao Lens")})()';

/**
 * We never render raw HTML, so the build removes Preact's dangerouslySetInnerHTML sink: the
 * shipped code then has no HTML-injection path, and addons-linter has no innerHTML to warn about.
 * Fails the build if Preact's code no longer has the expected shape.
 */
export function preactNoInnerHtml(): Plugin {
  return {
    name: 'shebao-lens:preact-no-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_DIST.test(id)) return null;
      const patched = code.replace(INNER_HTML_SINK, REFUSAL);
      if (patched === code) this.error(`preact-no-inner-html: innerHTML sink not found in ${id}; update the pattern`);
      return { code: patched, map: null };
    },
  };
}
