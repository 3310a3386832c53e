/**
 * Scoring of predicted spans against the gold corpus.
 *
 * Definitions (docs/evaluation.md explains how to read them):
 * - A gold entity is FOUND (type-agnostic, "masked") when the predicted spans of ANY type together
 *   cover at least half of its characters; FOUND EXACTLY when the predicted spans of its own label
 *   do. Recall = found / gold entities.
 * - A predicted span is CORRECT when at least half of its characters lie inside gold spans of its
 *   label (type-exact precision) or of any label (type-agnostic precision).
 * - F2 = 5·P·R / (4·P + R) (recall weighs more than precision).
 * - Character level: share of PHI characters (inside gold spans) not covered by any prediction;
 *   share of non-PHI characters covered by a prediction; share of messages without PHI that the
 *   detector altered.
 */
import type { GoldMessage, GoldSpan } from './generator';

export interface PredSpan {
  readonly start: number;
  readonly end: number;
  /** A label, or another name for tools with their own vocabulary. */
  readonly type: string;
}

export interface Prediction {
  readonly spans: readonly PredSpan[];
  /** Whether the tool changed (or blocked) the message. */
  readonly altered: boolean;
}

export interface LabelScore {
  readonly label: string;
  readonly gold: number;
  readonly found: number;
  readonly foundExact: number;
  readonly predicted: number;
  readonly predictedCorrect: number;
  readonly recall: number;
  readonly recallExact: number;
  readonly precision: number;
  readonly f2: number;
  readonly phiChars: number;
  readonly phiCharsUnmasked: number;
}

export interface Score {
  readonly messages: number;
  readonly perLabel: readonly LabelScore[];
  /** Micro averages over all labels. */
  readonly recall: number;
  readonly recallExact: number;
  readonly precision: number;
  readonly precisionAgnostic: number;
  readonly f2: number;
  readonly phiChars: number;
  readonly phiCharsUnmasked: number;
  readonly nonPhiChars: number;
  readonly nonPhiCharsMasked: number;
  readonly cleanMessages: number;
  readonly cleanAltered: number;
}

export function f2(precision: number, recall: number): number {
  const d = 4 * precision + recall;
  return d === 0 ? 0 : (5 * precision * recall) / d;
}

const ratio = (a: number, b: number): number => (b === 0 ? NaN : a / b);

/** Characters of [start, end) covered by spans (which may overlap one another). */
export function coveredChars(start: number, end: number, spans: readonly { start: number; end: number }[]): number {
  const cover = new Uint8Array(Math.max(0, end - start));
  for (const s of spans) {
    for (let i = Math.max(start, s.start); i < Math.min(end, s.end); i++) cover[i - start] = 1;
  }
  let n = 0;
  for (const v of cover) n += v;
  return n;
}

/** Entity-level matching for one message. */
export function matchMessage(gold: readonly GoldSpan[], pred: readonly PredSpan[]): {
  goldFound: boolean[];
  goldFoundExact: boolean[];
  predCorrect: boolean[];
  predCorrectAgnostic: boolean[];
} {
  const goldFound = gold.map((g) => coveredChars(g.start, g.end, pred) * 2 >= g.end - g.start);
  const goldFoundExact = gold.map((g) => coveredChars(g.start, g.end, pred.filter((p) => p.type === g.type)) * 2 >= g.end - g.start);
  const predCorrect = pred.map((p) => coveredChars(p.start, p.end, gold.filter((g) => g.type === p.type)) * 2 >= p.end - p.start);
  const predCorrectAgnostic = pred.map((p) => coveredChars(p.start, p.end, gold) * 2 >= p.end - p.start);
  return { goldFound, goldFoundExact, predCorrect, predCorrectAgnostic };
}

export function score(corpus: readonly GoldMessage[], predictions: readonly Prediction[], labels: readonly string[]): Score {
  if (corpus.length !== predictions.length) throw new Error('one prediction per message is required');
  const acc = new Map<string, { gold: number; found: number; foundExact: number; predicted: number; predictedCorrect: number; phiChars: number; phiCharsUnmasked: number }>();
  const get = (label: string) => {
    let a = acc.get(label);
    if (!a) acc.set(label, (a = { gold: 0, found: 0, foundExact: 0, predicted: 0, predictedCorrect: 0, phiChars: 0, phiCharsUnmasked: 0 }));
    return a;
  };
  for (const l of labels) get(l);
  let predictedAll = 0;
  let predictedCorrectAgnostic = 0;
  let phiChars = 0;
  let phiCharsUnmasked = 0;
  let nonPhiChars = 0;
  let nonPhiCharsMasked = 0;
  let cleanMessages = 0;
  let cleanAltered = 0;

  corpus.forEach((msg, i) => {
    const pred = predictions[i]!;
    const m = matchMessage(msg.spans, pred.spans);
    msg.spans.forEach((g, j) => {
      const a = get(g.type);
      a.gold++;
      if (m.goldFound[j]) a.found++;
      if (m.goldFoundExact[j]) a.foundExact++;
      const len = g.end - g.start;
      const unmasked = len - coveredChars(g.start, g.end, pred.spans);
      a.phiChars += len;
      a.phiCharsUnmasked += unmasked;
    });
    pred.spans.forEach((p, j) => {
      const a = get(p.type);
      a.predicted++;
      if (m.predCorrect[j]) a.predictedCorrect++;
      predictedAll++;
      if (m.predCorrectAgnostic[j]) predictedCorrectAgnostic++;
    });
    // Character level.
    const isPhi = new Uint8Array(msg.text.length);
    for (const g of msg.spans) isPhi.fill(1, g.start, g.end);
    const isMasked = new Uint8Array(msg.text.length);
    for (const p of pred.spans) isMasked.fill(1, Math.max(0, p.start), Math.min(msg.text.length, p.end));
    for (let k = 0; k < msg.text.length; k++) {
      if (isPhi[k]) {
        phiChars++;
        if (!isMasked[k]) phiCharsUnmasked++;
      } else {
        nonPhiChars++;
        if (isMasked[k]) nonPhiCharsMasked++;
      }
    }
    if (msg.spans.length === 0) {
      cleanMessages++;
      if (pred.altered) cleanAltered++;
    }
  });

  const perLabel: LabelScore[] = [...acc.entries()].map(([label, a]) => {
    const precision = ratio(a.predictedCorrect, a.predicted);
    const recallExact = ratio(a.foundExact, a.gold);
    return {
      label, ...a, recall: ratio(a.found, a.gold), recallExact, precision,
      f2: f2(Number.isNaN(precision) ? 0 : precision, Number.isNaN(recallExact) ? 0 : recallExact),
    };
  });
  const sum = (k: 'gold' | 'found' | 'foundExact' | 'predictedCorrect') => perLabel.reduce((s, l) => s + l[k], 0);
  const precision = ratio(sum('predictedCorrect'), predictedAll);
  const recallExact = ratio(sum('foundExact'), sum('gold'));
  return {
    messages: corpus.length, perLabel, recall: ratio(sum('found'), sum('gold')), recallExact, precision,
    precisionAgnostic: ratio(predictedCorrectAgnostic, predictedAll), f2: f2(precision || 0, recallExact || 0),
    phiChars, phiCharsUnmasked, nonPhiChars, nonPhiCharsMasked, cleanMessages, cleanAltered,
  };
}

// ---------------------------------------------------------------------------------------------
// Error analysis
// ---------------------------------------------------------------------------------------------

/** Short words that carry the form of an entity and are kept as they are in shapes. */
const FORM_WORDS = new Set(['de', 'del', 'of', 'the', 'at', 'dot', 'punto', 'arroba', 'el', 'la', 'no', 'apt', 'int', 'col', 'ext', 'st', 'y', 'and', 'po', 'box', 'c', 'p', 'x', 'nd', 'rd', 'th', 'ro']);

/**
 * A coarse shape of a text to group errors: digit runs → 9, capitalised words → A, lower-case words
 * → a (runs of words collapse to one letter and …), form words ("de", "of", "at", "apt") kept.
 */
export function shape(text: string): string {
  const out: string[] = [];
  for (const tok of text.match(/\p{L}+|\d+|\s+|[^\p{L}\d\s]/gu) ?? []) {
    let t: string;
    if (/^\p{L}/u.test(tok)) t = FORM_WORDS.has(tok.toLowerCase()) ? tok.toLowerCase() : /^\p{Lu}/u.test(tok) ? 'A' : 'a';
    else if (/^\d/.test(tok)) t = '9';
    else if (/^\s/.test(tok)) t = ' ';
    else t = tok;
    const n = out.length;
    if ((t === 'A' || t === 'a') && n >= 2 && out[n - 1] === ' ' && /^a…?$/i.test(out[n - 2]!)) {
      out.pop();
      out[n - 2] = out[n - 2]!.replace(/…?$/, '…');
      continue;
    }
    out.push(t);
  }
  return out.join('');
}

/** The words just before a span (its context), lower case. */
function before(text: string, start: number): string {
  const words = text.slice(Math.max(0, start - 40), start).split(/\s+/).filter((w) => w !== '');
  return words.slice(-2).join(' ').toLowerCase();
}

export interface ErrorItem {
  readonly kind: 'missed' | 'wrong-label' | 'partial' | 'false-positive';
  readonly label: string;
  readonly predictedLabel?: string;
  readonly id: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Grouping key: label, kind and shape (or decoy kind for false positives). */
  readonly group: string;
}

/** Every error of one message, for dumps and for the ranking of error groups. */
export function messageErrors(msg: GoldMessage, pred: Prediction): ErrorItem[] {
  const out: ErrorItem[] = [];
  const m = matchMessage(msg.spans, pred.spans);
  msg.spans.forEach((g, j) => {
    const surface = msg.text.slice(g.start, g.end);
    const base = { id: msg.id, text: msg.text, start: g.start, end: g.end, label: g.type };
    if (!m.goldFound[j]) {
      out.push({ ...base, kind: 'missed', group: `${g.type} missed: ${msg.lang} "${shape(surface)}"` });
    } else if (!m.goldFoundExact[j]) {
      const other = pred.spans.find((p) => p.start < g.end && p.end > g.start);
      out.push({ ...base, kind: 'wrong-label', predictedLabel: other?.type, group: `${g.type} reported as ${other?.type ?? '?'}` });
    } else if (coveredChars(g.start, g.end, pred.spans) < g.end - g.start) {
      out.push({ ...base, kind: 'partial', group: `${g.type} partly masked: ${msg.lang} "${shape(surface)}"` });
    }
  });
  pred.spans.forEach((p, j) => {
    if (m.predCorrectAgnostic[j]) return;
    const decoy = msg.decoys.find((d) => d.start < p.end && d.end > p.start);
    const surface = msg.text.slice(p.start, p.end);
    const what = decoy ? `decoy ${decoy.kind}` : `"${shape(surface)}" after "${shape(before(msg.text, p.start))}"`;
    out.push({ kind: 'false-positive', label: p.type, id: msg.id, text: msg.text, start: p.start, end: p.end, group: `${p.type} false positive on ${what} (${msg.lang})` });
  });
  return out;
}

/** Error groups sorted by size. */
export function errorGroups(corpus: readonly GoldMessage[], predictions: readonly Prediction[]): { group: string; count: number; example: ErrorItem }[] {
  const groups = new Map<string, { count: number; example: ErrorItem }>();
  corpus.forEach((msg, i) => {
    for (const e of messageErrors(msg, predictions[i]!)) {
      const g = groups.get(e.group);
      if (g) g.count++;
      else groups.set(e.group, { count: 1, example: e });
    }
  });
  return [...groups.entries()].map(([group, v]) => ({ group, ...v })).sort((a, b) => b.count - a.count || a.group.localeCompare(b.group));
}

/** The message with the error range bracketed, shortened around it. */
export function showInContext(e: ErrorItem, width = 60): string {
  const from = Math.max(0, e.start - width);
  const to = Math.min(e.text.length, e.end + width);
  const s = `${from > 0 ? '…' : ''}${e.text.slice(from, e.start)}⟦${e.text.slice(e.start, e.end)}⟧${e.text.slice(e.end, to)}${to < e.text.length ? '…' : ''}`;
  return s.replace(/\n/g, '⏎');
}

/** For each kind of look-alike: how many there are and how many a prediction touched. */
export function decoyHits(corpus: readonly GoldMessage[], predictions: readonly Prediction[]): { kind: string; total: number; hit: number }[] {
  const acc = new Map<string, { total: number; hit: number }>();
  corpus.forEach((msg, i) => {
    for (const d of msg.decoys) {
      const a = acc.get(d.kind) ?? { total: 0, hit: 0 };
      a.total++;
      if (predictions[i]!.spans.some((p) => p.start < d.end && d.start < p.end)) a.hit++;
      acc.set(d.kind, a);
    }
  });
  return [...acc.entries()].map(([kind, a]) => ({ kind, ...a })).sort((x, y) => y.hit / y.total - x.hit / x.total || x.kind.localeCompare(y.kind));
}
