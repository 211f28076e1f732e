import words from './catalogue/data/name-words.json';
import { nameTokens } from './name-tokens';
import type { KnownCategory, PurposeTag } from './types';

/** What a cookie's name alone suggests. `identifier` means "an id whose purpose depends on who sets it". */
export interface NameHint {
  category: KnownCategory | 'identifier';
  tags: PurposeTag[];
  purpose: string;
  /** The word in the name that decided it. */
  word: string;
  confidence: number;
  /** Vendor id when the name carries a product's name ("hubspot", "matomo"). */
  vendor?: string;
}

interface Rule {
  /** Whole tokens of the name (see nameTokens). */
  tokens?: readonly string[];
  /** Text anywhere in the lower-cased name; only for words long enough not to hide inside unrelated ones. */
  within?: readonly string[];
  category: NameHint['category'];
  tags: PurposeTag[];
  purpose: string;
  confidence: number;
  vendor?: string;
}

// Order matters: earlier rules are stronger signals. A CSRF or consent word beats everything else in the name;
// analytics and marketing words beat "session" ("analytics_session_id" is analytics); specific purposes beat the
// generic "this is an id" rule at the end. The table is data (catalogue/data/name-words.json, checked against
// catalogue.schema.json); the learned fallback decides categories, these words still give a verdict its purpose.
const RULES = words as readonly Rule[];

const MEMO_LIMIT = 50_000;
const memo = new Map<string, NameHint | null>();

/** The first rule (in strength order) that the name matches; memoised because real profiles repeat names a lot. */
export function nameHint(name: string): NameHint | undefined {
  const cached = memo.get(name);
  if (cached !== undefined) return cached ?? undefined;
  const hint = computeHint(name);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(name, hint ?? null);
  return hint;
}

function computeHint(name: string): NameHint | undefined {
  const lower = name.toLowerCase();
  const tokens = nameTokens(name);
  // Also try neighbouring token pairs glued together ("cookie" + "test" → "cookietest") so camelCase and
  // snake_case spellings meet the same words.
  const words = new Set(tokens);
  for (let i = 0; i + 1 < tokens.length; i++) words.add(`${tokens[i]}${tokens[i + 1]}`);
  for (const rule of RULES) {
    const word = rule.within?.find((w) => lower.includes(w)) ?? rule.tokens?.find((t) => words.has(t));
    if (word === undefined) continue;
    const hint: NameHint = {
      category: rule.category,
      tags: rule.tags,
      purpose: rule.purpose,
      word,
      confidence: rule.confidence,
    };
    if (rule.vendor) hint.vendor = rule.vendor;
    return hint;
  }
  return undefined;
}
