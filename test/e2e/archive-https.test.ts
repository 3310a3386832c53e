/**
 * Archive transport `both` through the packaged zip on the real runtime: a real OpenSSH sshd and a
 * real Node HTTPS receiver with a test CA that requires a client certificate, real gpg. Both copies
 * decrypt to the same transcript; a destination that fails is retried alone; a client certificate
 * the receiver does not trust is refused and nothing is stored.
 */
import { join } from 'node:path';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { EmbeddedHost } from '../host/EmbeddedHost';
import { makeGpgHome, type GpgHome } from '../support/servers/gpg';
import { makeTestPki, startHttpsReceiver, type HttpsReceiver, type TestPki } from '../support/servers/https';
import { startSshd, type SshdServer } from '../support/servers/sshd';
import {
    configure, decryptFile, deliveredFor, everythingStoredAndLogged, HMAC_SECRET, httpsSettings, jobOf, PHI, receiptOf, SCRIPT, scriptedChat,
    sftpSettings, WORKSPACE_ID,
} from './archiveSupport';
import { APP_ID, packagedZip } from './packagedApp';

jest.setTimeout(120_000);

let host: EmbeddedHost;
let sshd: SshdServer;
let pki: TestPki;
let receiver: HttpsReceiver;
let gpg: GpgHome;
let agent: IUser;
let root: string;

beforeAll(async () => {
    pki = makeTestPki();
    [sshd, receiver] = await Promise.all([startSshd(), startHttpsReceiver({ pki, hmacSecret: HMAC_SECRET, requireClientCert: true })]);
    gpg = makeGpgHome();
    host = await EmbeddedHost.start();
    host.state.serverSettings.set('uniqueID', WORKSPACE_ID);
    await host.installZip(packagedZip());
    agent = host.createUser({ username: 'agent.silva', name: 'Agent Silva', roles: ['user', 'livechat-agent'] });
    root = `${sshd.archiveRoot}/both`;
    await configure(host, {
        ...sftpSettings(sshd, root), ...httpsSettings(receiver, pki), archive_pgp_public_key: gpg.armoredPublicKey,
        archive_purge_mode: 'messages', archive_transport: 'both',
    });
});

afterAll(async () => {
    await host?.stop();
    await receiver?.stop();
    await sshd?.stop();
    gpg?.stop();
    pki?.cleanup();
});

function storedFor(roomId: string) {
    return [...receiver.stored.values()].filter((s) => s.name.endsWith(`/${roomId}.json.pgp`));
}

describe('archive to SFTP and HTTPS (client certificate), on the real runtime', () => {
    test('both destinations get one copy each; both decrypt to the same masked transcript; purge after both', async () => {
        const { roomId } = await scriptedChat(host, agent);
        await host.closeLivechatRoom(roomId, { closedBy: agent });

        const job = await jobOf(host, roomId);
        expect(job).toMatchObject({ state: 'delivered', attempts: 1 });
        expect(Object.keys(job!.receipts).sort()).toEqual(['https', 'sftp']);
        const https = storedFor(roomId);
        expect(https).toHaveLength(1);
        expect(https[0].clientCertCn).toBe('client');
        const files = deliveredFor(root, roomId);
        expect(files).toHaveLength(1);
        const viaHttps = JSON.parse(gpg.decrypt(https[0].body).toString('utf8'));
        const viaSftp = decryptFile(gpg, join(root, files[0]));
        expect(viaHttps).toEqual(viaSftp);
        expect(viaSftp.counts.messages).toBe(SCRIPT.length);
        expect(job!.receipts.https).toMatchObject({ sha256: https[0].sha256, size: https[0].body.length, status: 201 });
        expect(await receiptOf(host, roomId)).toMatchObject({ purge: { messagesDeleted: SCRIPT.length } });
    });

    test('HTTPS answers 503 at close: SFTP is kept, only HTTPS is retried; nothing purged until both confirmed', async () => {
        const failing = await startHttpsReceiver({ pki, hmacSecret: HMAC_SECRET, requireClientCert: true, failNext: 1 });
        try {
            await host.setSetting(APP_ID, 'archive_https_url', failing.url);
            const { roomId } = await scriptedChat(host, agent);
            await host.closeLivechatRoom(roomId, { closedBy: agent });
            const first = await jobOf(host, roomId);
            expect(first).toMatchObject({ state: 'pending', lastErrorCode: 'HTTPS_STATUS' });
            expect(Object.keys(first!.receipts)).toEqual(['sftp']);
            expect(host.messages(roomId).filter((m) => !m.t)).toHaveLength(SCRIPT.length);

            await host.advanceClock(3 * 60_000);
            await host.settle();
            const done = await jobOf(host, roomId);
            expect(done).toMatchObject({ state: 'delivered' });
            expect([...failing.stored.values()].filter((s) => s.name.endsWith(`/${roomId}.json.pgp`))).toHaveLength(1);
            expect(deliveredFor(root, roomId)).toHaveLength(1);
            expect(host.messages(roomId).filter((m) => !m.t)).toHaveLength(0);
        } finally {
            await host.setSetting(APP_ID, 'archive_https_url', receiver.url);
            await failing.stop();
        }
    });

    test('a client certificate the receiver does not trust is refused: nothing stored there, the room stays pending', async () => {
        await host.setSetting(APP_ID, 'archive_https_client_cert_pem', pki.strangerCertPem);
        await host.setSetting(APP_ID, 'archive_https_client_key_pem', pki.strangerKeyPem);
        try {
            const { roomId } = await scriptedChat(host, agent);
            await host.closeLivechatRoom(roomId, { closedBy: agent });
            const job = await jobOf(host, roomId);
            expect(job?.state).toBe('pending');
            expect(['HTTPS_TLS', 'CONNECT', 'HTTPS_STATUS']).toContain(job?.lastErrorCode);
            expect(storedFor(roomId)).toEqual([]);
            expect(host.messages(roomId).filter((m) => !m.t)).toHaveLength(SCRIPT.length);
        } finally {
            await host.setSetting(APP_ID, 'archive_https_client_cert_pem', pki.clientCertPem);
            await host.setSetting(APP_ID, 'archive_https_client_key_pem', pki.clientKeyPem);
        }
    });

    test('nothing in app persistence or logs contains the PHI sent', async () => {
        const all = await everythingStoredAndLogged(host);
        for (const p of PHI) expect(all).not.toContain(p);
        expect(all).not.toContain(HMAC_SECRET);
        expect(all).not.toContain(pki.clientKeyPem.split('\n')[1]);
    });
});
