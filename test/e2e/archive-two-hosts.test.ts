/**
 * Two Rocket.Chat instances (two processes: AppManager is one per process) run the packaged app on
 * one shared app persistence (JsonFilePersistenceBackend), and both close the same livechat rooms
 * at the same moment against a real OpenSSH sshd: every room ends with exactly one archived copy,
 * no part file, and a delivered job. Encryption is randomised, so the two attempts produce different
 * bytes: the loser recognises the winner's copy by the digest the winner recorded before uploading.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { EmbeddedHost, JsonFilePersistenceBackend, ManualClock } from '../host/EmbeddedHost';
import { makeGpgHome, type GpgHome } from '../support/servers/gpg';
import { removeDir, tempDir } from '../support/servers/proc';
import { startSshd, type SshdServer } from '../support/servers/sshd';
import { archiveFiles, configure, decryptFile, deliveredFor, jobOf, SCRIPT, scriptedChat, sftpSettings, WORKSPACE_ID } from './archiveSupport';
import { APP_ID, packagedZip, ROOT } from './packagedApp';

jest.setTimeout(180_000);

const ROOMS = 5;

let host: EmbeddedHost;
let sshd: SshdServer;
let gpg: GpgHome;
let dir: string;
let child: ChildProcess | undefined;

afterAll(async () => {
    if (child && child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child!.once('exit', r));
    }
    await host?.stop();
    await sshd?.stop();
    gpg?.stop();
    if (dir) removeDir(dir);
});

/** Reads the child's JSON lines one at a time. */
function lineReader(c: ChildProcess): () => Promise<Record<string, unknown>> {
    const queue: string[] = [];
    const waiters: Array<(l: string) => void> = [];
    createInterface({ input: c.stdout! }).on('line', (l) => {
        if (!l.startsWith('{')) return;
        if (waiters.length) waiters.shift()!(l);
        else queue.push(l);
    });
    return () => new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no answer from the second instance')), 120_000);
        const take = (l: string): void => { clearTimeout(timer); resolve(JSON.parse(l) as Record<string, unknown>); };
        if (queue.length) take(queue.shift()!);
        else waiters.push(take);
    });
}

test('two instances closing the same rooms at once: exactly one archived copy per room', async () => {
    dir = tempDir('phi-two-hosts');
    const persistenceFile = join(dir, 'persistence.json');
    [sshd, gpg] = [await startSshd(), makeGpgHome()];
    const zip = packagedZip();
    const clockStart = Date.now();
    host = await EmbeddedHost.start({ persistence: new JsonFilePersistenceBackend(persistenceFile), clock: new ManualClock(clockStart) });
    host.state.serverSettings.set('uniqueID', WORKSPACE_ID);
    await host.installZip(zip);
    const settings = { ...sftpSettings(sshd, `${sshd.archiveRoot}/two`), archive_pgp_public_key: gpg.armoredPublicKey, archive_purge_mode: 'messages', archive_transport: 'sftp' };
    await configure(host, settings);
    const agent: IUser = host.createUser({ username: 'agent.nguyen', name: 'Agent Nguyen', roles: ['user', 'livechat-agent'] });
    const roomIds: string[] = [];
    for (let i = 0; i < ROOMS; i++) roomIds.push((await scriptedChat(host, agent)).roomId);
    await host.advanceClock(1000);
    const closeAt = host.clock.now().getTime();

    // The second instance sees the same rooms and stored (masked) messages: Rocket.Chat's shared database.
    const config = {
        persistenceFile, zip, appId: APP_ID, settings, uniqueID: WORKSPACE_ID, clockStart, closeAt, closedBy: agent.id,
        users: [...host.state.users.values()],
        visitors: roomIds.map((id) => host.state.visitors.get((host.room(id) as { visitor: { id: string } }).visitor.id)),
        rooms: roomIds.map((id) => host.state.rooms.get(id)),
        messages: host.state.messages.filter((m) => roomIds.includes(m.room.id)),
    };
    const configFile = join(dir, 'instance.json');
    writeFileSync(configFile, JSON.stringify(config));
    child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'test/e2e/archiveInstance.ts'), configFile],
        { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    child.stderr!.resume();
    const read = lineReader(child);
    expect(await read()).toEqual({ ready: true });

    // Both instances close the same rooms at the same moment.
    child.stdin!.write('go\n');
    await Promise.all(roomIds.map((id) => host.closeLivechatRoom(id, { closedBy: agent })));
    await host.settle();
    const other = await read();
    expect(other).toMatchObject({ errors: 0 });

    const root = `${sshd.archiveRoot}/two`;
    for (const id of roomIds) {
        const files = deliveredFor(root, id);
        expect(files).toHaveLength(1);
        const t = decryptFile(gpg, join(root, files[0]));
        expect(t.room.id).toBe(id);
        expect(t.counts.messages).toBe(SCRIPT.length);
        expect(await jobOf(host, id)).toMatchObject({ state: 'delivered' });
    }
    expect(archiveFiles(root).filter((f) => f.includes('.part-'))).toEqual([]);
    expect(archiveFiles(root)).toHaveLength(ROOMS);
    // An instance that finds the other's attempt in progress (its lease) leaves the room to it; when
    // both loaded the job before either saved it, both upload and one finds the other's copy
    // ('already-present'). Either way the destination holds one copy per room.
    const digests = (await host.persistenceRecords(APP_ID)).filter((r) => (r.associations ?? []).some((a) => a.id === 'phi-conduit:archive-digest'));
    expect(digests.length).toBeGreaterThanOrEqual(ROOMS);
    const outcomes = await Promise.all(roomIds.map(async (id) => (await jobOf(host, id))!.receipts.sftp.outcome));
    expect(outcomes.every((o) => o === 'delivered' || o === 'already-present')).toBe(true);

    child.stdin!.write('stop\n');
    expect(await read()).toEqual({ stopped: true });
    await new Promise((r) => (child!.exitCode !== null ? r(undefined) : child!.once('exit', r)));
    expect(child.exitCode).toBe(0);
});
