/**
 * npm run eval -- [--n 3000] [--seed 42] [--templates default|holdout|blind2 … blind18] [--detector engine|scan-cli|redact-pii|baseline] [--errors LABEL|FP|ALL]
 *                 [--top 25] [--max 20]
 *
 * Generates the labelled corpus, runs the detector (the engine with its default policy unless told
 * otherwise), scores it and prints the per-label table, the targets and the largest error groups.
 * With --errors LABEL it also prints missed and false-positive examples for that label.
 * Exit code: 0 when every target is met, 1 otherwise, 2 on bad arguments.
 */
import { baseline, loadEngine, loadRedactPii, runSafely, runScanCli, type Detector } from './detectors';
import { DEFAULT_TEMPLATES, GENERATED_LABELS, generateCorpus, type GoldMessage } from './generator';
import { BLIND2_TEMPLATES } from './blind2';
import { BLIND3_TEMPLATES } from './blind3';
import { BLIND4_TEMPLATES } from './blind4';
import { BLIND5_TEMPLATES } from './blind5';
import { BLIND6_TEMPLATES } from './blind6';
import { BLIND7_TEMPLATES } from './blind7';
import { BLIND8_TEMPLATES } from './blind8';
import { BLIND9_TEMPLATES } from './blind9';
import { BLIND10_TEMPLATES } from './blind10';
import { BLIND11_TEMPLATES } from './blind11';
import { BLIND12_TEMPLATES } from './blind12';
import { BLIND13_TEMPLATES } from './blind13';
import { BLIND14_TEMPLATES } from './blind14';
import { BLIND15_TEMPLATES } from './blind15';
import { BLIND16_TEMPLATES } from './blind16';
import { BLIND17_TEMPLATES } from './blind17';
import { BLIND18_TEMPLATES } from './blind18';
import { HOLDOUT_TEMPLATES } from './holdout';
import type { TemplateSet } from './generator';
import { corpusSummary, pct, perLabelTable, summaryTable, targets } from './report';
import { decoyHits, errorGroups, messageErrors, score, showInContext, type Prediction } from './score';

/** The template sets by name: the default, the holdout, and the sets written blind (see docs/evaluation.md). */
export const TEMPLATE_SETS: Readonly<Record<string, TemplateSet>> = {
  default: DEFAULT_TEMPLATES, holdout: HOLDOUT_TEMPLATES, blind2: BLIND2_TEMPLATES, blind3: BLIND3_TEMPLATES,
  blind4: BLIND4_TEMPLATES, blind5: BLIND5_TEMPLATES, blind6: BLIND6_TEMPLATES, blind7: BLIND7_TEMPLATES,
  blind8: BLIND8_TEMPLATES, blind9: BLIND9_TEMPLATES, blind10: BLIND10_TEMPLATES, blind11: BLIND11_TEMPLATES,
  blind12: BLIND12_TEMPLATES, blind13: BLIND13_TEMPLATES, blind14: BLIND14_TEMPLATES, blind15: BLIND15_TEMPLATES,
  blind16: BLIND16_TEMPLATES, blind17: BLIND17_TEMPLATES, blind18: BLIND18_TEMPLATES,
};

export interface Args {
  n: number;
  seed: number;
  detector: string;
  /** A key of TEMPLATE_SETS. */
  templates: string;
  errors?: string;
  top: number;
  max: number;
}

export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { n: 3000, seed: 42, detector: 'engine', templates: 'default', top: 25, max: 20 };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    const value = argv[i + 1];
    const num = () => {
      const v = Number(value);
      if (!Number.isInteger(v) || v < 0) throw new Error(`${key} needs a non-negative integer`);
      i++;
      return v;
    };
    if (key === '--n') args.n = num();
    else if (key === '--seed') args.seed = num();
    else if (key === '--top') args.top = num();
    else if (key === '--max') args.max = num();
    else if (key === '--detector' && value) { args.detector = value; i++; }
    else if (key === '--templates' && value !== undefined && Object.hasOwn(TEMPLATE_SETS, value)) { args.templates = value; i++; }
    else if (key === '--errors' && value) { args.errors = value.toUpperCase(); i++; }
    else throw new Error(`unknown argument ${key}`);
  }
  return args;
}

function pickDetector(name: string): Detector {
  if (name === 'baseline') return baseline;
  if (name === 'redact-pii') return loadRedactPii();
  if (name === 'engine') {
    const engine = loadEngine();
    if (engine) return engine;
    console.error('src/core/engine.ts is not there yet: using the regex baseline instead.');
    return baseline;
  }
  throw new Error(`unknown detector ${name}`);
}

/** Runs a detector on a corpus and prints everything; returns whether every target is met. */
export function evaluate(corpus: readonly GoldMessage[], corpusName: string, args: Pick<Args, 'detector' | 'errors' | 'top' | 'max'>): boolean {
  let detector: { name: string };
  let predictions: Prediction[];
  if (args.detector === 'scan-cli') {
    detector = { name: 'npm run scan' };
    predictions = runScanCli(corpus.map((m) => m.text));
  } else {
    const d = pickDetector(args.detector);
    detector = d;
    const r = runSafely(d, corpus.map((m) => m.text));
    predictions = r.predictions;
    if (r.failures > 0) console.log(`${d.name} threw on ${r.failures} messages (scored as withheld)`);
  }
  const s = score(corpus, predictions, GENERATED_LABELS);

  console.log(`Corpus (${corpusName}): ${corpusSummary(corpus)}`);
  console.log(`Detector: ${detector.name}\n`);
  console.log(perLabelTable(s, GENERATED_LABELS));
  console.log('\nrecall = gold entities ≥ 50% covered by predictions of any label; recall= by predictions of the same label;');
  console.log('precision = predictions ≥ 50% inside gold spans of their label; PHI left = share of the label\'s characters not covered.\n');
  console.log(summaryTable([{ name: detector.name, score: s }]));
  for (const lang of ['en', 'es'] as const) {
    const idx = corpus.flatMap((m, i) => (m.lang === lang ? [i] : []));
    const sl = score(idx.map((i) => corpus[i]!), idx.map((i) => predictions[i]!), GENERATED_LABELS);
    console.log(`${lang}: recall ${pct(sl.recall)}, PHI left ${pct(sl.phiCharsUnmasked / sl.phiChars, 2)}, non-PHI masked ${pct(sl.nonPhiCharsMasked / sl.nonPhiChars, 2)}, clean altered ${pct(sl.cleanAltered / sl.cleanMessages, 2)}`);
  }
  const hits = decoyHits(corpus, predictions);
  console.log(`\nLook-alikes touched by a prediction: ${hits.map((h) => `${h.kind} ${h.hit}/${h.total}`).join(', ')}`);
  const t = targets(s, GENERATED_LABELS);
  console.log(`\nTargets:\n${t.lines.join('\n')}`);

  const groups = errorGroups(corpus, predictions);
  console.log(`\nLargest error groups (${groups.length} groups; --errors LABEL for examples):`);
  for (const g of groups.slice(0, args.top)) console.log(`${String(g.count).padStart(5)}  ${g.group}\n       e.g. ${showInContext(g.example, 50)}`);

  if (args.errors) {
    const wanted = args.errors;
    const items = corpus.flatMap((m, i) => messageErrors(m, predictions[i]!)).filter((e) => wanted === 'ALL' || (wanted === 'FP' ? e.kind === 'false-positive' : e.label === wanted));
    for (const kind of ['missed', 'wrong-label', 'partial', 'false-positive'] as const) {
      const list = items.filter((e) => e.kind === kind);
      if (list.length === 0) continue;
      console.log(`\n== ${wanted}: ${kind} (${list.length}) ==`);
      for (const e of list.slice(0, args.max)) console.log(`  [${e.id}]${e.predictedLabel ? ` as ${e.predictedLabel}` : ''} ${showInContext(e)}`);
    }
  }
  return t.ok;
}

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  const templates = TEMPLATE_SETS[args.templates] as TemplateSet;
  const corpus = generateCorpus({ n: args.n, seed: args.seed, templates });
  return evaluate(corpus, `${args.templates} templates, seed ${args.seed}`, args) ? 0 : 1;
}

if (require.main === module) process.exitCode = main();
