/**
 * The detectors the evaluation compares, behind one small interface:
 * - the PHI Conduit engine (src/core/engine.ts, default policy), loaded at run time;
 * - redact-pii's SyncRedactor with default settings, mapped back to spans by aligning its output;
 * - a trivial regex baseline, to test the pipeline end to end without the engine.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import type { Label } from '../src/core/types';
import type { PredSpan, Prediction } from './score';

export interface Detector {
  readonly name: string;
  /** Does the tool's work (detect and mask); this is what the benchmark times. */
  readonly process: (text: string) => unknown;
  /** Turns the result of process into spans for scoring (not timed). */
  readonly toPrediction: (text: string, result: unknown) => Prediction;
}

export function run(detector: Detector, text: string): Prediction {
  return detector.toPrediction(text, detector.process(text));
}

/**
 * Like run, but a detector that throws is scored as if it had withheld the whole message
 * (DESIGN.md: a scan that cannot complete never lets text through), and the failure is counted.
 */
export function runSafely(detector: Detector, texts: readonly string[]): { predictions: Prediction[]; failures: number } {
  let failures = 0;
  const predictions = texts.map((text) => {
    try {
      return run(detector, text);
    } catch {
      failures++;
      return { spans: [{ start: 0, end: text.length, type: 'ERROR' }], altered: true };
    }
  });
  return { predictions, failures };
}

// ---------------------------------------------------------------------------------------------
// PHI Conduit engine
// ---------------------------------------------------------------------------------------------

interface EngineFinding { readonly type: Label; readonly start: number; readonly end: number }
interface ScanResult { readonly findings: readonly EngineFinding[]; readonly masked: string | null; readonly blocked: boolean }
interface EngineModule { createScanner(policy?: unknown): { scan(text: string): ScanResult } }

/**
 * The engine with its default policy, or null when src/core/engine.ts does not exist yet.
 *
 * `bundled`: load the engine as the app ships it (esbuild bundle of src/core, es2022, minified, as
 * scripts/package.mjs builds the app) instead of through the TypeScript loader that runs this file.
 * The benchmark times it this way: what runs in Rocket.Chat is the bundle, and the same code run
 * through the loader measured about 1.5 times slower.
 */
export function loadEngine(options: { bundled?: boolean } = {}): Detector | null {
  const modulePath = path.join(__dirname, '..', 'src', 'core', 'engine');
  if (options.bundled && !existsSync(`${modulePath}.ts`)) return null;
  let mod: EngineModule;
  try {
    mod = (options.bundled ? requireBundled(`${modulePath}.ts`) : require(modulePath)) as EngineModule;
  } catch (e) {
    if ((e as { code?: string }).code === 'MODULE_NOT_FOUND' && String((e as Error).message).includes('engine')) return null;
    throw e;
  }
  const scanner = mod.createScanner();
  return {
    name: 'PHI Conduit',
    process: (text) => scanner.scan(text),
    toPrediction: (text, result) => {
      const r = result as ScanResult;
      return {
        spans: r.findings.map((f) => ({ start: f.start, end: f.end, type: f.type })),
        altered: r.blocked || r.masked !== text,
      };
    },
  };
}

/** Bundles one entry file the way the app is packaged (CommonJS, es2022, minified) and loads it. */
function requireBundled(entry: string): unknown {
  // esbuild is a devDependency (scripts/package.mjs); required here so that eval runs need it only for the bench
  const { buildSync } = require('esbuild') as typeof import('esbuild');
  const out = buildSync({
    entryPoints: [entry], bundle: true, format: 'cjs', platform: 'node', target: 'es2022', minify: true,
    write: false, logLevel: 'silent',
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'phi-bench-'));
  const file = path.join(dir, 'engine.js');
  writeFileSync(file, (out.outputFiles[0] as { text: string }).text);
  try {
    return require(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The same texts through the scan command (`npm run --silent scan`, DESIGN.md §4), in one batch:
 * checks that the command answers every line, in order, and gives its spans for scoring.
 */
export function runScanCli(texts: readonly string[]): Prediction[] {
  const input = texts.map((text, i) => JSON.stringify({ id: String(i), text })).join('\n') + '\n';
  const r = spawnSync('npm', ['run', '--silent', 'scan'], { cwd: path.join(__dirname, '..'), input, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`scan exited with ${r.status}: ${r.stderr}`);
  const lines = r.stdout.split('\n').filter((l) => l.trim() !== '');
  if (lines.length !== texts.length) throw new Error(`scan answered ${lines.length} lines for ${texts.length}`);
  return lines.map((line, i) => {
    const out = JSON.parse(line) as { id: unknown; spans?: PredSpan[]; masked?: string | null; blocked?: boolean; error?: string };
    if (out.id !== String(i)) throw new Error(`scan line ${i + 1} has id ${JSON.stringify(out.id)}`);
    if (out.error !== undefined || !Array.isArray(out.spans)) throw new Error(`scan line ${i + 1}: ${out.error ?? 'no spans'}`);
    return { spans: out.spans, altered: out.blocked === true || out.masked !== texts[i] };
  });
}

// ---------------------------------------------------------------------------------------------
// redact-pii
// ---------------------------------------------------------------------------------------------

/** redact-pii's default replacement tokens and the label each corresponds to. */
export const REDACT_PII_TOKENS: Readonly<Record<string, string>> = {
  US_SOCIAL_SECURITY_NUMBER: 'SSN', CREDIT_CARD_NUMBER: 'CREDIT_CARD', STREET_ADDRESS: 'ADDRESS', EMAIL_ADDRESS: 'EMAIL',
  PHONE_NUMBER: 'PHONE', PERSON_NAME: 'PERSON', IP_ADDRESS: 'IP_ADDRESS', CREDENTIALS: 'CREDENTIALS', PASSWORD: 'PASSWORD',
  USERNAME: 'USERNAME', ZIPCODE: 'ADDRESS', DIGITS: 'DIGITS', URL: 'URL',
};

const TOKENS = Object.keys(REDACT_PII_TOKENS).sort((a, b) => b.length - a.length);

/**
 * Which characters of `original` a token-replacing redactor changed, as spans typed by token.
 * Aligns `redacted` to `original` where a token stands for one or more original characters and
 * every other character must be equal (a dynamic programme over both strings, O(n·m)).
 */
export function alignRedaction(original: string, redacted: string, tokens: readonly string[] = TOKENS): { start: number; end: number; token: string }[] {
  const n = original.length;
  const m = redacted.length;
  const W = m + 1;
  // States: N (between tokens) and T (inside a token that ends at redacted index j).
  // parent codes: 0 unset, 1 literal from N(i-1,j-1), 2 token start from N(i-1, j-len), 3 token continue from T(i-1,j), 4 close from T(i,j)
  const pn = new Uint8Array((n + 1) * W);
  const pt = new Uint8Array((n + 1) * W);
  const tokAt: (string | undefined)[][] = [];
  for (let j = 0; j < m; j++) tokAt[j] = tokens.filter((t) => redacted.startsWith(t, j));
  const startLen = new Map<number, number>(); // T(i,j) started by a token of this length (for backtracking)
  pn[0] = 5; // root
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const k = i * W + j;
      if (pt[k] && !pn[k]) pn[k] = 4;
      if (!pn[k] && !pt[k]) continue;
      if (i === n) continue;
      const next = (i + 1) * W;
      if (pn[k]) {
        if (j < m && original[i] === redacted[j] && !pn[next + j + 1]) pn[next + j + 1] = 1;
        if (j < m) {
          for (const t of tokAt[j]!) {
            const jj = j + t!.length;
            if (!pt[next + jj]) {
              pt[next + jj] = 2;
              startLen.set(next + jj, t!.length);
            }
          }
        }
      }
      if (pt[k] && !pt[next + j]) pt[next + j] = 3;
    }
  }
  if (!pn[n * W + m]) return fallbackDiff(original, redacted);
  // Backtrack.
  const spans: { start: number; end: number; token: string }[] = [];
  let i = n;
  let j = m;
  let inToken = false;
  let tokenEnd = 0;
  while (i > 0 || j > 0) {
    const k = i * W + j;
    if (!inToken) {
      const p = pn[k];
      if (p === 1) { i--; j--; continue; }
      if (p === 4) { inToken = true; tokenEnd = i; continue; }
      break;
    }
    const p = pt[k];
    if (p === 3) { i--; continue; }
    if (p === 2) {
      const len = startLen.get(k)!;
      spans.push({ start: i - 1, end: tokenEnd, token: redacted.slice(j - len, j) });
      i--; j -= len; inToken = false;
      continue;
    }
    break;
  }
  return spans.reverse();
}

/** Common prefix and suffix kept, the middle counted as changed (used only if alignment fails). */
function fallbackDiff(original: string, redacted: string): { start: number; end: number; token: string }[] {
  let a = 0;
  while (a < original.length && a < redacted.length && original[a] === redacted[a]) a++;
  let b = 0;
  while (b < original.length - a && b < redacted.length - a && original[original.length - 1 - b] === redacted[redacted.length - 1 - b]) b++;
  return a + b >= original.length ? [] : [{ start: a, end: original.length - b, token: 'UNKNOWN' }];
}

export function loadRedactPii(): Detector {
  const { SyncRedactor } = require('redact-pii') as { SyncRedactor: new () => { redact(text: string): string } };
  const redactor = new SyncRedactor();
  return {
    name: 'redact-pii 3.4.0',
    process: (text) => redactor.redact(text),
    toPrediction: (text, result) => {
      const redacted = result as string;
      const spans: PredSpan[] = alignRedaction(text, redacted).map((s) => ({ start: s.start, end: s.end, type: REDACT_PII_TOKENS[s.token] ?? s.token }));
      return { spans, altered: redacted !== text };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Baseline
// ---------------------------------------------------------------------------------------------

const BASELINE: readonly (readonly [Label, RegExp])[] = [
  ['EMAIL', /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,5}/g],
  ['SSN', /\b\d{3}-\d{2}-\d{4}\b/g],
  ['PHONE', /\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b/g],
  ['DATE', /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g],
  ['URL', /https?:\/\/\S{1,200}/g],
  ['IP_ADDRESS', /\b\d{1,3}(?:\.\d{1,3}){3}\b/g],
];

/** A deliberately small regex detector: only there to exercise the pipeline. */
export const baseline: Detector = {
  name: 'baseline regexes',
  process: (text) => {
    const spans: PredSpan[] = [];
    for (const [type, re] of BASELINE) {
      for (const m of text.matchAll(re)) spans.push({ start: m.index!, end: m.index! + m[0].length, type });
    }
    return spans;
  },
  toPrediction: (_text, result) => {
    const spans = result as PredSpan[];
    return { spans, altered: spans.length > 0 };
  },
};
