/**
 * The compiled trie (automaton-trie.ts) as JSON text, for data/page-automaton.generated.json:
 * each Uint16 array as base64 of its little-endian bytes, so the page decodes it with atob and one
 * copy instead of building a trie of Maps from ~2300 patterns in every frame.
 */
import type { CompiledTrie } from './automaton-trie';

export interface TrieFile {
  /** patternsFingerprint of the patterns it was compiled from: a stale file is not used. */
  fingerprint: string;
  patternCount: number;
  alphabet: string;
  childCount: string;
  childKey: string;
  ownCount: string;
  ownPattern: string;
}

function toBase64(a: Uint16Array): string {
  const bytes = new Uint8Array(a.length * 2);
  const view = new DataView(bytes.buffer);
  a.forEach((v, i) => view.setUint16(i * 2, v, true));
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return btoa(s);
}

function fromBase64(text: string): Uint16Array {
  const s = atob(text);
  const out = new Uint16Array(s.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = s.charCodeAt(2 * i) | (s.charCodeAt(2 * i + 1) << 8);
  return out;
}

export function encodeTrie(trie: CompiledTrie, fingerprint: string): TrieFile {
  return {
    fingerprint,
    patternCount: trie.patternCount,
    alphabet: trie.alphabet,
    childCount: toBase64(trie.childCount),
    childKey: toBase64(trie.childKey),
    ownCount: toBase64(trie.ownCount),
    ownPattern: toBase64(trie.ownPattern),
  };
}

export function decodeTrie(file: TrieFile): CompiledTrie {
  return {
    patternCount: file.patternCount,
    alphabet: file.alphabet,
    childCount: fromBase64(file.childCount),
    childKey: fromBase64(file.childKey),
    ownCount: fromBase64(file.ownCount),
    ownPattern: fromBase64(file.ownPattern),
  };
}
