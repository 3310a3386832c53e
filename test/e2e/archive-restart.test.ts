/**
 * A host restart during the retry: the archive is down when the room closes, the host (and its
 * Deno process and scheduler) stops, a new host starts on the same app persistence file
 * (JsonFilePersistenceBackend) and the same Rocket.Chat data, and the pending job is delivered once
 * by the new host's scheduler. Real OpenSSH behind a TCP proxy, real gpg, packaged zip.
 */
import { join } from 'node:path';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { EmbeddedHost, JsonFilePersistenceBackend, type StoredMessage } from '../host/EmbeddedHost';
import { makeGpgHome, type GpgHome } from '../support/servers/gpg';
import { removeDir, tempDir } from '../support/servers/proc';
import { startSshd, type SshdServer } from '../support/servers/sshd';
import { startTcpProxy, type TcpProxy } from '../support/servers/tcpProxy';
import { configure, decryptFile, deliveredFor, jobOf, SCRIPT, scriptedChat, sftpSettings, WORKSPACE_ID } from './archiveSupport';
import { packagedZip } from './packagedApp';

jest.setTimeout(180_000);

let host: EmbeddedHost | undefined;
let sshd: SshdServer;
let proxy: TcpProxy;
let gpg: GpgHome;
let dir: string;

afterAll(async () => {
    await host?.stop();
    await proxy?.stop();
    await sshd?.stop();
    gpg?.stop();
    if (dir) removeDir(dir);
});

test('the pending job survives a host restart and is delivered once by the new host', async () => {
    dir = tempDir('phi-restart');
    const file = join(dir, 'persistence.json');
    sshd = await startSshd();
    proxy = await startTcpProxy(sshd.port);
    gpg = makeGpgHome();
    const root = `${sshd.archiveRoot}/restart`;
    const settings = {
        ...sftpSettings(sshd, root), archive_sftp_port: proxy.port, archive_pgp_public_key: gpg.armoredPublicKey,
        archive_purge_mode: 'messages', archive_transport: 'sftp',
    };

    // First life: the archive is down when the room closes.
    host = await EmbeddedHost.start({ persistence: new JsonFilePersistenceBackend(file) });
    host.state.serverSettings.set('uniqueID', WORKSPACE_ID);
    await host.installZip(packagedZip());
    await configure(host, settings);
    const agent: IUser = host.createUser({ username: 'agent.haddad', roles: ['user', 'livechat-agent'] });
    proxy.mode = { kind: 'down' };
    const { roomId } = await scriptedChat(host, agent);
    await host.closeLivechatRoom(roomId, { closedBy: agent });
    expect(await jobOf(host, roomId)).toMatchObject({ state: 'pending', lastErrorCode: 'CONNECT' });
    // What Rocket.Chat's database keeps across the restart.
    const kept = {
        users: [...host.state.users.values()],
        visitor: host.state.visitors.get((host.room(roomId) as { visitor: { id: string } }).visitor.id)!,
        room: host.state.rooms.get(roomId)!,
        messages: host.state.messages.filter((m) => m.room.id === roomId) as StoredMessage[],
    };
    const pids = host.denoPids();
    await host.stop();
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();

    // Second life: a new host, a new Deno process, an empty scheduler; the same persistence file.
    proxy.mode = { kind: 'up' };
    host = await EmbeddedHost.start({ persistence: new JsonFilePersistenceBackend(file) });
    host.state.serverSettings.set('uniqueID', WORKSPACE_ID);
    for (const u of kept.users) host.state.users.set(u.id, u);
    host.state.visitors.set(kept.visitor.id, kept.visitor);
    host.state.rooms.set(roomId, kept.room);
    host.state.messages.push(...kept.messages);
    await host.installZip(packagedZip());
    await configure(host, settings);
    expect(await jobOf(host, roomId)).toMatchObject({ state: 'pending' });

    for (let i = 0; i < 10 && (await jobOf(host, roomId))?.state !== 'delivered'; i++) {
        await host.advanceClock(2 * 60_000);
        await host.settle();
    }
    expect(await jobOf(host, roomId)).toMatchObject({ state: 'delivered' });
    const files = deliveredFor(root, roomId);
    expect(files).toHaveLength(1);
    expect(decryptFile(gpg, join(root, files[0])).counts.messages).toBe(SCRIPT.length);
    expect(host.messages(roomId).filter((m) => !m.t)).toHaveLength(0);
});
