import type { ConsentInputs } from './inputs';
import type { ConsentSummary } from './summary';

/** What the consent rules read from the rule context: the merged state and the worker's observations. */
export interface ConsentContext {
  summary: ConsentSummary;
  inputs: ConsentInputs;
}
