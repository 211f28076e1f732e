import { deflateSync, inflateSync } from 'fflate';

const FFLATE = { deflateSync, inflateSync };

/**
 * fflate, reached through a call: it builds its Huffman tables when evaluated, which a fresh worker's interpreter
 * pays at every start, while the worker inflates with the platform's DecompressionStream and needs fflate only if a
 * classification comes before that finishes. The extension build swaps this file for one that evaluates the
 * library on the first call (scripts/vite-lazy-libraries.ts).
 */
export function fflateLibrary(): typeof FFLATE {
  return FFLATE;
}
