/**
 * The masking policy: which labels are masked, blocked or allowed, the mask style, admin patterns
 * and allow-listed terms. Parsed from the masking settings (DESIGN §4) with errors that name the
 * setting and the line, never the offending text.
 */
import { isLabel, LABELS } from './types';
import type { Label, MaskStyle } from './types';
import { checkCustomRegex } from './regexSafety';
import { SettingId } from './settingIds';

export interface CustomPattern {
  readonly label: Label;
  readonly regex: RegExp;
  /** 1-based line in the setting, for rule ids and messages. */
  readonly line: number;
}

export interface MaskingPolicy {
  style: MaskStyle;
  maskLabels: ReadonlySet<Label>;
  blockLabels: ReadonlySet<Label>;
  customPatterns: readonly CustomPattern[];
  allowTerms: readonly string[];
}

export const DEFAULT_POLICY: MaskingPolicy = Object.freeze({
  style: 'x' as MaskStyle,
  maskLabels: new Set<Label>(LABELS),
  blockLabels: new Set<Label>(),
  customPatterns: [],
  allowTerms: [],
});

export interface PolicyError {
  settingId: string;
  line?: number;
  message: string;
}

export type PolicySettingId =
  | 'masking_style'
  | 'masking_labels'
  | 'masking_block_labels'
  | 'masking_custom_patterns'
  | 'masking_allow_terms';

export const POLICY_SETTING_IDS: readonly PolicySettingId[] = [
  SettingId.MaskingStyle, SettingId.MaskingLabels, SettingId.MaskingBlockLabels, SettingId.MaskingCustomPatterns, SettingId.MaskingAllowTerms,
];

const STYLES: readonly MaskStyle[] = ['x', 'partial', 'token'];
const MAX_CUSTOM = 100;
const MAX_ALLOW = 1000;

function parseLabels(settingId: string, value: unknown, errors: PolicyError[]): Set<Label> | undefined {
  let items: unknown[];
  if (Array.isArray(value)) items = value;
  else if (typeof value === 'string') items = value.split(/[,\n]/);
  else {
    errors.push({ settingId, message: 'expected a list of labels (array or comma-separated string)' });
    return undefined;
  }
  const out = new Set<Label>();
  items.forEach((item, i) => {
    const s = typeof item === 'string' ? item.trim().toUpperCase() : item;
    if (s === '') return;
    if (isLabel(s)) out.add(s);
    else errors.push({ settingId, line: i + 1, message: `entry ${i + 1} is not a known label (expected one of ${LABELS.join(', ')})` });
  });
  return out;
}

function lines(value: string): string[] {
  return value.split(/\r\n|\r|\n/);
}

export function parseCustomPatterns(value: string, settingId = 'masking_custom_patterns'): { patterns: CustomPattern[]; errors: PolicyError[] } {
  const patterns: CustomPattern[] = [];
  const errors: PolicyError[] = [];
  lines(value).forEach((raw, idx) => {
    const line = idx + 1;
    const text = raw.trim();
    if (text === '' || text.startsWith('#') || text.startsWith('//')) return;
    const m = /^([A-Z]\w{0,39})\s*:\s?(.*)$/i.exec(text);
    let label: Label = 'CUSTOM';
    let source = text;
    if (m) {
      const name = (m[1] as string).toUpperCase();
      label = isLabel(name) ? name : 'CUSTOM';
      source = (m[2] as string).trim();
    }
    let ci = false;
    const slashed = /^\/(.+)\/([a-z]*)$/.exec(source);
    if (slashed) {
      source = slashed[1] as string;
      const fl = slashed[2] as string;
      if (/[^giu]/.test(fl)) {
        errors.push({ settingId, line, message: `line ${line}: only the i flag is supported` });
        return;
      }
      ci = fl.includes('i');
    }
    if (patterns.length >= MAX_CUSTOM) {
      errors.push({ settingId, line, message: `line ${line}: at most ${MAX_CUSTOM} patterns are allowed` });
      return;
    }
    const checked = checkCustomRegex(source, ci);
    if (!checked.ok) {
      errors.push({ settingId, line, message: `line ${line}: ${checked.reason}` });
      return;
    }
    patterns.push({ label, regex: checked.regex, line });
  });
  return { patterns, errors };
}

export function parseAllowTerms(value: string): string[] {
  const out: string[] = [];
  for (const raw of lines(value)) {
    const t = raw.trim();
    if (t === '' || t.startsWith('#')) continue;
    out.push(t.toLowerCase());
    if (out.length >= MAX_ALLOW) break;
  }
  return out;
}

export function parsePolicy(
  raw: Partial<Record<PolicySettingId, unknown>>,
): { ok: true; policy: MaskingPolicy } | { ok: false; errors: PolicyError[] } {
  const errors: PolicyError[] = [];
  const src = raw ?? {};
  let style: MaskStyle = DEFAULT_POLICY.style;
  if (src.masking_style !== undefined && src.masking_style !== null && src.masking_style !== '') {
    const s = typeof src.masking_style === 'string' ? src.masking_style.trim().toLowerCase() : src.masking_style;
    if (typeof s === 'string' && (STYLES as readonly string[]).includes(s)) style = s as MaskStyle;
    else errors.push({ settingId: 'masking_style', message: `expected one of ${STYLES.join(', ')}` });
  }
  let maskLabels: ReadonlySet<Label> = DEFAULT_POLICY.maskLabels;
  if (src.masking_labels !== undefined && src.masking_labels !== null) {
    const parsed = parseLabels('masking_labels', src.masking_labels, errors);
    if (parsed) maskLabels = parsed;
  }
  let blockLabels: ReadonlySet<Label> = DEFAULT_POLICY.blockLabels;
  if (src.masking_block_labels !== undefined && src.masking_block_labels !== null) {
    const parsed = parseLabels('masking_block_labels', src.masking_block_labels, errors);
    if (parsed) blockLabels = parsed;
  }
  let customPatterns: readonly CustomPattern[] = [];
  if (src.masking_custom_patterns !== undefined && src.masking_custom_patterns !== null) {
    if (typeof src.masking_custom_patterns !== 'string') {
      errors.push({ settingId: 'masking_custom_patterns', message: 'expected text with one `LABEL: regex` per line' });
    } else {
      const r = parseCustomPatterns(src.masking_custom_patterns);
      errors.push(...r.errors);
      customPatterns = r.patterns;
    }
  }
  let allowTerms: readonly string[] = [];
  if (src.masking_allow_terms !== undefined && src.masking_allow_terms !== null) {
    if (typeof src.masking_allow_terms !== 'string') {
      errors.push({ settingId: 'masking_allow_terms', message: 'expected text with one term per line' });
    } else {
      allowTerms = parseAllowTerms(src.masking_allow_terms);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, policy: { style, maskLabels, blockLabels, customPatterns, allowTerms } };
}
