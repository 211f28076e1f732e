import { clip } from '../clip';
import { MAX_DOMAIN_CHARS } from './limits';

/**
 * A site (registrable domain) as a report prints it. The import refuses hosts over 253 characters
 * (canonical-domain.ts), so a real site is never cut; the clip is for an audit built another way, so that no
 * heading, CSV cell or JSON string carries a megabyte of domain.
 */
export function exportSite(site: string): string {
  return clip(site, { chars: MAX_DOMAIN_CHARS });
}
