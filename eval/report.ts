/**
 * Plain-text tables for scores, and the acceptance targets of the detection issue.
 */
import type { GoldMessage } from './generator';
import type { Score } from './score';

export const pct = (x: number, digits = 1): string => (Number.isNaN(x) ? '—' : `${(100 * x).toFixed(digits)}%`);

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

/** Labels whose recall target is 97% (checksum or format based); the others have 90%. */
export const FUZZY_LABELS: readonly string[] = ['PERSON', 'DATE', 'ADDRESS'];

export function perLabelTable(s: Score, labels: readonly string[]): string {
  const rows: string[][] = [['label', 'gold', 'recall', 'recall=', 'precision', 'F2', 'PHI left', 'predicted']];
  for (const label of labels) {
    const l = s.perLabel.find((x) => x.label === label);
    if (!l) continue;
    rows.push([label, String(l.gold), pct(l.recall), pct(l.recallExact), pct(l.precision), pct(l.f2), pct(l.phiCharsUnmasked / l.phiChars, 2), String(l.predicted)]);
  }
  const extra = s.perLabel.filter((l) => !labels.includes(l.label) && l.predicted > 0);
  for (const l of extra) rows.push([`(${l.label})`, '', '', '', pct(l.precision), '', '', String(l.predicted)]);
  rows.push(['ALL (micro)', String(s.perLabel.reduce((a, l) => a + l.gold, 0)), pct(s.recall), pct(s.recallExact), pct(s.precision), pct(s.f2), pct(s.phiCharsUnmasked / s.phiChars, 2), String(s.perLabel.reduce((a, l) => a + l.predicted, 0))]);
  return table(rows);
}

export function sideBySideTable(named: readonly { name: string; score: Score }[], labels: readonly string[]): string {
  const head = ['label', 'gold'];
  for (const { name } of named) head.push(`${name}: recall`, 'recall=', 'P', 'F2', 'PHI left');
  const rows: string[][] = [head];
  for (const label of labels) {
    const row = [label, String(named[0]!.score.perLabel.find((x) => x.label === label)?.gold ?? 0)];
    for (const { score } of named) {
      const l = score.perLabel.find((x) => x.label === label);
      row.push(l ? pct(l.recall) : '—', l ? pct(l.recallExact) : '—', l ? pct(l.precision) : '—', l ? pct(l.f2) : '—', l ? pct(l.phiCharsUnmasked / l.phiChars) : '—');
    }
    rows.push(row);
  }
  const all = ['ALL (micro)', String(named[0]!.score.perLabel.reduce((a, l) => a + l.gold, 0))];
  for (const { score } of named) all.push(pct(score.recall), pct(score.recallExact), pct(score.precision), pct(score.f2), pct(score.phiCharsUnmasked / score.phiChars));
  rows.push(all);
  return table(rows);
}

export function summaryTable(named: readonly { name: string; score: Score }[]): string {
  const rows: string[][] = [['', ...named.map((n) => n.name)]];
  rows.push(['PHI characters left unmasked (target ≤ 2%)', ...named.map((n) => pct(n.score.phiCharsUnmasked / n.score.phiChars, 2))]);
  rows.push(['non-PHI characters masked (target ≤ 1%)', ...named.map((n) => pct(n.score.nonPhiCharsMasked / n.score.nonPhiChars, 2))]);
  rows.push(['messages without PHI altered (target ≤ 3%)', ...named.map((n) => `${pct(n.score.cleanAltered / n.score.cleanMessages, 2)} (${n.score.cleanAltered}/${n.score.cleanMessages})`)]);
  rows.push(['entity recall, any label (micro)', ...named.map((n) => pct(n.score.recall))]);
  rows.push(['entity recall, exact label (micro)', ...named.map((n) => pct(n.score.recallExact))]);
  rows.push(['precision, exact label (micro)', ...named.map((n) => pct(n.score.precision))]);
  rows.push(['precision, any label (micro)', ...named.map((n) => pct(n.score.precisionAgnostic))]);
  return table(rows);
}

/** The quality targets, checked on a score; returns lines "PASS …" / "FAIL …". */
export function targets(s: Score, labels: readonly string[]): { ok: boolean; lines: string[] } {
  const lines: string[] = [];
  let ok = true;
  const check = (pass: boolean, what: string) => {
    ok &&= pass;
    lines.push(`${pass ? 'PASS' : 'FAIL'}  ${what}`);
  };
  check(s.phiCharsUnmasked / s.phiChars <= 0.02, `PHI characters left unmasked ${pct(s.phiCharsUnmasked / s.phiChars, 2)} ≤ 2%`);
  check(s.nonPhiCharsMasked / s.nonPhiChars <= 0.01, `non-PHI characters masked ${pct(s.nonPhiCharsMasked / s.nonPhiChars, 2)} ≤ 1%`);
  check(s.cleanAltered / s.cleanMessages <= 0.03, `messages without PHI altered ${pct(s.cleanAltered / s.cleanMessages, 2)} ≤ 3%`);
  for (const label of labels) {
    const l = s.perLabel.find((x) => x.label === label);
    if (!l || l.gold === 0) continue;
    const target = FUZZY_LABELS.includes(label) ? 0.9 : 0.97;
    check(l.recall >= target, `${label} recall ${pct(l.recall)} ≥ ${pct(target, 0)}`);
  }
  return { ok, lines };
}

export function corpusSummary(corpus: readonly GoldMessage[]): string {
  const bytes = corpus.reduce((a, m) => a + Buffer.byteLength(m.text, 'utf8'), 0);
  const en = corpus.filter((m) => m.lang === 'en').length;
  const clean = corpus.filter((m) => m.spans.length === 0).length;
  const entities = corpus.reduce((a, m) => a + m.spans.length, 0);
  const decoys = corpus.reduce((a, m) => a + m.decoys.length, 0);
  return `${corpus.length} messages (${pct(en / corpus.length, 0)} English, ${pct(1 - en / corpus.length, 0)} Spanish), ${clean} without PHI (${pct(clean / corpus.length, 0)}), ${entities} PHI entities, ${decoys} look-alike decoys, ${(bytes / 1024).toFixed(0)} KiB, mean ${(bytes / corpus.length).toFixed(0)} bytes/message`;
}
