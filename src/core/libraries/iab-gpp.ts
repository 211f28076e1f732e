import { GppModel, Sections } from '@iabgpp/cmpapi';

const GPP = { GppModel, Sections };

/**
 * The IAB's GPP library, reached through a call: ≈ 130 KB of classes that only a site with a GPP string needs. The
 * extension build swaps this file for one that evaluates the library on the first call
 * (scripts/vite-lazy-libraries.ts), so a worker start does not parse and run it.
 */
export function gppLibrary(): typeof GPP {
  return GPP;
}
