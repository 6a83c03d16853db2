/**
 * Decides from a small text sample whether a page is worth scanning. Japanese shares Han characters
 * with Chinese, so kana and hangul count against; a page with a few Chinese words in English text is
 * not a Chinese page. Too little text means "not yet": SPA shells fill in later.
 */
export type PageLanguageVerdict = 'chinese' | 'not-chinese' | 'undecided';

export interface LanguageSample {
  /** The document's lang attribute, if any. */
  lang?: string | null;
  text: string;
}

const HAN = /\p{Script=Han}/gu;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HANGUL = /\p{Script=Hangul}/gu;
const LATIN = /[A-Za-z]/g;

/** Below this many Han characters nothing can be concluded unless there is plenty of other text. */
export const MIN_HAN = 20;
/** With this much non-space text and too few Han characters the page is decidedly not Chinese. */
export const ENOUGH_TEXT = 400;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

export function pageLanguage(sample: LanguageSample): PageLanguageVerdict {
  const text = sample.text;
  const han = count(text, HAN);
  const kana = count(text, KANA);
  const hangul = count(text, HANGUL);
  // A Latin word is about five letters and says about as much as two Han characters.
  const latinWeight = count(text, LATIN) * 0.4;
  const lang = (sample.lang ?? '').toLowerCase();
  if (lang.startsWith('ja') || lang.startsWith('ko')) {
    if (kana + hangul > han * 0.05) return 'not-chinese';
  }
  if (kana * 20 > han || hangul * 20 > han) return han + kana + hangul >= MIN_HAN ? 'not-chinese' : 'undecided';
  const hanShare = han / (han + latinWeight || 1);
  if (han >= MIN_HAN && hanShare >= 0.5) return 'chinese';
  if (lang.startsWith('zh') && han >= 4) return 'chinese';
  const meaningful = text.replace(/\s+/g, '').length;
  return meaningful >= ENOUGH_TEXT || (han >= MIN_HAN && hanShare < 0.5) ? 'not-chinese' : 'undecided';
}
