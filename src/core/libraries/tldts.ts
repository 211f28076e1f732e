import { getDomain, getHostname, parse } from 'tldts';

const TLDTS = { getDomain, getHostname, parse };

/**
 * tldts (the Public Suffix List), reached through a call. Here it is evaluated with the module; the extension build
 * swaps this file for one that evaluates the library on the first call (scripts/vite-lazy-libraries.ts), so a
 * worker start does not pay for a suffix trie it may not need before its state is loaded.
 */
export function tldtsLibrary(): typeof TLDTS {
  return TLDTS;
}
