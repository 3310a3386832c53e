/**
 * `npm run bench:archive`: time from closing a livechat room with 500 messages to the delivery
 * receipt, on the embedded host (the real Apps-Engine runtime running the packaged zip in Deno)
 * against a real OpenSSH sshd on 127.0.0.1, transcript encrypted with a real gpg key.
 * Requires openssh-server and gnupg (as the tests do). A benchmark, not a timed test: it reports.
 *
 *   npm run bench:archive -- [--messages 500] [--runs 5] [--no-encrypt]
 */
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { EmbeddedHost } from '../test/host/EmbeddedHost';
import { configure, jobOf, receiptOf, sftpSettings, WORKSPACE_ID } from '../test/e2e/archiveSupport';
import { packagedZip } from '../test/e2e/packagedApp';
import { makeGpgHome } from '../test/support/servers/gpg';
import { startSshd } from '../test/support/servers/sshd';

function arg(name: string, fallback: number): number {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const MESSAGES = arg('messages', 500);
const RUNS = arg('runs', 5);
const ENCRYPT = !process.argv.includes('--no-encrypt');
const TARGET_MS = 5_000;

function stats(values: number[]): { min: number; median: number; max: number } {
    const s = [...values].sort((a, b) => a - b);
    return { min: s[0], median: s[Math.floor(s.length / 2)], max: s[s.length - 1] };
}

async function main(): Promise<void> {
    const sshd = await startSshd();
    const gpg = makeGpgHome();
    const host = await EmbeddedHost.start({ waitForPostHooks: false });
    const toReceipt: number[] = [];
    const toPurged: number[] = [];
    let bytes = 0;
    try {
        host.state.serverSettings.set('uniqueID', WORKSPACE_ID);
        const appId = await host.installZip(packagedZip());
        await configure(host, {
            ...sftpSettings(sshd, `${sshd.archiveRoot}/bench`), ...(ENCRYPT ? { archive_pgp_public_key: gpg.armoredPublicKey } : {}),
            archive_purge_mode: 'messages', archive_transport: 'sftp',
        });
        const agent: IUser = host.createUser({ username: 'agent.bench', roles: ['user', 'livechat-agent'] });
        for (let run = 0; run < RUNS; run++) {
            const room = host.createLivechatRoom({ visitor: { name: 'Bench Visitor' }, agent });
            const visitor = host.state.visitors.get(room.visitor.id!)!;
            for (let i = 0; i < MESSAGES; i++) {
                await host.advanceClock(1000);
                const text = i % 2 === 0
                    ? `Visitor message ${i}: my date of birth is 03/14/1962 and I need a refill of order #A-${1000 + i}, please call back.`
                    : `Agent reply ${i}: thank you, the refill for order #A-${1000 + i} is being prepared at the pharmacy counter.`;
                await host.sendMessage({ roomId: room.id, sender: i % 2 === 0 ? { visitor } : agent, text });
            }
            await host.settle();
            const started = performance.now();
            await host.closeLivechatRoom(room.id, { closedBy: agent });
            let receiptAt: number | undefined;
            while (performance.now() - started < 30_000) {
                const job = await jobOf(host, room.id);
                if (job?.state === 'delivered' && receiptAt === undefined) receiptAt = performance.now();
                if (receiptAt !== undefined && (await receiptOf(host, room.id))?.purge) break;
                if ((job?.state === 'pending' && job.lastErrorCode) || job?.state === 'dead') throw new Error(`delivery failed: ${job.lastErrorCode}`);
                await new Promise((r) => setTimeout(r, 5));
            }
            const purgedAt = performance.now();
            await host.settle();
            if (receiptAt === undefined) throw new Error('no receipt within 30 s');
            const job = await jobOf(host, room.id);
            bytes = job!.receipts.sftp.size;
            toReceipt.push(receiptAt - started);
            toPurged.push(purgedAt - started);
            process.stderr.write(`run ${run + 1}/${RUNS}: close -> receipt ${(receiptAt - started).toFixed(0)} ms, -> purged ${(purgedAt - started).toFixed(0)} ms\n`);
        }
        void appId;
    } finally {
        await host.stop();
        await sshd.stop();
        gpg.stop();
    }
    const r = stats(toReceipt);
    const p = stats(toPurged);
    const report = {
        benchmark: 'archive: close -> delivery receipt (embedded host, packaged zip, OpenSSH on 127.0.0.1)',
        messages: MESSAGES,
        runs: RUNS,
        encrypted: ENCRYPT,
        payloadBytes: bytes,
        closeToReceiptMs: { min: Math.round(r.min), median: Math.round(r.median), max: Math.round(r.max) },
        closeToPurgedMs: { min: Math.round(p.min), median: Math.round(p.median), max: Math.round(p.max) },
        targetMs: TARGET_MS,
        withinTarget: r.max <= TARGET_MS,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
});
