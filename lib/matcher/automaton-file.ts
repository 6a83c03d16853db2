/**
 * The automaton's tables (automaton-tables.ts) as JSON, for data/page-detector.generated.json.
 * Plain number arrays, not base64: the browser parses the message's JSON natively and a typed
 * array copies a number array natively, where a base64 decode is a JavaScript loop the page's
 * first milliseconds run uncompiled. Every table the scan reads is stored, even those a linear
 * pass would derive (edgeStart, depth): such a pass over ~4 000 states runs uncompiled too.
 */
import type { AutomatonTables } from './automaton-tables';

export interface AutomatonFile {
  patternCount: number;
  alphabet: string;
  edgeStart: number[];
  childKey: number[];
  depth: number[];
  outStart: number[];
  ownPattern: number[];
  fail: number[];
  firstOut: number[];
}

export function encodeAutomaton(tables: AutomatonTables): AutomatonFile {
  const { patternCount, alphabet, ...arrays } = tables;
  return {
    patternCount,
    alphabet,
    edgeStart: Array.from(arrays.edgeStart),
    childKey: Array.from(arrays.childKey),
    depth: Array.from(arrays.depth),
    outStart: Array.from(arrays.outStart),
    ownPattern: Array.from(arrays.ownPattern),
    fail: Array.from(arrays.fail),
    firstOut: Array.from(arrays.firstOut),
  };
}

/** The tables, or undefined when the file is not one (the caller then compiles the patterns itself). */
export function decodeAutomaton(file: AutomatonFile | undefined, patternCount: number): AutomatonTables | undefined {
  if (!file) return undefined;
  const { edgeStart, childKey, depth, outStart, ownPattern, fail, firstOut } = file;
  const states = depth?.length;
  // Lengths only, as for the table (pattern-table-file.ts fitsSources): the file ships with the code.
  const fits =
    file.patternCount === patternCount && typeof file.alphabet === 'string' && [edgeStart, childKey, depth, outStart, ownPattern, fail, firstOut].every(Array.isArray) &&
    edgeStart.length === states + 1 && childKey.length === states - 1 && outStart.length === states + 1 && fail.length === states && firstOut.length === states &&
    ownPattern.length === patternCount;
  if (!fits) return undefined;
  return {
    patternCount,
    alphabet: file.alphabet,
    edgeStart: new Int32Array(edgeStart),
    childKey: new Uint16Array(childKey),
    depth: new Uint16Array(depth),
    outStart: new Int32Array(outStart),
    ownPattern: new Uint16Array(ownPattern),
    fail: new Int32Array(fail),
    firstOut: new Int32Array(firstOut),
  };
}
