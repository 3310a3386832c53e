/**
 * Profiling harness for the detection engine (not a benchmark against other tools: see bench/bench.ts).
 *
 *   npm run profile -- [--n 3000] [--seed 42] [--rounds 15]     time scan() on the generated corpus
 *   npm run profile -- --dump FILE [--n 3000]                  write every finding (label, range, rule,
 *                                                              score) and the masked text for a fixed
 *                                                              set of corpora, to diff before/after a change
 *   CPU profile with clean function names:
 *   npx esbuild bench/profile.ts --bundle --platform=node --outfile=/tmp/profile.js && \
 *     node --cpu-prof --cpu-prof-dir=/tmp/prof /tmp/profile.js --rounds 30
 */
import { writeFileSync } from 'node:fs';
import { createScanner, detect } from '../src/core/engine';
import { parsePolicy } from '../src/core/policy';
import { generateCorpus } from '../eval/generator';
import { Rng } from '../eval/prng';

interface Args { n: number; seed: number; rounds: number; dump?: string }

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { n: 3000, seed: 42, rounds: 15 };
  for (let i = 0; i < argv.length; i += 2) {
    const k = argv[i];
    const v = argv[i + 1];
    if (k === '--dump' && v !== undefined) args.dump = v;
    else if (k === '--n') args.n = Number(v);
    else if (k === '--seed') args.seed = Number(v);
    else if (k === '--rounds') args.rounds = Number(v);
    else throw new Error(`unknown argument ${String(k)}`);
  }
  return args;
}

/** The texts of one corpus plus case variants (lower, upper), which take other paths in the name rules. */
function texts(n: number, seed: number, variants: boolean): string[] {
  const base = generateCorpus({ n, seed }).map((m) => m.text);
  if (!variants) return base;
  return [...base, ...base.map((t) => t.toLowerCase()), ...base.map((t) => t.toUpperCase())];
}

/** The evaluation's seeded PRNG (mulberry32), so that the mixed inputs are the same on every run. */
function rng(seed: number): () => number {
  const r = new Rng(seed);
  return () => r.next();
}

/**
 * Messages spliced from pieces of generated ones with odd characters between them (other
 * whitespace, separators, accents, marks, astral letters, emoji, lone surrogates): edge cases for
 * tokenizers and gates that a faster path must treat exactly like the slower one.
 */
function mixed(n: number, seed: number): string[] {
  const base = generateCorpus({ n: 2000, seed }).map((m) => m.text);
  const odd = [' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '-', '.', '/', '(', ')', '+', ',', ':', '#', '@', "'", '\u2019',
    '\u0301', '\u00e9', '\u00d1', '\u00aa', '\u00ba', '\u0130', '\u212a', 'X', '[SSN]', '_', '\ud835\udc00', '\ud83d\udc4b', '\ud800', '1', '12', '-1', '9'];
  const next = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let t = '';
    const parts = 1 + Math.floor(next() * 4);
    for (let k = 0; k < parts; k++) {
      const src = pick(base);
      const a = Math.floor(next() * src.length);
      const b = Math.min(src.length, a + 5 + Math.floor(next() * 60));
      t += src.slice(a, b);
      const m = Math.floor(next() * 3);
      for (let j = 0; j < m; j++) t += pick(odd);
    }
    out.push(next() < 0.2 ? t.toUpperCase() : next() < 0.25 ? t.toLowerCase() : t);
  }
  return out;
}

/** Non-default policies for the dump: other styles, label subsets, blocking, allow terms, admin patterns. */
function policyScanners(): Array<ReturnType<typeof createScanner>> {
  const policies = [
    { masking_style: 'token', masking_labels: 'PERSON,DATE,PHONE,SSN,ADDRESS', masking_block_labels: 'CREDIT_CARD' },
    { masking_style: 'partial', masking_allow_terms: 'Mercy Hospital\nmain st', masking_custom_patterns: 'EMPLOYEE: EMP-\\d{6}' },
  ];
  return policies.map((p) => {
    const r = parsePolicy(p);
    if (!r.ok) throw new Error('bad policy in profile.ts');
    return createScanner(r.policy);
  });
}

function dump(file: string, n: number): void {
  const scanner = createScanner();
  const others = policyScanners();
  const lines: string[] = [];
  const sets = [42, 7, 1, 2, 3].map((seed) => texts(n, seed, true));
  sets.push(mixed(20000, 11), mixed(20000, 12));
  for (const set of sets) {
    for (const t of set) {
      const f = detect(t).map((x) => [x.type, x.start, x.end, x.ruleId, x.score]);
      const r = scanner.scan(t);
      const o = others.map((s) => {
        const x = s.scan(t);
        return [x.masked, x.blocked, x.blockedLabels, x.findings.length];
      });
      lines.push(JSON.stringify({ f, m: r.masked, o }));
    }
  }
  writeFileSync(file, lines.join('\n') + '\n');
  process.stdout.write(`${lines.length} messages written to ${file}\n`);
}

function time(args: Args): void {
  const corpus = texts(args.n, args.seed, false);
  const bytes = corpus.reduce((s, t) => s + Buffer.byteLength(t, 'utf8'), 0);
  const scanner = createScanner();
  let sink = 0;
  for (let w = 0; w < 3; w++) for (const t of corpus) sink += scanner.scan(t).findings.length;
  const rounds: number[] = [];
  for (let r = 0; r < args.rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (const t of corpus) sink += scanner.scan(t).findings.length;
    rounds.push(Number(process.hrtime.bigint() - t0));
  }
  rounds.sort((a, b) => a - b);
  const med = rounds[rounds.length >> 1] as number;
  const best = rounds[0] as number;
  const fmt = (ns: number): string =>
    `${(ns / 1000 / corpus.length).toFixed(2)} µs/msg, ${((bytes / ns) * 1000).toFixed(2)} MB/s`;
  process.stdout.write(
    `${corpus.length} messages, ${bytes} bytes (${(bytes / corpus.length).toFixed(1)} B/msg); ` +
      `median ${fmt(med)}; best ${fmt(best)} (sink ${sink})\n`,
  );
}

const args = parseArgs(process.argv.slice(2));
if (args.dump !== undefined) dump(args.dump, args.n);
else time(args);
