/**
 * The public vocabulary of the pure core. Nothing here imports @rocket.chat/* or does I/O.
 */

/** Entity labels (DESIGN.md §4): HIPAA Safe Harbor identifiers plus payment data and admin patterns. */
export const LABELS = [
  'PERSON', 'DATE', 'AGE_OVER_89', 'ADDRESS', 'PHONE', 'FAX', 'EMAIL', 'SSN', 'MRN',
  'HEALTH_PLAN_ID', 'ACCOUNT_NUMBER', 'LICENSE_NUMBER', 'NPI', 'VEHICLE_ID', 'DEVICE_ID', 'URL',
  'IP_ADDRESS', 'CREDIT_CARD', 'IBAN', 'CUSTOM',
] as const;
export type Label = (typeof LABELS)[number];

export function isLabel(value: unknown): value is Label {
  return typeof value === 'string' && (LABELS as readonly string[]).includes(value);
}

/** One detected identifier: a range of the scanned string, never the matched text. */
export interface Finding {
  readonly type: Label;
  /** UTF-16 index of the first character, inclusive. */
  readonly start: number;
  /** UTF-16 index after the last character, exclusive. */
  readonly end: number;
  /** Which recognizer rule produced it (e.g. `ssn.dashed`); safe to log. */
  readonly ruleId: string;
  /** Confidence in [0, 1]. */
  readonly score: number;
}

export type MaskStyle = 'x' | 'partial' | 'token';
