/** Lower-cased host without the leading dot Chrome puts on Domain cookies. */
export function normaliseHost(domain: string): string {
  const h = domain.charCodeAt(0) === 46 ? domain.slice(1) : domain;
  return h.toLowerCase();
}

/** `host` equals `domain` or is a subdomain of it; both already normalised. Allocation-free. */
export function hostWithin(host: string, domain: string): boolean {
  if (host.length === domain.length) return host === domain;
  return (
    host.length > domain.length && host.endsWith(domain) && host.charCodeAt(host.length - domain.length - 1) === 46
  );
}
