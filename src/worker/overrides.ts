import { type OverrideSet, overrideSet } from '../core/overrides/overrides';
import type { WorkerState } from './worker-state';

/** The user's corrections, indexed for classify; a short list (a file holds at most 5,000), indexed per audit. */
export async function currentOverrides(state: WorkerState): Promise<OverrideSet> {
  return overrideSet(await state.overrides.read());
}
