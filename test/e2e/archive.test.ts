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
    configure, decryptFile, deliveredFor, everythingStoredAndLogged, jobOf, PHI, receiptOf, recordsOf, SCRIPT, scriptedChat, sftpSettings,
    WORKSPACE_ID,
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
        const closed = host.room(roomId) as unknown as { closedAt: Date; createdAt: Date };
        expect(t.room).toMatchObject({ closedAt: new Date(closed.closedAt).toISOString(), openedAt: new Date(closed.createdAt).toISOString() });
        expect(Object.keys(t.visitor)).toEqual(['id']);
        expect(t.messages.map((m) => m.sender.type)).toEqual(['visitor', 'agent', 'visitor', 'agent']);
        expect(t.messages[0].text).toBe('hi, my name is XXXXXXX XXXXXXXX and my date of birth is XX/XX/XXXX');
        const plain = JSON.stringify(t);
        for (const p of PHI) expect(plain).not.toContain(p);
        // The human-readable rendering travels in the same document.
        expect(t.rendering).toContain(`Room: ${roomId}`);
        expect(t.rendering).toContain(`visitor ${t.visitor.id}: hi, my name is XXXXXXX XXXXXXXX and my date of birth is XX/XX/XXXX`);

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

    test('threads, edits as stored and system messages (flagged, no text) are in the transcript; purge removes them all', async () => {
        const { roomId, visitor } = await scriptedChat(host, agent, SCRIPT, { id: 'DeptPharmacy000001', name: 'Pharmacy' });
        // Tags as Rocket.Chat keeps them on the livechat room.
        (host.state.rooms.get(roomId) as unknown as { tags: string[] }).tags = ['refill', 'billing', 'refill'];
        const first = host.messages(roomId)[0];
        await host.advanceClock(1000);
        await host.sendMessage({ roomId, sender: { visitor }, text: 'reply in the thread, born 03/14/1962', threadId: first.id });
        await host.advanceClock(1000);
        await host.sendMessage({ roomId, sender: agent, text: '', t: 'livechat_transfer_history' });
        await host.advanceClock(1000);
        const sent = await host.sendMessage({ roomId, sender: agent, text: 'see you' });
        await host.updateMessage(sent.stored!.id, { text: 'see you Tuesday', editor: agent });
        await host.closeLivechatRoom(roomId, { closedBy: agent });

        const files = deliveredFor(`${sshd.archiveRoot}/phi`, roomId);
        const t = decryptFile(gpg, join(sshd.archiveRoot, 'phi', files[0]));
        expect(t.counts).toEqual({ messages: SCRIPT.length + 3, systemMessages: 1, threadReplies: 1, edited: 1 });
        expect(t.room).toMatchObject({ departmentId: 'DeptPharmacy000001', tags: ['billing', 'refill'] });
        const reply = t.messages.find((m) => m.threadId === first.id);
        expect(reply).toMatchObject({ sender: { type: 'visitor' }, text: 'reply in the thread, born XX/XX/XXXX' });
        expect(t.messages.find((m) => (m as { system?: boolean }).system)).toMatchObject({ systemType: 'livechat_transfer_history', text: '', sender: { type: 'agent', id: agent.id } });
        expect(t.messages.find((m) => m.id === sent.stored!.id)).toMatchObject({ text: 'see you Tuesday', editedAt: expect.any(String) });
        // Everything the app could see or record is purged, the recorded system message included.
        expect(host.messages(roomId).map((m) => m.t)).toEqual(['livechat-close']);
        expect(await recordsOf(host, 'phi-conduit:system-message')).toEqual([]);
    });

    test('sealed originals: the host holds only ciphertext until delivery; the archive key holder reads the originals', async () => {
        await host.setSetting(APP_ID, 'archive_seal_originals', true);
        const { roomId } = await scriptedChat(host, agent);
        const edited = await host.sendMessage({ roomId, sender: agent, text: 'noted' });
        await host.updateMessage(edited.stored!.id, { text: 'noted, callback at (617) 555-0199', editor: agent });

        const sealed = (await recordsOf(host, 'phi-conduit:sealed-original')).map((d) => d.sealed as { messageId: string; event: string; pgp: string });
        // Three masked messages of the script, plus the masked edit.
        expect(sealed.map((x) => x.event).sort()).toEqual(['edited', 'sent', 'sent', 'sent']);
        for (const x of sealed) expect(x.pgp).toMatch(/^-----BEGIN PGP MESSAGE-----/);
        const stored = JSON.stringify(await host.persistenceRecords());
        for (const p of [...PHI, '555-0199']) expect(stored).not.toContain(p);

        await host.closeLivechatRoom(roomId, { closedBy: agent });
        const files = deliveredFor(`${sshd.archiveRoot}/phi`, roomId);
        expect(files).toHaveLength(1);
        const t = decryptFile(gpg, join(sshd.archiveRoot, 'phi', files[0]));
        expect(t.sealedOriginals).toHaveLength(4);
        const originals = t.sealedOriginals!.map((o) => JSON.parse(gpg.decrypt(Buffer.from(o.pgp)).toString('utf8')) as { text: string });
        const texts = originals.map((o) => o.text);
        expect(texts).toContain(SCRIPT[0].text);
        expect(texts).toContain('noted, callback at (617) 555-0199');
        // The masked transcript and the sealed originals refer to the same messages.
        const ids = new Set(t.messages.map((m) => m.id));
        for (const o of t.sealedOriginals!) expect(ids.has(o.messageId!)).toBe(true);
        // Delivered: the ciphertext is removed from the host too, and the receipt says so.
        expect(await recordsOf(host, 'phi-conduit:sealed-original')).toEqual([]);
        expect(await receiptOf(host, roomId)).toMatchObject({ purge: { sealedRemoved: 4 } });
        await host.setSetting(APP_ID, 'archive_seal_originals', false);
    });

    test('a sealing failure never lets the original through: the masked text is stored, the failure is logged', async () => {
        await host.setSetting(APP_ID, 'archive_seal_originals', true);
        const bridge = host.bridges.getPersistenceBridge() as unknown as { createWithAssociations: (...args: unknown[]) => Promise<string> };
        const original = bridge.createWithAssociations;
        bridge.createWithAssociations = async () => { throw new Error('database unavailable'); };
        try {
            const { roomId } = await scriptedChat(host, agent);
            expect(host.messages(roomId)[0].text).toBe('hi, my name is XXXXXXX XXXXXXXX and my date of birth is XX/XX/XXXX');
            expect(host.logText().some((l) => l.includes('seal.failed') && l.includes(roomId))).toBe(true);
        } finally {
            bridge.createWithAssociations = original;
            await host.setSetting(APP_ID, 'archive_seal_originals', false);
        }
    });

    test('purge mode room: the whole room is removed after confirmed delivery', async () => {
        await host.setSetting(APP_ID, 'archive_purge_mode', 'room');
        const { roomId } = await scriptedChat(host, agent);
        await host.closeLivechatRoom(roomId, { closedBy: agent });
        expect(deliveredFor(`${sshd.archiveRoot}/phi`, roomId)).toHaveLength(1);
        expect(host.room(roomId)).toBeUndefined();
        expect(await receiptOf(host, roomId)).toMatchObject({ purge: { mode: 'room', roomDeleted: true } });
        await host.setSetting(APP_ID, 'archive_purge_mode', 'none');
        const kept = await scriptedChat(host, agent);
        await host.closeLivechatRoom(kept.roomId, { closedBy: agent });
        expect(deliveredFor(`${sshd.archiveRoot}/phi`, kept.roomId)).toHaveLength(1);
        expect(host.messages(kept.roomId).filter((m) => !m.t)).toHaveLength(SCRIPT.length);
        expect(await receiptOf(host, kept.roomId)).toMatchObject({ purge: { mode: 'none', messagesDeleted: 0, roomDeleted: false } });
        await host.setSetting(APP_ID, 'archive_purge_mode', 'messages');
    });

    test('status: administrators and livechat managers only, by endpoint and slash command, ids and codes only', async () => {
        const manager = host.createUser({ username: 'manager.lee', roles: ['user', 'livechat-manager'] });
        expect((await host.callEndpoint(APP_ID, 'archive/status', {})).status).toBe(401);
        expect((await host.callEndpoint(APP_ID, 'archive/status', { user: agent })).status).toBe(403);
        expect((await host.callEndpoint(APP_ID, 'archive/status', { user: manager })).status).toBe(200);

        const room = host.createRoom({ type: 'c', name: 'ops', members: [agent, manager] });
        await host.runSlashCommand('phi-conduit', ['archive', 'status'], { user: agent, room });
        expect(host.notifications.at(-1)).toMatchObject({ userId: agent.id, text: expect.stringMatching(/Only administrators and livechat managers/) });
        await host.runSlashCommand('phi-conduit', ['archive', 'status'], { user: manager, room });
        expect(host.notifications.at(-1)).toMatchObject({ userId: manager.id, text: expect.stringMatching(/^PHI Conduit archive: transport sftp\nPending: 0\nFailed: 0$/) });
    });

    test('a bad key, fingerprint, URL or PEM is reported by setting id; the last good configuration stays in force', async () => {
        await host.setSetting(APP_ID, 'archive_pgp_public_key', '-----BEGIN PGP PUBLIC KEY BLOCK-----\nnot a key\n-----END PGP PUBLIC KEY BLOCK-----');
        const status = await host.callEndpoint(APP_ID, 'archive/status', { user: host.admin });
        expect(status.content).toMatchObject({ configured: true, transport: 'sftp', invalidSettings: ['archive_pgp_public_key'] });
        expect(host.logText().some((l) => l.includes('config.invalid') && l.includes('archive_pgp_public_key'))).toBe(true);
        const publicStatus = await host.callEndpoint(APP_ID, 'status', {});
        expect(publicStatus.content).toMatchObject({ archive: 'sftp', configuration: 'invalid', invalidSettings: ['archive_pgp_public_key'] });
        // Still delivered, still encrypted with the last good key.
        const { roomId } = await scriptedChat(host, agent);
        await host.closeLivechatRoom(roomId, { closedBy: agent });
        const files = deliveredFor(`${sshd.archiveRoot}/phi`, roomId);
        expect(files).toEqual([expect.stringMatching(/\.json\.pgp$/)]);
        await host.setSetting(APP_ID, 'archive_pgp_public_key', gpg.armoredPublicKey);
        const fixed = await host.callEndpoint(APP_ID, 'archive/status', { user: host.admin });
        expect(fixed.content).toMatchObject({ invalidSettings: [] });
    });

    test('nothing in app persistence or logs contains the PHI sent', async () => {
        const all = await everythingStoredAndLogged(host);
        for (const p of [...PHI, '555-0199']) expect(all).not.toContain(p);
        // Secrets are not logged either (the engine logs what onPreSettingUpdate returns).
        expect(all).not.toContain(sshd.client.privateKey.split('\n')[1]);
    });
});
