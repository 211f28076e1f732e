/**
 * A URL cut to scheme, host and path: the query and fragment can hold password-reset tokens, OAuth codes and
 * session ids, so nothing stored or exported keeps them unless the user asked for values. Clipped to `max` characters.
 */
export function urlWithoutQuery(url: string, max = 2048): string {
  const cut = url.search(/[?#]/);
  const bare = cut === -1 ? url : url.slice(0, cut);
  return bare.length > max ? bare.slice(0, max) : bare;
}
