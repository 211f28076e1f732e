import { TCModelError, TCString } from '@iabtcf/core';

const TCF = { TCModelError, TCString };

/**
 * The IAB's TCF library, reached through a call: only a site with a TC string needs it. The extension build swaps
 * this file for one that evaluates the library on the first call (scripts/vite-lazy-libraries.ts).
 */
export function tcfLibrary(): typeof TCF {
  return TCF;
}
