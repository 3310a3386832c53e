/**
 * The archive ("server of choice") through the PACKAGED zip on the real Apps-Engine runtime, against
 * a real OpenSSH sshd on 127.0.0.1 and real gpg: closing a livechat room delivers its transcript,
 * encrypted, exactly once; purge follows confirmed delivery; nothing readable is left in the app's
 * persistence or logs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { EmbeddedHost } from '../host/EmbeddedHost';
import { makeGpgHome, type GpgHome } from '../support/servers/gpg';
import { startSshd, type SshdServer } from '../support/servers/sshd';
import {
    configure, decryptFile, deliveredFor, everythingStoredAndLogged, jobOf, PHI, receiptOf, SCRIPT, scriptedChat, sftpSettings, WORKSPACE_ID,
} from './archiveSupport';
import { APP_ID, packagedZip } from './packagedApp';

jest.setTimeout(120_000);

let host: EmbeddedHost;
let sshd: SshdServer;
let gpg: GpgHome;
let agent: IUser;

beforeAll(async () => {
    [sshd, gpg] = await Promise.all([startSshd(), Promise.resolve(makeGpgHome())]);
    host = await EmbeddedHost.start();
    host.state.serverSettings.set('uniqueID', WORKSPACE_ID);
    await host.installZip(packagedZip());
    agent = host.createUser({ username: 'agent.rivera', name: 'Agent Rivera', roles: ['user', 'livechat-agent'] });
    await configure(host, { ...sftpSettings(sshd), archive_pgp_public_key: gpg.armoredPublicKey, archive_purge_mode: 'messages', archive_transport: 'sftp' });
});

afterAll(async () => {
    await host?.stop();
    await sshd?.stop();
    gpg?.stop();
});

describe('archive over SFTP on the real runtime', () => {
    let roomId: string;
    let file: string;

    test('closing the room delivers one encrypted transcript that gpg decrypts, masked, complete', async () => {
        ({ roomId } = await scriptedChat(host, agent));
        const before = host.messages(roomId).length;
        expect(before).toBe(SCRIPT.length);
        await host.closeLivechatRoom(roomId, { closedBy: agent });
        await host.settle();

        const files = deliveredFor(`${sshd.archiveRoot}/phi`, roomId);
        expect(files).toHaveLength(1);
        const today = new Date().toISOString().slice(0, 10).replaceAll('-', '/');
        expect(files[0]).toBe(`${today}/${roomId}.json.pgp`);
        file = join(sshd.archiveRoot, 'phi', files[0]);

        const t = decryptFile(gpg, file);
        expect(t).toMatchObject({ schema: 'phi-conduit/transcript', version: '1', room: { id: roomId, closedBy: { type: 'agent', id: agent.id } } });
        expect(t.room.agentIds).toEqual([agent.id]);
        expect(Object.keys(t.visitor)).toEqual(['id']);
        expect(t.messages.map((m) => m.sender.type)).toEqual(['visitor', 'agent', 'visitor', 'agent']);
        expect(t.messages[0].text).toBe('hi, my name is XXXXXXX XXXXXXXX and my date of birth is XX/XX/XXXX');
        const plain = JSON.stringify(t);
        for (const p of PHI) expect(plain).not.toContain(p);

        const job = await jobOf(host, roomId);
        expect(job).toMatchObject({ state: 'delivered', attempts: 1 });
        expect(job!.receipts.sftp).toMatchObject({ outcome: 'delivered', size: readFileSync(file).length });
    });

    test('the receipt records digest, size, destination, time and what was purged; messages are gone only now', async () => {
        const receipt = await receiptOf(host, roomId);
        expect(receipt).toMatchObject({
            roomId,
            receipts: [expect.objectContaining({ destination: 'sftp', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), encrypted: true })],
            purge: { mode: 'messages', messagesDeleted: SCRIPT.length, roomDeleted: false },
        });
        expect(host.messages(roomId).filter((m) => !m.t)).toHaveLength(0);
        const status = await host.callEndpoint(APP_ID, 'archive/status', { user: host.admin });
        expect(status).toMatchObject({ status: 200, content: { configured: true, transport: 'sftp', pending: [], failed: [] } });
    });

    test('nothing in app persistence or logs contains the PHI sent', async () => {
        const all = await everythingStoredAndLogged(host);
        for (const p of PHI) expect(all).not.toContain(p);
    });
});
