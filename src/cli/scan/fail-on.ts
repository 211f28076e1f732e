import type { FailOn, ScanFinding } from './types';

/** Whether a finding makes the run fail under `--fail-on`. Allowed findings never do. */
export function countsForFailure(f: ScanFinding, failOn: FailOn): boolean {
  if (f.allowed !== null) return false;
  switch (failOn) {
    case 'high':
      return f.severity === 'high';
    case 'medium':
      return f.severity === 'high' || f.severity === 'medium';
    case 'violation':
      return f.violation;
    case 'new':
      // Only what the baseline did not have, at medium or above or a consent violation.
      return f.isNew && (f.violation || f.severity === 'high' || f.severity === 'medium');
  }
}
