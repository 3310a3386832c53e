/**
 * Delivery you can trust, on the real runtime with the packaged zip, against a real OpenSSH sshd
 * behind a TCP proxy that simulates outages: a wrong host key is refused, an archive that is down
 * or a connection cut mid-upload is retried by the scheduler until delivered exactly once with no
 * partial file left, a black-holed server is given up within the attempt deadline, retries survive
 * disable/enable, nothing is purged before delivery, and after archive_retry_days the room is
 * dead-lettered with a notice and listed as failed.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { EmbeddedHost } from '../host/EmbeddedHost';
import { makeGpgHome, type GpgHome } from '../support/servers/gpg';
import { startSshd, type SshdServer } from '../support/servers/sshd';
import { startTcpProxy, type TcpProxy } from '../support/servers/tcpProxy';
import {
    archiveFiles, configure, decryptFile, deliveredFor, everythingStoredAndLogged, jobOf, PHI, receiptOf, SCRIPT, scriptedChat, sftpSettings,
    WORKSPACE_ID,
} from './archiveSupport';
import { APP_ID, packagedZip } from './packagedApp';

jest.setTimeout(180_000);

let host: EmbeddedHost;
let sshd: SshdServer;
let proxy: TcpProxy;
let gpg: GpgHome;
let agent: IUser;
let root: string;

const MINUTE = 60_000;

beforeAll(async () => {
    sshd = await startSshd();
    proxy = await startTcpProxy(sshd.port);
    gpg = makeGpgHome();
    host = await EmbeddedHost.start();
    host.state.serverSettings.set('uniqueID', WORKSPACE_ID);
    await host.installZip(packagedZip());
    agent = host.createUser({ username: 'agent.okafor', name: 'Agent Okafor', roles: ['user', 'livechat-agent'] });
    root = `${sshd.archiveRoot}/failures`;
    await configure(host, {
        ...sftpSettings(sshd, root), archive_sftp_port: proxy.port, archive_pgp_public_key: gpg.armoredPublicKey,
        archive_purge_mode: 'messages', archive_transport: 'sftp',
    });
});

afterAll(async () => {
    await host?.stop();
    await proxy?.stop();
    await sshd?.stop();
    gpg?.stop();
});

/** Advances the host clock step by step (running due jobs) until the room's job is in `state`. */
async function advanceUntil(roomId: string, state: string, stepMs: number, maxSteps: number): Promise<void> {
    for (let i = 0; i < maxSteps; i++) {
        if ((await jobOf(host, roomId))?.state === state) return;
        await host.advanceClock(stepMs);
        await host.settle();
    }
    expect((await jobOf(host, roomId))?.state).toBe(state);
}

function partFiles(): string[] {
    return archiveFiles(root).filter((f) => f.includes('.part-'));
}

describe('archive failures and retries, on the real runtime', () => {
    test('a wrong host key fingerprint is refused: nothing sent, nothing purged, listed as pending; fixed, the retry delivers once', async () => {
        const wrong = `SHA256:${randomBytes(32).toString('base64').slice(0, 43)}`;
        await host.setSetting(APP_ID, 'archive_sftp_host_fingerprint', wrong);
        const { roomId } = await scriptedChat(host, agent);
        await host.closeLivechatRoom(roomId, { closedBy: agent });

        const job = await jobOf(host, roomId);
        expect(job).toMatchObject({ state: 'pending', attempts: 1, lastErrorCode: 'SFTP_HOST_KEY_MISMATCH' });
        expect(deliveredFor(root, roomId)).toEqual([]);
        expect(host.messages(roomId).filter((m) => !m.t)).toHaveLength(SCRIPT.length);
        const status = await host.callEndpoint(APP_ID, 'archive/status', { user: host.admin });
        expect(status.content).toMatchObject({ pending: [expect.objectContaining({ roomId, state: 'pending', lastErrorCode: 'SFTP_HOST_KEY_MISMATCH' })], failed: [] });

        await host.setSetting(APP_ID, 'archive_sftp_host_fingerprint', sshd.hostFingerprint);
        await advanceUntil(roomId, 'delivered', 2 * MINUTE, 5);
        expect(deliveredFor(root, roomId)).toHaveLength(1);
        expect(host.messages(roomId).filter((m) => !m.t)).toHaveLength(0);
    });

    test('archive down at close, back later: delivered exactly once by the scheduled retry; purge only after delivery', async () => {
        proxy.mode = { kind: 'down' };
        const { roomId } = await scriptedChat(host, agent);
        await host.closeLivechatRoom(roomId, { closedBy: agent });
        expect(await jobOf(host, roomId)).toMatchObject({ state: 'pending', lastErrorCode: 'CONNECT' });
        expect(host.messages(roomId).filter((m) => !m.t)).toHaveLength(SCRIPT.length);
        expect(await receiptOf(host, roomId)).toBeUndefined();

        // Still down at the first retry: the job backs off and stays pending, nothing purged.
        await host.advanceClock(2 * MINUTE);
        await host.settle();
        const second = await jobOf(host, roomId);
        expect(second?.state).toBe('pending');
        expect(second!.attempts).toBeGreaterThanOrEqual(2);
        expect(host.messages(roomId).filter((m) => !m.t)).toHaveLength(SCRIPT.length);

        proxy.mode = { kind: 'up' };
        await advanceUntil(roomId, 'delivered', 2 * MINUTE, 10);
        const files = deliveredFor(root, roomId);
        expect(files).toHaveLength(1);
        expect(decryptFile(gpg, join(root, files[0])).counts.messages).toBe(SCRIPT.length);
        expect(await receiptOf(host, roomId)).toMatchObject({ purge: { mode: 'messages', messagesDeleted: SCRIPT.length } });
        expect(host.messages(roomId).filter((m) => !m.t)).toHaveLength(0);
        // Later runs of the scheduler do not deliver again.
        await host.advanceClock(30 * MINUTE);
        await host.settle();
        expect(deliveredFor(root, roomId)).toHaveLength(1);
    });

    test('a disconnect in the middle of the upload leaves no partial file; the retry delivers exactly once', async () => {
        const long = Array.from({ length: 300 }, (_, i) => ({
            from: (i % 2 === 0 ? 'visitor' : 'agent') as 'visitor' | 'agent',
            text: `Message ${i}: the pharmacy hours are 9 to 5, refill order #A-${1000 + i} is being prepared, thank you for waiting.`,
        }));
        const { roomId } = await scriptedChat(host, agent, long);
        proxy.mode = { kind: 'cut', afterClientBytes: 24 * 1024 };
        await host.closeLivechatRoom(roomId, { closedBy: agent });
        expect(proxy.stats.cut).toBeGreaterThan(0);
        const failed = await jobOf(host, roomId);
        expect(failed?.state).toBe('pending');
        expect(deliveredFor(root, roomId)).toEqual([]);
        // The cut left the dead attempt's part file behind (its connection could not remove it).
        expect(partFiles().length).toBeGreaterThan(0);

        proxy.mode = { kind: 'up' };
        await advanceUntil(roomId, 'delivered', 2 * MINUTE, 10);
        const files = deliveredFor(root, roomId);
        expect(files).toHaveLength(1);
        expect(partFiles()).toEqual([]);
        const t = decryptFile(gpg, join(root, files[0]));
        expect(t.counts.messages).toBe(300);
    });

    test('a server that never answers is given up within the attempt deadline (well inside the 30 s call timeout)', async () => {
        proxy.mode = { kind: 'hang' };
        const { roomId } = await scriptedChat(host, agent);
        const started = Date.now();
        await host.closeLivechatRoom(roomId, { closedBy: agent });
        const took = Date.now() - started;
        expect(await jobOf(host, roomId)).toMatchObject({ state: 'pending', lastErrorCode: 'TIMEOUT' });
        expect(took).toBeLessThan(12_000);
        proxy.mode = { kind: 'up' };
        await advanceUntil(roomId, 'delivered', 2 * MINUTE, 10);
        expect(deliveredFor(root, roomId)).toHaveLength(1);
    });

    test('disable and enable during the retry: the job survives in persistence and is delivered once', async () => {
        proxy.mode = { kind: 'down' };
        const { roomId } = await scriptedChat(host, agent);
        await host.closeLivechatRoom(roomId, { closedBy: agent });
        expect((await jobOf(host, roomId))?.state).toBe('pending');

        await host.manager.disable(APP_ID);
        // Worst case for the retry: the scheduler lost the one-time retry job while the app was off
        // (the job record in app persistence is all that is left).
        const retries = host.jobs.filter((j) => j.name.startsWith('phi-conduit-archive-attempt_'));
        expect(retries.length).toBeGreaterThan(0);
        for (const j of retries) host.jobs.splice(host.jobs.indexOf(j), 1);
        await host.manager.enable(APP_ID);
        expect(await host.appStatus(APP_ID)).toMatch(/enabled/);
        proxy.mode = { kind: 'up' };
        await advanceUntil(roomId, 'delivered', 2 * MINUTE, 10);
        expect(deliveredFor(root, roomId)).toHaveLength(1);
        expect(host.messages(roomId).filter((m) => !m.t)).toHaveLength(0);
    });

    test('after archive_retry_days: dead letter, a notice to the agent, listed as failed, nothing purged; an admin retry delivers', async () => {
        await host.setSetting(APP_ID, 'archive_retry_days', 1);
        proxy.mode = { kind: 'down' };
        const { roomId } = await scriptedChat(host, agent);
        await host.closeLivechatRoom(roomId, { closedBy: agent });
        await advanceUntil(roomId, 'dead', 6 * 60 * MINUTE, 20);

        expect(host.messages(roomId).filter((m) => !m.t)).toHaveLength(SCRIPT.length);
        const notice = host.notifications.find((n) => n.userId === agent.id && n.text?.includes(roomId));
        expect(notice?.text).toMatch(/could not deliver the transcript/);
        const status = await host.callEndpoint(APP_ID, 'archive/status', { user: host.admin });
        expect(status.content).toMatchObject({ failed: [expect.objectContaining({ roomId, state: 'dead', lastErrorCode: 'CONNECT' })] });
        expect(host.logText().some((l) => l.includes('archive.dead_letter') && l.includes(roomId))).toBe(true);

        await host.setSetting(APP_ID, 'archive_retry_days', 7);
        proxy.mode = { kind: 'up' };
        const room = host.room(roomId)!;
        await host.runSlashCommand('phi-conduit', ['archive', 'retry', roomId], { user: host.admin, room });
        await advanceUntil(roomId, 'delivered', MINUTE, 5);
        expect(deliveredFor(root, roomId)).toHaveLength(1);
    });

    test('nothing in app persistence or logs contains the PHI sent', async () => {
        const all = await everythingStoredAndLogged(host);
        for (const p of PHI) expect(all).not.toContain(p);
    });
});
