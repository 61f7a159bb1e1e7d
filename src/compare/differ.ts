import { diffPair } from '../diff/index.js';
import type { PairDiffer } from './types.js';

/** The engine behind `evt diff`: the structural diff of src/diff with verified witnesses on request. */
export function engineDiffer(witnesses: boolean): PairDiffer {
  return (previous, current, options) =>
    diffPair(previous.json, current.json, { ...options, file: current.file, witnesses });
}
