/**
 * The compiled trie (automaton-trie.ts) and its failure links as JSON, for
 * data/page-detector.generated.json. Plain number arrays, not base64: the browser parses the
 * message's JSON natively and a typed array copies a number array natively, where a base64 decode
 * is a JavaScript loop the page's first milliseconds run uncompiled.
 */
import type { CompiledTrie } from './automaton-trie';

export interface TrieFile {
  patternCount: number;
  alphabet: string;
  childCount: number[];
  childKey: number[];
  ownCount: number[];
  ownPattern: number[];
  /** loadAutomaton's failure link of each state (Automaton.failureLinks). */
  fail: number[];
}

export interface LoadedTrie {
  trie: CompiledTrie;
  fail: Int32Array;
}

export function encodeTrie(trie: CompiledTrie, fail: Int32Array): TrieFile {
  return {
    patternCount: trie.patternCount,
    alphabet: trie.alphabet,
    childCount: Array.from(trie.childCount),
    childKey: Array.from(trie.childKey),
    ownCount: Array.from(trie.ownCount),
    ownPattern: Array.from(trie.ownPattern),
    fail: Array.from(fail),
  };
}

/** The trie, or undefined when the file is not one (the caller then compiles the patterns itself). */
export function decodeTrie(file: TrieFile | undefined, patternCount: number): LoadedTrie | undefined {
  if (!file) return undefined;
  const { childCount, childKey, ownCount, ownPattern, fail } = file;
  const states = childCount?.length;
  // Lengths only, as for the table (pattern-table-file.ts fitsSources): the file ships with the code.
  const fits =
    file.patternCount === patternCount && typeof file.alphabet === 'string' && [childCount, childKey, ownCount, ownPattern, fail].every(Array.isArray) &&
    ownCount.length === states && fail.length === states && childKey.length === states - 1 && ownPattern.length === patternCount;
  if (!fits) return undefined;
  const trie = {
    patternCount,
    alphabet: file.alphabet,
    childCount: new Uint16Array(childCount),
    childKey: new Uint16Array(childKey),
    ownCount: new Uint16Array(ownCount),
    ownPattern: new Uint16Array(ownPattern),
  };
  return { trie, fail: new Int32Array(fail) };
}
