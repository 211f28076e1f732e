import { allChoices } from '../choices';
import type { Choice, ConsentCategory } from '../types';

/**
 * Klaro and Axeptio record a yes/no per *service*, and a service's category lives in the site's own configuration,
 * which a cookie does not carry. Only two answers can be read for certain: every service refused (all optional
 * categories refused) or every service accepted. A mixed answer is reported as counts, never guessed per category.
 */
export function serviceChoices(answers: readonly boolean[]): {
  choices: Partial<Record<ConsentCategory, Choice>>;
  note: string;
} {
  const yes = answers.filter(Boolean).length;
  const no = answers.length - yes;
  const note = `${yes} ${yes === 1 ? 'service' : 'services'} accepted, ${no} refused (services are site-defined)`;
  if (answers.length > 0 && yes === 0) return { choices: allChoices('refused'), note };
  if (answers.length > 0 && no === 0) return { choices: allChoices('accepted'), note };
  return { choices: {}, note };
}
