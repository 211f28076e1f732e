import type { ReportFormat } from '../core/report/options';

/** The export formats as a person picks them, in menu order. */
export const FORMAT_CHOICES: readonly { value: ReportFormat; label: string }[] = [
  { value: 'json', label: 'JSON' },
  { value: 'csv', label: 'CSV' },
  { value: 'md', label: 'Markdown' },
  { value: 'html', label: 'HTML (printable)' },
];
