import { HIGHLIGHT_CSS } from './highlight-styles';

/**
 * Keeps our constructed ::highlight sheet adopted in each open shadow root (the document has the
 * manifest's copy), appended after the root's own sheets, which stay as they are. Pages may later
 * replace their adoptedStyleSheets array wholesale; `ensure` puts ours back without disturbing theirs.
 */
export class HighlightSheet {
  private readonly sheet: CSSStyleSheet;
  private readonly scopes = new Set<ShadowRoot>();

  constructor() {
    this.sheet = new CSSStyleSheet();
    this.sheet.replaceSync(HIGHLIGHT_CSS);
  }

  adopt(scope: ShadowRoot): void {
    this.scopes.add(scope);
    this.ensureIn(scope);
  }

  ensure(): void {
    for (const scope of this.scopes) this.ensureIn(scope);
  }

  removeAll(): void {
    for (const scope of this.scopes) {
      try {
        const sheets = scope.adoptedStyleSheets;
        if (sheets.includes(this.sheet)) scope.adoptedStyleSheets = sheets.filter((s) => s !== this.sheet);
      } catch {
        // A scope from a document that went away: nothing left to clean.
      }
    }
    this.scopes.clear();
  }

  private ensureIn(scope: ShadowRoot): void {
    try {
      const sheets = scope.adoptedStyleSheets;
      if (!sheets.includes(this.sheet)) scope.adoptedStyleSheets = [...sheets, this.sheet];
    } catch {
      // Shadow roots of another document (moved nodes) refuse our sheet; highlights there stay unstyled.
    }
  }
}
