import { customPinyin, pinyin } from 'pinyin-pro';

// pinyin-pro reads these place names with the everyday reading of a polyphonic character. Found by
// listing every short name with a polyphonic character (pinyin-pro `polyphonic`, 173 names) and
// checking each reading; these seven were wrong.
customPinyin({
  喀什: 'kā shí',
  阿图什: 'ā tú shí',
  什邡: 'shí fāng',
  乐清: 'yuè qīng',
  昌都: 'chāng dū',
  宜都: 'yí dū',
  都匀: 'dū yún',
});

/** Toneless syllables, ü written v (lv for 吕). */
export const syllables = (text: string): string[] => pinyin(text, { toneType: 'none', type: 'array', v: true });
