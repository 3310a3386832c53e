/**
 * npm run bench -- [--n 3000] [--seed 42] [--rounds 9]
 *
 * In one process run, on the same generated chat corpus:
 * 1. quality of the PHI Conduit engine (default policy) and redact-pii 3.4.0 (SyncRedactor, default
 *    settings) side by side;
 * 2. throughput of both (MB/s with MB = 10^6 bytes of UTF-8, messages/s), the engine as shipped (its
 *    esbuild bundle), with a floor in the same rounds (six plain regexes that mask nothing): warm-up,
 *    then rounds that rotate which tool goes first, median round time; the ratios engine / redact-pii
 *    and floor / redact-pii;
 * 3. the engine on 64 KiB adversarial messages, and a linearity check (1, 8 and 64 KiB; ns/char).
 * Timing covers each tool's own call (detect + mask); mapping results to spans is not timed.
 * Speed is measured here, never asserted in tests.
 */
import { baseline, loadEngine, loadRedactPii, runSafely, type Detector } from '../eval/detectors';
import { GENERATED_LABELS, generateCorpus } from '../eval/generator';
import { Rng } from '../eval/prng';
import { corpusSummary, pct, sideBySideTable, summaryTable, targets } from '../eval/report';
import { score } from '../eval/score';

interface Args { n: number; seed: number; rounds: number }

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { n: 3000, seed: 42, rounds: 9 };
  for (let i = 0; i < argv.length; i += 2) {
    const v = Number(argv[i + 1]);
    if (!Number.isInteger(v) || v <= 0) throw new Error(`${argv[i]} needs a positive integer`);
    if (argv[i] === '--n') args.n = v;
    else if (argv[i] === '--seed') args.seed = v;
    else if (argv[i] === '--rounds') args.rounds = v;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

const now = (): bigint => process.hrtime.bigint();
const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Keeps results observable so that no call is optimised away. */
let sink = 0;
function consume(result: unknown): void {
  if (typeof result === 'string') sink += result.length;
  else if (result && typeof result === 'object') sink += 1;
}

/** Nanoseconds to process every text once. */
function timeAll(detector: Detector, texts: readonly string[]): number {
  const t0 = now();
  for (const t of texts) consume(detector.process(t));
  return Number(now() - t0);
}

function timeOne(detector: Detector, text: string, repeat: number): number {
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = now();
    consume(detector.process(text));
    times.push(Number(now() - t0));
  }
  return median(times);
}

/** Adversarial inputs of `size` characters: long runs of near-misses for digit, e-mail, URL, date and name rules. */
export function adversarial(size: number, seed = 1): Record<string, string> {
  const rng = new Rng(seed);
  const fill = (unit: string) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  let mixed = '';
  const alphabet = '0123456789-./:@ +()#aAxX';
  while (mixed.length < size) mixed += alphabet[rng.int(0, alphabet.length - 1)];
  return {
    'digits': fill('9'),
    'digit-dash': fill('1-'),
    'digit-space': fill('12 '),
    'slashes': fill('1/'),
    'at-dots': fill('a.a@'),
    'url-ish': fill('http://a'),
    'hex-colons': fill('ab:'),
    'capitalised words': fill('Ann Lee '),
    'spaces': fill(' '),
    'mixed random': mixed,
  };
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const engine = loadEngine({ bundled: true });
  const ours: Detector = engine ?? { ...baseline, name: 'BASELINE (engine missing)' };
  if (!engine) console.error('src/core/engine.ts is not there yet: the regex baseline stands in for the engine.');
  const redact = loadRedactPii();

  const corpus = generateCorpus({ n: args.n, seed: args.seed });
  const texts = corpus.map((m) => m.text);
  const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t, 'utf8'), 0);
  console.log(`Corpus (seed ${args.seed}): ${corpusSummary(corpus)}\n`);

  // 1. Quality.
  const named = [ours, redact].map((d) => {
    const { predictions, failures } = runSafely(d, texts);
    if (failures > 0) console.log(`${d.name}: ${failures} messages threw (scored as fully masked)`);
    return { name: d.name, score: score(corpus, predictions, GENERATED_LABELS) };
  });
  console.log('Quality (recall = ≥ 50% of the entity covered by any label; recall= same label; P = precision, same label):\n');
  console.log(sideBySideTable(named, GENERATED_LABELS));
  console.log('');
  console.log(summaryTable(named));
  console.log(`\nTargets for ${ours.name}:\n${targets(named[0]!.score, GENERATED_LABELS).lines.join('\n')}`);

  // 2. Throughput. The six-regex baseline runs in the same rounds as a floor: it finds six easy
  // formats and masks nothing, so no detector doing this job can be expected to be faster.
  const floor: Detector = { ...baseline, name: 'floor: 6 plain regexes' };
  const detectors = [ours, redact, floor];
  for (let w = 0; w < 2; w++) for (const d of detectors) timeAll(d, texts);
  const rounds: number[][] = detectors.map(() => []);
  for (let r = 0; r < args.rounds; r++) {
    // each detector goes first, second and last equally often (caches warmed by the one before)
    const order = [0, 1, 2].map((k) => (k + r) % 3);
    for (const i of order) rounds[i]!.push(timeAll(detectors[i]!, texts));
  }
  console.log(`\nThroughput (${texts.length} messages, ${(bytes / 1e6).toFixed(3)} MB, ${args.rounds} rotating rounds after warm-up, median; single thread;`);
  console.log(`${ours.name} as shipped: the esbuild bundle of src/core, minified):`);
  const mbps = detectors.map((d, i) => {
    const ns = median(rounds[i]!);
    const mb = bytes / 1e6 / (ns / 1e9);
    const msgs = texts.length / (ns / 1e9);
    const spread = `${(Math.min(...rounds[i]!) / 1e6).toFixed(1)}–${(Math.max(...rounds[i]!) / 1e6).toFixed(1)} ms`;
    console.log(`  ${d.name.padEnd(26)} ${mb.toFixed(2).padStart(8)} MB/s  ${Math.round(msgs).toLocaleString('en-US').padStart(10)} messages/s  (round ${(ns / 1e6).toFixed(1)} ms, range ${spread})`);
    return mb;
  });
  const ratio = mbps[0]! / mbps[1]!;
  console.log(`  ratio ${ours.name} / ${redact.name}: ${ratio.toFixed(2)}×`);
  console.log(`  ratio ${floor.name} / ${redact.name}: ${(mbps[2]! / mbps[1]!).toFixed(2)}×; ${ours.name} / floor: ${(mbps[0]! / mbps[2]!).toFixed(3)}×`);
  console.log(`  ${mbps[0]! >= 25 ? 'PASS' : 'FAIL'}  ${mbps[0]!.toFixed(1)} MB/s ≥ 25 MB/s (the floor: ${mbps[2]!.toFixed(1)} MB/s)`);
  console.log(`  ${ratio >= 10 ? 'PASS' : 'FAIL'}  ${ratio.toFixed(1)}× ≥ 10× redact-pii (the floor: ${(mbps[2]! / mbps[1]!).toFixed(1)}×)`);

  console.log('\nLatency per message over the corpus (one pass each after the rounds above):');
  for (const d of [ours, redact]) {
    const each = texts.map((t) => {
      const t0 = now();
      consume(d.process(t));
      return Number(now() - t0);
    }).sort((a, b) => a - b);
    const q = (p: number) => `${(each[Math.min(each.length - 1, Math.floor(p * each.length))]! / 1000).toFixed(0)} µs`;
    console.log(`  ${d.name.padEnd(26)} p50 ${q(0.5)}   p90 ${q(0.9)}   p99 ${q(0.99)}   max ${(each[each.length - 1]! / 1000).toFixed(0)} µs`);
  }

  console.log('\nCost of one call on tiny messages (median of 501 calls):');
  for (const d of [ours, redact]) {
    const cost = ['', 'ok', 'ok thanks!', 'hi my name is Ana'].map((t) => `${JSON.stringify(t)} ${(timeOne(d, t, 501) / 1000).toFixed(1)} µs`);
    console.log(`  ${d.name.padEnd(26)} ${cost.join('   ')}`);
  }

  console.log(`\n${ours.name}: cost by kind of message (ns per character, median of 5 passes):`);
  const kinds = new Map<string, string[]>();
  for (const m of corpus) {
    const kind = `${m.lang} ${m.category.startsWith('NEG:') ? 'no PHI' : m.category}`;
    kinds.set(kind, [...(kinds.get(kind) ?? []), m.text]);
  }
  const costs = [...kinds.entries()].map(([kind, group]) => {
    const chars = group.reduce((a, t) => a + t.length, 0);
    const ns = median([0, 1, 2, 3, 4].map(() => timeAll(ours, group)));
    return { kind, perChar: ns / chars, n: group.length };
  }).sort((x, y) => y.perChar - x.perChar);
  for (const c of costs) console.log(`  ${c.kind.padEnd(20)} ${c.perChar.toFixed(0).padStart(7)} ns/char  (${c.n} messages)`);

  // 3. Adversarial input and linearity (engine only).
  console.log(`\n${ours.name} on 64 KiB adversarial messages (median of 3):`);
  let worst = 0;
  for (const [name, text] of Object.entries(adversarial(65536))) {
    const ns = timeOne(ours, text, 3);
    worst = Math.max(worst, ns);
    console.log(`  ${name.padEnd(18)} ${(ns / 1e6).toFixed(2).padStart(9)} ms  ${(ns / text.length).toFixed(0).padStart(6)} ns/char`);
  }
  console.log(`  worst ${(worst / 1e6).toFixed(2)} ms`);

  console.log('\nLinearity (ns/char; a flat row is linear):');
  const chat = texts.join(' ');
  const sizes = [1024, 8192, 65536];
  const rows: [string, (size: number) => string][] = [
    ['chat text', (size) => chat.repeat(Math.ceil(size / chat.length)).slice(0, size)],
    ['mixed random', (size) => adversarial(size)['mixed random']!],
    ['digit-dash', (size) => adversarial(size)['digit-dash']!],
    ['capitalised words', (size) => adversarial(size)['capitalised words']!],
  ];
  console.log(`  ${'input'.padEnd(18)} ${sizes.map((s) => `${s / 1024} KiB`.padStart(10)).join('')}   64K/1K`);
  for (const [name, make] of rows) {
    const perChar = sizes.map((size) => {
      const text = make(size);
      return timeOne(ours, text, size <= 8192 ? 21 : 5) / text.length;
    });
    console.log(`  ${name.padEnd(18)} ${perChar.map((x) => x.toFixed(0).padStart(10)).join('')}   ${(perChar[2]! / perChar[0]!).toFixed(2)}×`);
  }
  if (sink === -1) console.log(sink);
  console.log(`\nNode ${process.version}, ${pct(named[0]!.score.recall)} recall for ${ours.name} on this corpus.`);
}

if (require.main === module) main();
