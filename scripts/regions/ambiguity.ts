import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AmbiguityReason } from '../../data/schema';

type Reason = z.infer<typeof AmbiguityReason>;

export interface DictEntry {
  word: string;
  freq: number;
  pos: string;
}

/** jieba's dict.txt: one `word freq pos` per line. */
export function readDict(path: string): Map<string, DictEntry> {
  const dict = new Map<string, DictEntry>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [word, freq, pos] = line.trim().split(' ');
    if (word && freq && pos) dict.set(word, { word, freq: Number(freq), pos });
  }
  return dict;
}

// Thresholds and tag sets, written into the generated file's header so the list can be reproduced.
// jieba tags many cities as something else (大连 d, 保定 v, 恩施 n, 石家庄 nr), so a non-place tag only
// counts when the bare word is also far more frequent than the name written as a place (大同 563 vs
// 大同市 41, but 大连 1034 vs 大连市 397).
export const RULES = {
  commonMinFreq: 100,
  commonPlaceRatio: 10,
  otherNameMinFreq: 100,
  otherNamePlaceRatio: 6,
  partOfWordMinFreq: 25,
  personMinFreq: 100,
  evidencePerName: 5,
  placeTags: ['ns'],
  properTags: ['nr', 'nrfg', 'nrt', 'nz', 'nt'],
  personTags: ['nr', 'nrfg'],
  demonymSuffixes: ['人', '队'],
  // Words ending like this still name the place or a part of it (开封府, 武汉站, 中山路).
  placeSuffixes: ['省', '市', '县', '区', '州', '盟', '旗', '镇', '乡', '村', '府', '站', '路', '街', '港', '城'],
};

const hasTag = (tags: string[], pos: string): boolean => tags.includes(pos);

export interface Finding {
  reasons: Reason[];
  evidence: DictEntry[];
}

/**
 * Classifies written names against the dict.
 * Own-entry rules apply to short and alias names only ("place use" = the highest freq of the name's
 * other forms and of name+市/州/县/地区/人 in the dict):
 * - common-word: tagged neither ns nor a proper name, freq ≥ commonMinFreq and ≥ commonPlaceRatio ×
 *   place use.
 * - other-name: tagged a proper name (nr, nrt, nz …), freq ≥ otherNameMinFreq and ≥
 *   otherNamePlaceRatio × place use; person tags only for two-character names, since a
 *   three-character city tagged nr (石家庄) is tagging noise.
 * Every name, full ones included:
 * - part-of-word: the name sits inside longer dict words with freq ≥ partOfWordMinFreq that are
 *   not places themselves (tag ns, a place suffix, or any unit name/stem in the package), not a
 *   surname plus the name below personMinFreq (张朝阳),
 *   not organisations named after it (nt), not the place used as a modifier (a proper name or, when
 *   the dict tags the name ns, any word that starts with the name and goes on for two or more
 *   characters: 长春亚泰, 北京烤鸭), and not a demonym/team (九江人, 长春队).
 */
export function classify(
  names: Iterable<string>,
  shortForms: Set<string>,
  dict: Map<string, DictEntry>,
  placeForms: (name: string) => string[],
  knownPlaces: Set<string>,
): Map<string, Finding> {
  const wanted = new Set(names);
  const compounds = new Map<string, DictEntry[]>();
  for (const entry of dict.values()) {
    const w = entry.word;
    const seen = new Set<string>();
    for (let i = 0; i < w.length; i++) {
      for (let j = i + 2; j <= w.length; j++) {
        const sub = w.slice(i, j);
        if (sub === w || seen.has(sub) || !wanted.has(sub)) continue;
        seen.add(sub);
        compounds.set(sub, [...(compounds.get(sub) ?? []), entry]);
      }
    }
  }

  const out = new Map<string, Finding>();
  for (const name of wanted) {
    const reasons = new Set<Reason>();
    const evidence: DictEntry[] = [];
    const own = dict.get(name);
    if (own && shortForms.has(name) && !hasTag(RULES.placeTags, own.pos)) {
      const placeUse = Math.max(0, ...placeForms(name).map((f) => dict.get(f)?.freq ?? 0));
      if (hasTag(RULES.properTags, own.pos)) {
        const personOk = !hasTag(RULES.personTags, own.pos) || name.length === 2;
        if (personOk && own.freq >= RULES.otherNameMinFreq && own.freq >= RULES.otherNamePlaceRatio * placeUse) {
          reasons.add('other-name');
        }
      } else if (own.freq >= RULES.commonMinFreq && own.freq >= RULES.commonPlaceRatio * placeUse) {
        reasons.add('common-word');
      }
      if (reasons.size) evidence.push(own);
    }
    const ownIsPlace = own !== undefined && hasTag(RULES.placeTags, own.pos);
    const parts = (compounds.get(name) ?? []).filter((c) => {
      if (c.freq < RULES.partOfWordMinFreq) return false;
      if (hasTag(RULES.placeTags, c.pos) || c.pos === 'nt' || knownPlaces.has(c.word)) return false;
      if (RULES.placeSuffixes.some((s) => c.word.endsWith(s))) return false;
      // 姓 + the name (张朝阳, 李东阳) only counts for people famous enough to be written often (孙中山).
      const person = hasTag(RULES.personTags, c.pos) && c.word.length === name.length + 1 && c.word.endsWith(name);
      if (person && c.freq < RULES.personMinFreq) return false;
      if (c.word.startsWith(name)) {
        const rest = c.word.slice(name.length);
        if (RULES.demonymSuffixes.includes(rest)) return false;
        if (rest.length >= 2 && (ownIsPlace || hasTag(RULES.properTags, c.pos))) return false;
      }
      return true;
    });
    if (parts.length) {
      reasons.add('part-of-word');
      evidence.push(...parts.sort((a, b) => b.freq - a.freq).slice(0, RULES.evidencePerName));
    }
    if (reasons.size) out.set(name, { reasons: [...reasons], evidence });
  }
  return out;
}
