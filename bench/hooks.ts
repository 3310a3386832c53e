/**
 * npm run bench:hooks -- [--n 2000] [--seed 7] [--cycles 2] [--warmup 300]
 *
 * The per-message latency of the message hooks on the embedded host (the real Apps-Engine runtime,
 * the app in a Deno subprocess; docs/embedded-host.md), PHI Conduit against peer apps that
 * implement the same interfaces with the same check/execute methods, in ONE process run, over the
 * same generated messages (docs/performance.md, "Message hooks", says how to read it):
 *
 * 1. packages PHI Conduit (scripts/package.mjs) and builds two peers (bench/fixtures): the no-op
 *    app (every check* false, so no execute call) and the no-op-modify app (the same, except that
 *    checkPreMessageSentModify is true, so the engine also makes the execute call PHI Conduit makes
 *    for each message it masks; execute hands the message back unchanged);
 * 2. generates `n` chat messages with the seeded evaluation generator (eval/generator.ts: English
 *    and Spanish, with and without PHI) plus `warmup` other messages;
 * 3. runs `cycles` × 3 rounds, interleaved noop, phi, noop-modify, then reversed (ABC CBA: a linear
 *    drift of the shared machine weighs on every app alike). Each round: a fresh host (AppManager
 *    is one per process), the zip installed with its settings at their defaults, one livechat room,
 *    the warm-up messages, then the `n` messages one after another from the visitor; each
 *    host.sendMessage (Prevent → Modify → store → IPostMessageSent, post hooks awaited) is timed
 *    with hrtime;
 * 4. reports, pooled over rounds: both distributions, the added cost per percentile
 *    (PHI Conduit − no-op) and its ratio to the no-op round trip; the part of it that is PHI
 *    Conduit's own work (PHI Conduit − the "matched peer": the no-op app's samples for the messages
 *    PHI Conduit leaves unchanged, the no-op-modify app's for those it masks); the split by masked /
 *    unchanged messages; and, in Node, the pure cost of the hook's own work per message
 *    (createScanner once, then scanMessage as MessageGuard calls it), which bounds that work in Deno.
 *
 * Prints tables; writes the JSON result to bench/results/hooks-latest.json (not committed).
 * Speed is measured here, never asserted in tests. The machine is shared: read the ratios.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';

import { SETTINGS } from '../src/adapters/settings/definitions';
import { scanMessage } from '../src/core/chat/maskMessage';
import { parseMaskingConfig, type SettingValues } from '../src/core/config';
import { createScanner } from '../src/core/engine';
import { generateCorpus, type GoldMessage } from '../eval/generator';
import { EmbeddedHost } from '../test/host/EmbeddedHost';
import { buildNoopZip } from './fixtures/buildNoop';

const root = path.resolve(__dirname, '..');

interface Args { n: number; seed: number; cycles: number; warmup: number }

function parseArgs(argv: readonly string[]): Args {
    const args: Args = { n: 2000, seed: 7, cycles: 2, warmup: 300 };
    for (let i = 0; i < argv.length; i += 2) {
        const v = Number(argv[i + 1]);
        if (!Number.isInteger(v) || v < 0) throw new Error(`${argv[i]} needs a non-negative integer`);
        if (argv[i] === '--n') args.n = v;
        else if (argv[i] === '--seed') args.seed = v;
        else if (argv[i] === '--cycles') args.cycles = v;
        else if (argv[i] === '--warmup') args.warmup = v;
        else throw new Error(`unknown argument ${argv[i]}`);
    }
    if (args.n < 100 || args.cycles < 1) throw new Error('--n must be ≥ 100 and --cycles ≥ 1');
    return args;
}

// ---------------------------------------------------------------------------------------------
// Statistics
// ---------------------------------------------------------------------------------------------

interface Dist { n: number; p50: number; p90: number; p99: number; max: number; mean: number; perSecond: number }

/** Nearest-rank percentile of a sorted array. */
function percentile(sorted: readonly number[], p: number): number {
    return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Distribution of latencies in ms; perSecond = messages per second sent one after another. */
function dist(xs: readonly number[]): Dist {
    const s = [...xs].sort((a, b) => a - b);
    const sum = s.reduce((a, b) => a + b, 0);
    return { n: s.length, p50: percentile(s, 50), p90: percentile(s, 90), p99: percentile(s, 99), max: s[s.length - 1]!, mean: sum / s.length, perSecond: s.length / (sum / 1000) };
}

const median = (xs: readonly number[]): number => percentile([...xs].sort((a, b) => a - b), 50);
const r3 = (x: number): number => Math.round(x * 1000) / 1000;
const PCTS = ['p50', 'p90', 'p99', 'max', 'mean'] as const;

function minus(a: Dist, b: Dist): Record<(typeof PCTS)[number], number> {
    return Object.fromEntries(PCTS.map((k) => [k, a[k] - b[k]])) as Record<(typeof PCTS)[number], number>;
}

// ---------------------------------------------------------------------------------------------
// One round on the embedded host
// ---------------------------------------------------------------------------------------------

type AppKind = 'noop' | 'phi' | 'noop-modify';

interface Round {
    app: AppKind;
    index: number;
    installMs: number;
    latenciesMs: number[];
    /** Per measured message: did the stored text differ from what was sent. */
    changed: boolean[];
    notStored: number;
    hostErrors: number;
    /**
     * Per measured message: the time spent inside the Deno process by its calls into the app, as the
     * runtime itself reports it with each result (ILoggerStorageEntry.totalTime: from routing the
     * request to building the response; Date-based, so whole milliseconds), summed over the calls.
     */
    denoMs: number[];
    /** Per measured message: the number of calls into the app. */
    calls: number[];
    /** totalTime of every measured call, by method ("app:checkPreMessageSentModify" ...). */
    byMethod: Map<string, number[]>;
}

interface LogRecord { method?: string; totalTime?: number }

async function runRound(app: AppKind, index: number, zipPath: string, warmup: readonly GoldMessage[], messages: readonly GoldMessage[]): Promise<Round> {
    const host = await EmbeddedHost.start();
    try {
        const t0 = process.hrtime.bigint();
        await host.installZip(zipPath);
        const installMs = Number(process.hrtime.bigint() - t0) / 1e6;
        const agent = host.createUser({ username: 'agent.bench', name: 'Bench Agent', roles: ['user', 'livechat-agent'] });
        const room = host.createLivechatRoom({ visitor: { name: 'Bench visitor' }, agent });
        const visitor = host.state.visitors.get(room.visitor.id!)!;
        const send = (text: string) => host.sendMessage({ roomId: room.id, sender: { visitor }, text });

        for (const m of warmup) await send(m.text);

        // The engine stores each call's log entry (with totalTime) before it hands the result on.
        const logRecords = (host.manager.getLogStorage() as unknown as { raw: LogRecord[] }).raw;
        const latenciesMs: number[] = new Array(messages.length);
        const changed: boolean[] = new Array(messages.length);
        const denoMs: number[] = new Array(messages.length);
        const calls: number[] = new Array(messages.length);
        const byMethod = new Map<string, number[]>();
        let notStored = 0;
        for (let i = 0; i < messages.length; i++) {
            const text = messages[i]!.text;
            const before = logRecords.length;
            const t = process.hrtime.bigint();
            const r = await send(text);
            latenciesMs[i] = Number(process.hrtime.bigint() - t) / 1e6;
            if (!r.stored) notStored++;
            changed[i] = r.stored?.text !== text;
            const mine = logRecords.slice(before);
            denoMs[i] = mine.reduce((a, l) => a + (l.totalTime ?? 0), 0);
            calls[i] = mine.length;
            for (const l of mine) {
                const key = l.method ?? '?';
                if (!byMethod.has(key)) byMethod.set(key, []);
                byMethod.get(key)!.push(l.totalTime ?? 0);
            }
        }
        return { app, index, installMs, latenciesMs, changed, notStored, hostErrors: host.errors.length, denoMs, calls, byMethod };
    } finally {
        await host.stop();
    }
}

// ---------------------------------------------------------------------------------------------
// The hook's own work in Node
// ---------------------------------------------------------------------------------------------

interface ScanCost {
    perScanUs: Dist; perMessageUs: Dist; perMessageBestUs: Dist; masked: number; passes: number;
    /** Garbage collections of this process during the timed passes (perf_hooks). */
    gc: { count: number; totalMs: number; maxMs: number };
}

/** scanMessage with the scanner of the default settings, as MessageGuard calls it. */
async function inProcessScanCost(messages: readonly GoldMessage[], passes: number): Promise<ScanCost> {
    const defaults = Object.fromEntries(SETTINGS.map((s) => [s.id, s.packageValue])) as SettingValues;
    const parsed = parseMaskingConfig(defaults);
    if (!parsed.ok) throw new Error(`default settings do not parse: ${JSON.stringify(parsed.errors)}`);
    const scanner = createScanner(parsed.value.policy);
    const contents = messages.map((m) => ({ text: m.text }));
    let sink = 0;
    // Warm-up: two passes over everything (JIT, regex compilation).
    for (let w = 0; w < 2; w++) for (const c of contents) sink += scanMessage(c, scanner).changed ? 1 : 0;
    const perScan: number[] = [];
    const perMessage: number[] = [];
    const best: number[] = contents.map(() => Infinity);
    const gcMs: number[] = [];
    const observer = new PerformanceObserver((list) => { for (const e of list.getEntries()) gcMs.push(e.duration); });
    await new Promise((r) => setTimeout(r, 10)); // let the warm-up's GC entries go by
    observer.observe({ entryTypes: ['gc'] });
    let masked = 0;
    for (let p = 0; p < passes; p++) {
        contents.forEach((c, i) => {
            // checkPreMessageSentModify: one scan; executePreMessageSentModify (only when it must change): one more.
            const t0 = process.hrtime.bigint();
            const first = scanMessage(c, scanner);
            const t1 = process.hrtime.bigint();
            let t2 = t1;
            if (first.changed || first.blockedLabels.length > 0) {
                const second = scanMessage(c, scanner);
                t2 = process.hrtime.bigint();
                sink += second.content.text?.length ?? 0;
                if (p === 0) masked++;
            }
            const us = Number(t2 - t0) / 1e3;
            perScan.push(Number(t1 - t0) / 1e3);
            perMessage.push(us);
            best[i] = Math.min(best[i]!, us);
        });
    }
    await new Promise((r) => setTimeout(r, 10)); // GC entries are delivered asynchronously
    observer.disconnect();
    if (sink < 0) console.log(sink);
    const gc = { count: gcMs.length, totalMs: gcMs.reduce((a, b) => a + b, 0), maxMs: Math.max(0, ...gcMs) };
    return { perScanUs: dist(perScan), perMessageUs: dist(perMessage), perMessageBestUs: dist(best), masked, passes, gc };
}

// ---------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------

const pad = (s: string, w: number): string => s.padStart(w);
const f2 = (x: number): string => x.toFixed(2);

function row(name: string, d: Dist): string {
    return `${name.padEnd(22)}${pad(String(d.n), 6)}${pad(f2(d.p50), 9)}${pad(f2(d.p90), 9)}${pad(f2(d.p99), 9)}${pad(f2(d.max), 9)}${pad(f2(d.mean), 9)}${pad(d.perSecond.toFixed(0), 9)}`;
}

function addedRow(name: string, a: Record<string, number>): string {
    const s = (x: number) => (x >= 0 ? '+' : '') + f2(x);
    return `${name.padEnd(22)}${pad('', 6)}${pad(s(a.p50!), 9)}${pad(s(a.p90!), 9)}${pad(s(a.p99!), 9)}${pad(s(a.max!), 9)}${pad(s(a.mean!), 9)}`;
}

const HEADER = `${''.padEnd(22)}${pad('n', 6)}${pad('p50', 9)}${pad('p90', 9)}${pad('p99', 9)}${pad('max', 9)}${pad('mean', 9)}${pad('msg/s', 9)}`;

type PctKey = (typeof PCTS)[number];
const ratio = (a: Record<PctKey, number>, b: Dist) =>
    Object.fromEntries(PCTS.map((k) => [k, a[k] / b[k]])) as Record<PctKey, number>;

async function main(): Promise<void> {
    const args = parseArgs(process.argv.slice(2));
    const out = (line = '') => process.stdout.write(`${line}\n`);

    // 1. The apps: PHI Conduit as it ships, and the two peers built to mirror its app.json.
    const packaged = execFileSync('node', ['scripts/package.mjs'], { cwd: root, encoding: 'utf8' }).trim();
    const phiZip = path.join(root, packaged.split(':')[0]!);
    const noop = await buildNoopZip(phiZip, 'noop');
    const noopModify = await buildNoopZip(phiZip, 'noop-modify');
    const zips: Record<AppKind, string> = { noop: noop.zipPath, phi: phiZip, 'noop-modify': noopModify.zipPath };

    try {
        // 2. The messages: the measured ones, and other messages (another seed) for the warm-up.
        const messages = generateCorpus({ n: args.n, seed: args.seed });
        const warmup = generateCorpus({ n: args.warmup, seed: args.seed + 1_000_003 });
        const withPhi = messages.filter((m) => m.spans.length > 0).length;
        const es = messages.filter((m) => m.lang === 'es').length;
        const chars = messages.map((m) => m.text.length);

        out(`message hooks benchmark — ${new Date().toISOString()}, node ${process.version}, ${os.cpus().length} cores, load average ${loadAvg().join(' ')}`);
        out(`PHI Conduit:  ${packaged}`);
        out(`no-op peer:   ${path.basename(noop.zipPath)} (class file ${(noop.bytes / 1024).toFixed(1)} KiB; same message-path interfaces, permissions, check/execute methods; every check* false)`);
        if (noop.notMirrored.length) out(`              (not mirrored, never called while messages are sent: ${noop.notMirrored.join(', ')})`);
        out(`second peer:  ${path.basename(noopModify.zipPath)} (the same, but checkPreMessageSentModify true: execute returns the message unchanged)`);
        out(`messages:     ${args.n} (seed ${args.seed}): ${withPhi} with PHI, ${args.n - withPhi} without; ${args.n - es} English, ${es} Spanish; `
            + `length median ${median(chars)}, max ${Math.max(...chars)} chars; sender: a livechat visitor; app settings: defaults`);
        out(`rounds:       ${args.cycles * 3} (noop, phi, noop-modify, then reversed ...), each a fresh host + ${args.warmup} warm-up messages, then the ${args.n} messages one after another`);
        out();

        // The hook's own work in Node first, while this process's heap is small and no host runs.
        const scan = await inProcessScanCost(messages, 5);

        // 3. Interleaved rounds: ABC CBA ... (a linear drift of the shared machine weighs on all alike).
        const cycle: AppKind[] = ['noop', 'phi', 'noop-modify'];
        const order: AppKind[] = [];
        for (let c = 0; c < args.cycles; c++) order.push(...(c % 2 === 0 ? cycle : [...cycle].reverse()));
        const rounds: Round[] = [];
        for (const [i, app] of order.entries()) {
            const r = await runRound(app, i + 1, zips[app], warmup, messages);
            const d = dist(r.latenciesMs);
            out(`round ${r.index} ${app.padEnd(11)} install ${r.installMs.toFixed(0).padStart(4)} ms   p50 ${f2(d.p50)}  p90 ${f2(d.p90)}  p99 ${f2(d.p99)}  max ${f2(d.max)} ms   `
                + `changed ${r.changed.filter(Boolean).length}, not stored ${r.notStored}, host errors ${r.hostErrors}`);
            rounds.push(r);
        }
        const of = (app: AppKind) => rounds.filter((r) => r.app === app);
        const sanity: string[] = [];
        for (const r of rounds) {
            if (r.notStored > 0) sanity.push(`round ${r.index} (${r.app}): ${r.notStored} messages not stored`);
            if (r.hostErrors > 0) sanity.push(`round ${r.index} (${r.app}): ${r.hostErrors} host errors`);
            if (r.app !== 'phi' && r.changed.some(Boolean)) sanity.push(`round ${r.index}: the ${r.app} peer changed messages`);
            if (r.app === 'phi' && !r.changed.some(Boolean)) sanity.push(`round ${r.index}: PHI Conduit masked nothing (is it running?)`);
        }
        // Messages PHI Conduit masked (in its first round; it is deterministic, checked here).
        const masked = of('phi')[0]!.changed;
        if (of('phi').some((r) => r.changed.some((c, i) => c !== masked[i]))) sanity.push('PHI Conduit masked different messages in different rounds');
        const nMasked = masked.filter(Boolean).length;

        // 4. Distributions, pooled over the rounds of each app.
        const pool = (app: AppKind, keep: (i: number) => boolean = () => true) => of(app).flatMap((r) => r.latenciesMs.filter((_, i) => keep(i)));
        const isMasked = (i: number) => masked[i]!;
        const isClean = (i: number) => !masked[i]!;
        const noopAll = dist(pool('noop'));
        const phiAll = dist(pool('phi'));
        const modAll = dist(pool('noop-modify'));
        const added = minus(phiAll, noopAll);
        // The matched peer makes, per message, the calls PHI Conduit makes: no-op for messages it
        // leaves unchanged, no-op-modify for those it masks. PHI − matched = its own work.
        const matched = dist([...pool('noop', isClean), ...pool('noop-modify', isMasked)]);
        const own = minus(phiAll, matched);
        const split = {
            masked: { noop: dist(pool('noop', isMasked)), noopModify: dist(pool('noop-modify', isMasked)), phi: dist(pool('phi', isMasked)) },
            unchanged: { noop: dist(pool('noop', isClean)), phi: dist(pool('phi', isClean)) },
        };
        // Paired: per message, the median over rounds of each app, then PHI − peer.
        const perMsg = (app: AppKind, i: number) => median(of(app).map((r) => r.latenciesMs[i]!));
        const pairedNoop = dist(messages.map((_, i) => perMsg('phi', i) - perMsg('noop', i)));
        const pairedOwn = dist(messages.map((_, i) => perMsg('phi', i) - perMsg(masked[i] ? 'noop-modify' : 'noop', i)));

        out();
        out(`per-message latency of host.sendMessage, ms (pooled: ${args.cycles} rounds per app × ${args.n} messages)`);
        out(HEADER);
        out(row('no-op app', noopAll));
        out(row('PHI Conduit', phiAll));
        out(addedRow('added (PHI − no-op)', added));
        out(ratioRow('ratio added / no-op', ratio(added, noopAll)));
        out();
        out(`where the added cost goes: the extra execute call of the ${nMasked} masked messages (runtime) and PHI Conduit's own work`);
        out(HEADER);
        out(row('no-op-modify app', modAll));
        out(row('matched peer', matched));
        out(addedRow('own (PHI − matched)', own));
        out(ratioRow('ratio own / no-op', ratio(own, noopAll)));
        out(`  matched peer = the no-op app's samples of the ${args.n - nMasked} messages PHI Conduit leaves unchanged + the no-op-modify app's of the ${nMasked} it masks`);
        out(`paired per message (median over rounds): PHI − no-op p50 ${f2(pairedNoop.p50)} p90 ${f2(pairedNoop.p90)} p99 ${f2(pairedNoop.p99)};`
            + ` PHI − matched p50 ${f2(pairedOwn.p50)} p90 ${f2(pairedOwn.p90)} p99 ${f2(pairedOwn.p99)} ms`);
        out();
        out('split by what PHI Conduit did with the message');
        out(HEADER);
        out(row(`masked (${nMasked}): no-op`, split.masked.noop));
        out(row('  no-op-modify', split.masked.noopModify));
        out(row('  PHI Conduit', split.masked.phi));
        out(addedRow('  PHI − no-op', minus(split.masked.phi, split.masked.noop)));
        out(addedRow('  PHI − no-op-modify', minus(split.masked.phi, split.masked.noopModify)));
        out(row(`unchanged (${args.n - nMasked}): no-op`, split.unchanged.noop));
        out(row('  PHI Conduit', split.unchanged.phi));
        out(addedRow('  PHI − no-op', minus(split.unchanged.phi, split.unchanged.noop)));
        out();
        out('time inside the Deno process per message: the runtime\'s own totalTime of each call into the app (whole ms, Date-based), summed per message');
        out(`${''.padEnd(22)}${pad('calls', 6)}${pad('p50', 9)}${pad('p90', 9)}${pad('p99', 9)}${pad('max', 9)}${pad('mean', 9)}`);
        const denoDist = (app: AppKind, keep: (i: number) => boolean = () => true) => dist(of(app).flatMap((r) => r.denoMs.filter((_, i) => keep(i))));
        const callsPerMsg = (app: AppKind, keep: (i: number) => boolean = () => true) => {
            const xs = of(app).flatMap((r) => r.calls.filter((_, i) => keep(i)));
            return xs.reduce((a, b) => a + b, 0) / xs.length;
        };
        const deno = {
            noop: denoDist('noop'), phi: denoDist('phi'), noopModify: denoDist('noop-modify'),
            phiMasked: denoDist('phi', isMasked), noopModifyMasked: denoDist('noop-modify', isMasked),
            phiUnchanged: denoDist('phi', isClean), noopUnchanged: denoDist('noop', isClean),
            matched: dist([...of('noop').flatMap((r) => r.denoMs.filter((_, i) => isClean(i))), ...of('noop-modify').flatMap((r) => r.denoMs.filter((_, i) => isMasked(i)))]),
        };
        const denoOwn = minus(deno.phi, deno.matched);
        const denoRow = (name: string, d: Dist, c: number) => `${name.padEnd(22)}${pad(c.toFixed(2), 6)}${pad(f2(d.p50), 9)}${pad(f2(d.p90), 9)}${pad(f2(d.p99), 9)}${pad(f2(d.max), 9)}${pad(d.mean.toFixed(3), 9)}`;
        out(denoRow('no-op app', deno.noop, callsPerMsg('noop')));
        out(denoRow('PHI Conduit', deno.phi, callsPerMsg('phi')));
        out(denoRow('no-op-modify app', deno.noopModify, callsPerMsg('noop-modify')));
        out(denoRow('matched peer', deno.matched, callsPerMsg('phi')));
        out(`${'own (PHI − matched)'.padEnd(22)}${pad('', 6)}${PCTS.map((k) => pad((denoOwn[k] >= 0 ? '+' : '') + (k === 'mean' ? denoOwn[k].toFixed(3) : f2(denoOwn[k])), 9)).join('')}`);
        out(denoRow('unchanged: no-op', deno.noopUnchanged, callsPerMsg('noop', isClean)));
        out(denoRow('  PHI Conduit', deno.phiUnchanged, callsPerMsg('phi', isClean)));
        out(denoRow('masked: no-op-modify', deno.noopModifyMasked, callsPerMsg('noop-modify', isMasked)));
        out(denoRow('  PHI Conduit', deno.phiMasked, callsPerMsg('phi', isMasked)));
        const methods = [...new Set(rounds.flatMap((r) => [...r.byMethod.keys()]))].sort();
        const methodMean = (app: AppKind, m: string) => {
            const xs = of(app).flatMap((r) => r.byMethod.get(m) ?? []);
            return xs.length ? { n: xs.length / of(app).length, mean: xs.reduce((a, b) => a + b, 0) / xs.length, atLeast1: xs.filter((x) => x >= 1).length / xs.length } : undefined;
        };
        const perMethod: Record<string, Record<string, { n: number; mean: number; atLeast1: number } | undefined>> = {};
        for (const m of methods) {
            perMethod[m] = { noop: methodMean('noop', m), phi: methodMean('phi', m), noopModify: methodMean('noop-modify', m) };
            const cell = (x?: { n: number; mean: number; atLeast1: number }) => (x ? `${x.n.toFixed(0)} calls, mean ${x.mean.toFixed(3)} ms, ≥1 ms ${(100 * x.atLeast1).toFixed(1)}%` : '—').padEnd(40);
            out(`  ${m.replace(/^app:/, '').padEnd(30)} no-op ${cell(perMethod[m]!.noop)} PHI ${cell(perMethod[m]!.phi)} no-op-modify ${cell(perMethod[m]!.noopModify)}`.trimEnd());
        }
        out();
        out(`PHI Conduit's work in Node (scanMessage, scanner of the default settings, ${scan.passes} passes after 2 warm-up passes), µs per message`);
        out(`${''.padEnd(34)}${pad('p50', 9)}${pad('p90', 9)}${pad('p99', 9)}${pad('max', 9)}${pad('mean', 9)}`);
        out(usRow('one scan, all passes', scan.perScanUs));
        out(usRow('as the app does it, all passes', scan.perMessageUs));
        out(usRow('as the app does it, best pass', scan.perMessageBestUs));
        out(`  as the app does it = the scan in checkPreMessageSentModify, and a second one in executePreMessageSentModify for the ${scan.masked} messages that change;`);
        out('  "all passes": wall time of every pass, with this process\'s pauses (GC, other processes preempting it on the shared cores);');
        out('  "best pass": each message\'s fastest of the passes, the work itself;');
        out(`  garbage collections during the timed passes: ${scan.gc.count}, ${f2(scan.gc.totalMs)} ms in all, longest ${f2(scan.gc.maxMs)} ms`);
        out();
        const met = added.p99 <= 1;
        const verdict = (x: number) => (x <= 1 ? 'within 1 ms' : 'ABOVE 1 ms');
        out('target: the app\'s own added cost ≤ 1 ms at p99, a small fraction of the runtime\'s round trip');
        out(`  PHI − no-op (all it adds, incl. the runtime's execute call for the ${nMasked} masked messages): p99 ${f2(added.p99)} ms, ${verdict(added.p99)}; `
            + `p50 ${f2(added.p50)} ms; ratio to the no-op p99 ${(added.p99 / noopAll.p99).toFixed(3)}, p50 ${(added.p50 / noopAll.p50).toFixed(3)}`);
        out(`  PHI − matched peer (its own work; that execute call's round trip taken out): p99 ${f2(own.p99)} ms, ${verdict(own.p99)}; p50 ${f2(own.p50)} ms`);
        out(`  its scanning in Node, per message as the app does it: p99 best pass ${(scan.perMessageBestUs.p99 / 1000).toFixed(3)} ms, ${verdict(scan.perMessageBestUs.p99 / 1000)}; `
            + `all passes ${(scan.perMessageUs.p99 / 1000).toFixed(3)} ms, ${verdict(scan.perMessageUs.p99 / 1000)}`);
        if (sanity.length) out(`SANITY: ${sanity.join('; ')}`);
        else out('sanity: every message stored in every round; the peers changed none; PHI Conduit masked the same messages in every round; no host errors');

        const ro = roundObj;
        const result = {
            at: new Date().toISOString(),
            node: process.version,
            cores: os.cpus().length,
            loadAverage: loadAvg(),
            args,
            phiZip: path.relative(root, phiZip),
            corpus: { n: args.n, seed: args.seed, withPhi, english: args.n - es, spanish: es, maskedByPhiConduit: nMasked },
            order,
            rounds: rounds.map((r) => ({ round: r.index, app: r.app, installMs: r3(r.installMs), notStored: r.notStored, hostErrors: r.hostErrors, changed: r.changed.filter(Boolean).length, ...ro(dist(r.latenciesMs)) })),
            latencyMs: {
                noop: ro(noopAll), phi: ro(phiAll), noopModify: ro(modAll), matchedPeer: ro(matched),
                addedPhiMinusNoop: ro(added), ratioAddedToNoop: ro(ratio(added, noopAll)),
                ownPhiMinusMatched: ro(own), ratioOwnToNoop: ro(ratio(own, noopAll)),
                pairedPhiMinusNoop: ro(pairedNoop), pairedPhiMinusMatched: ro(pairedOwn),
            },
            split: {
                masked: { noop: ro(split.masked.noop), noopModify: ro(split.masked.noopModify), phi: ro(split.masked.phi) },
                unchanged: { noop: ro(split.unchanged.noop), phi: ro(split.unchanged.phi) },
            },
            denoMsPerMessage: {
                noop: ro(noRate(deno.noop)), phi: ro(noRate(deno.phi)), noopModify: ro(noRate(deno.noopModify)), matchedPeer: ro(noRate(deno.matched)), ownPhiMinusMatched: ro(denoOwn),
                unchanged: { noop: ro(noRate(deno.noopUnchanged)), phi: ro(noRate(deno.phiUnchanged)) },
                masked: { noopModify: ro(noRate(deno.noopModifyMasked)), phi: ro(noRate(deno.phiMasked)) },
                perMethod: perMethod, // n: calls per round; mean: ms per call; atLeast1: share of calls of ≥ 1 ms
                note: 'ILoggerStorageEntry.totalTime of each call, whole ms (Date-based), summed per message',
            },
            inProcessUs: { perScan: ro(noRate(scan.perScanUs)), perMessage: ro(noRate(scan.perMessageUs)), perMessageBestPass: ro(noRate(scan.perMessageBestUs)), passes: scan.passes, gcMs: ro(scan.gc) },
            target: { addedP99Ms: r3(added.p99), met, ownP99Ms: r3(own.p99) },
            sanity,
        };
        const dir = path.join(__dirname, 'results');
        fs.mkdirSync(dir, { recursive: true });
        // Results are never committed: the directory ignores itself (no change to the shared .gitignore).
        fs.writeFileSync(path.join(dir, '.gitignore'), '*\n');
        fs.writeFileSync(path.join(dir, 'hooks-latest.json'), `${JSON.stringify(result, null, 2)}\n`);
        out(`JSON: ${path.relative(process.cwd(), path.join(dir, 'hooks-latest.json'))}`);
        if (sanity.length) process.exitCode = 1;
    } finally {
        noop.cleanup();
        noopModify.cleanup();
    }
}

function ratioRow(name: string, r: Record<PctKey, number>): string {
    return `${name.padEnd(22)}${pad('', 6)}${PCTS.map((k) => pad(r[k].toFixed(3), 9)).join('')}`;
}

function usRow(name: string, d: Dist): string {
    return `${name.padEnd(34)}${pad(f2(d.p50), 9)}${pad(f2(d.p90), 9)}${pad(f2(d.p99), 9)}${pad(f2(d.max), 9)}${pad(f2(d.mean), 9)}`;
}

/** A distribution without its messages-per-second figure (meaningless for µs or for Deno-side sums). */
function noRate(d: Dist): Omit<Dist, 'perSecond'> {
    const { perSecond: _unused, ...rest } = d;
    return rest;
}

function roundObj<T extends object>(o: T): T {
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? r3(v) : v])) as T;
}

function loadAvg(): number[] {
    return os.loadavg().map((x) => Math.round(x * 100) / 100);
}

main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
});
