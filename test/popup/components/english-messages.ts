import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const messages = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../public/_locales/en/messages.json'), 'utf8'),
) as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * `t` as browser.i18n.getMessage does it for English, so a render test reads the words a person sees: $NAME$
 * becomes its placeholder's content, then $1…$9 the substitutions.
 */
export function t(key: string, substitutions?: string | string[]): string {
  const entry = messages[key];
  if (!entry) return key;
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const named = entry.message.replace(
    /\$([A-Za-z_]+)\$/g,
    (all, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? all,
  );
  return named.replace(/\$([1-9])/g, (_all, i: string) => subs[Number(i) - 1] ?? '');
}
