// Measures the embedded host: install+enable time of a zip, and the round trip of one message
// through a pre-message hook that does no work (Prevent → Extend → Modify of the fixture with
// "NOOP" text, i.e. four calls into the Deno process, plus the post hook).
//
//   npx tsx test/host/measure.ts [zip] [--messages 1000] [--installs 5]
//
// Without a zip it builds the fixture app. Prints JSON. Not a test: numbers vary with the machine.
import { EmbeddedHost } from './EmbeddedHost';
import { buildFixtureZip } from './fixtures/buildFixture';

function arg(name: string, fallback: number): number {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

function percentile(sorted: number[], p: number): number {
    return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

async function main(): Promise<void> {
    const messages = arg('messages', 1000);
    const installs = arg('installs', 5);
    const zipArg = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : undefined;
    const fixture = zipArg ? undefined : await buildFixtureZip();
    const zipPath = zipArg ?? fixture!.zipPath;

    const installMs: number[] = [];
    let latencies: number[] = [];
    let single: number[] = [];
    let parallelPerSecond = 0;
    for (let i = 0; i < installs; i++) {
        const host = await EmbeddedHost.start();
        try {
            const t0 = process.hrtime.bigint();
            await host.installZip(zipPath);
            installMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
            if (i === installs - 1) {
                const agent = host.createUser({ username: 'agent' });
                const room = host.createRoom({ type: 'c', members: [agent] });
                for (let w = 0; w < 50; w++) {
                    await host.sendMessage({ roomId: room.id, sender: agent, text: 'NOOP warm-up' });
                }
                latencies = [];
                for (let m = 0; m < messages; m++) {
                    const t = process.hrtime.bigint();
                    const r = await host.sendMessage({ roomId: room.id, sender: agent, text: `NOOP message ${m}` });
                    latencies.push(Number(process.hrtime.bigint() - t) / 1e6);
                    if (!r.stored) {
                        throw new Error('message not stored');
                    }
                }
                // One hook alone: the engine's executeListener for IPreMessageSentPrevent (the
                // check call answers "method not found", then the execute call): two round trips.
                const sample = host.messages(room.id)[0];
                const lm = host.manager.getListenerManager();
                single = [];
                for (let m = 0; m < messages; m++) {
                    const t = process.hrtime.bigint();
                    await lm.executeListener('IPreMessageSentPrevent' as never, sample as never);
                    single.push(Number(process.hrtime.bigint() - t) / 1e6);
                }
                const t1 = process.hrtime.bigint();
                await Promise.all(Array.from({ length: messages }, (_, m) => host.sendMessage({ roomId: room.id, sender: agent, text: `NOOP parallel ${m}` })));
                parallelPerSecond = messages / (Number(process.hrtime.bigint() - t1) / 1e9);
            }
        } finally {
            await host.stop();
        }
    }
    fixture?.cleanup();
    latencies.sort((a, b) => a - b);
    single.sort((a, b) => a - b);
    installMs.sort((a, b) => a - b);
    process.stdout.write(
        `${JSON.stringify(
            {
                zip: zipArg ?? 'fixture',
                installs: { n: installMs.length, medianMs: round(percentile(installMs, 50)), minMs: round(installMs[0]), maxMs: round(installMs[installMs.length - 1]) },
                preMessageRoundTrip: {
                    n: latencies.length,
                    medianMs: round(percentile(latencies, 50)),
                    p99Ms: round(percentile(latencies, 99)),
                    maxMs: round(latencies[latencies.length - 1]),
                    note: 'sendMessage: every pre-message hook the app implements (check + execute calls), store, post hooks awaited; fixture: returns NOOP messages unchanged',
                },
                preventHookOnly: {
                    n: single.length,
                    medianMs: round(percentile(single, 50)),
                    p99Ms: round(percentile(single, 99)),
                    note: 'executeListener(IPreMessageSentPrevent): check + execute calls into Deno',
                },
                parallelMessagesPerSecond: Math.round(parallelPerSecond),
            },
            null,
            2,
        )}\n`,
    );
}

main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
});
