/**
 * Shared pieces of the archive e2e tests: settings for the real servers, a scripted livechat with
 * PHI that the app masks, and readers of what the archive and app persistence hold.
 * Every value is synthetic (555 numbers, example.org, checksum-valid invented ids).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import type { EmbeddedHost, Visitor } from '../host/EmbeddedHost';
import type { GpgHome } from '../support/servers/gpg';
import type { SshdServer } from '../support/servers/sshd';
import type { HttpsReceiver, TestPki } from '../support/servers/https';
import { APP_ID } from './packagedApp';

export const WORKSPACE_ID = 'WorkspaceTest00001';
export const HMAC_SECRET = 'e2e-hmac-secret-0123456789abcdef0123456789abcdef';

/** What the visitor and agent type (PHI), and fragments that must never be found stored or logged. */
export const SCRIPT: ReadonlyArray<{ from: 'visitor' | 'agent'; text: string }> = [
    { from: 'visitor', text: 'hi, my name is Mariana Quintero and my date of birth is 03/14/1962' },
    { from: 'agent', text: 'Thanks. Can you confirm your member id?' },
    { from: 'visitor', text: 'my medicare number is 1EG4-TE5-MK73, call me at (617) 555-0142' },
    { from: 'agent', text: 'Your refill is ready; ssn on file 078-05-1120 matches.' },
];
export const PHI: readonly string[] = ['Mariana', 'Quintero', '03/14/1962', '1EG4-TE5-MK73', '555-0142', '078-05-1120'];

export function sftpSettings(sshd: SshdServer, directory = `${sshd.archiveRoot}/phi`): Record<string, unknown> {
    return {
        archive_sftp_host: sshd.host,
        archive_sftp_port: sshd.port,
        archive_sftp_username: sshd.username,
        archive_sftp_private_key: sshd.client.privateKey,
        archive_sftp_host_fingerprint: sshd.hostFingerprint,
        archive_sftp_directory: directory,
    };
}

export function httpsSettings(receiver: HttpsReceiver, pki: TestPki): Record<string, unknown> {
    return {
        archive_https_url: receiver.url,
        archive_https_ca_pem: pki.caPem,
        archive_https_client_cert_pem: pki.clientCertPem,
        archive_https_client_key_pem: pki.clientKeyPem,
        archive_https_hmac_secret: HMAC_SECRET,
    };
}

/** Applies settings in order; the transport last, so the app validates a complete configuration. */
export async function configure(host: EmbeddedHost, settings: Record<string, unknown>): Promise<void> {
    const { archive_transport: transport, ...rest } = settings;
    for (const [id, value] of Object.entries(rest)) await host.setSetting(APP_ID, id, value);
    if (transport !== undefined) await host.setSetting(APP_ID, 'archive_transport', transport);
}

/** A livechat room with the scripted conversation (masked by the app on the way in). */
export async function scriptedChat(host: EmbeddedHost, agent: IUser, script = SCRIPT,
    department?: { id: string; name: string }): Promise<{ roomId: string; visitor: Visitor }> {
    const room = host.createLivechatRoom({ visitor: { name: 'Guest Visitor' }, agent, department });
    const visitor = host.state.visitors.get(room.visitor.id!)!;
    for (const line of script) {
        // The host's clock is manual: a second between messages gives them distinct times.
        await host.advanceClock(1000);
        const r = await host.sendMessage({ roomId: room.id, sender: line.from === 'visitor' ? { visitor } : agent, text: line.text });
        if (!r.stored) throw new Error(`message not stored: ${JSON.stringify(r.refused ?? r.prevented)}`);
    }
    return { roomId: room.id, visitor };
}

/** Files under the SFTP archive root (recursively), relative paths. */
export function archiveFiles(root: string): string[] {
    if (!existsSync(root)) return [];
    const out: string[] = [];
    const walk = (dir: string, rel: string): void => {
        for (const name of readdirSync(dir)) {
            const full = join(dir, name);
            if (statSync(full).isDirectory()) walk(full, rel ? `${rel}/${name}` : name);
            else out.push(rel ? `${rel}/${name}` : name);
        }
    };
    walk(root, '');
    return out.sort();
}

/** The room's delivered file(s) on the SFTP server. */
export function deliveredFor(root: string, roomId: string): string[] {
    return archiveFiles(root).filter((f) => f.endsWith(`/${roomId}.json.pgp`) || f.endsWith(`/${roomId}.json`));
}

export interface DecryptedTranscript {
    readonly schema: string;
    readonly version: string;
    readonly room: { id: string; agentIds: string[]; openedAt: string; closedAt: string; closedBy?: { type: string; id?: string }; departmentId?: string; tags: string[] };
    readonly visitor: Record<string, string>;
    readonly counts: { messages: number };
    readonly messages: Array<{ id: string; text: string; sender: { type: string; id?: string }; threadId?: string; editedAt?: string }>;
    readonly sealedOriginals?: Array<{ messageId?: string; event: string; pgp: string }>;
    readonly rendering?: string;
}

export function decryptFile(gpg: GpgHome, path: string): DecryptedTranscript {
    return JSON.parse(gpg.decrypt(readFileSync(path)).toString('utf8')) as DecryptedTranscript;
}

/** App persistence records of one kind (by its MISC association), data only. */
export async function recordsOf(host: EmbeddedHost, kind: string): Promise<Array<Record<string, unknown>>> {
    const all = await host.persistenceRecords(APP_ID);
    return all.filter((r) => (r.associations ?? []).some((a) => a.id === kind)).map((r) => r.data as Record<string, unknown>);
}

export interface JobView {
    readonly roomId: string;
    readonly state: string;
    readonly attempts: number;
    readonly nextAttemptAt: number;
    readonly lastErrorCode?: string;
    readonly receipts: Record<string, { sha256: string; size: number; location: string; outcome: string; deliveredAt: string }>;
}

export async function jobOf(host: EmbeddedHost, roomId: string): Promise<JobView | undefined> {
    const jobs = (await recordsOf(host, 'phi-conduit:archive-job')).map((d) => d.job as JobView).filter((j) => j?.roomId === roomId);
    return jobs.sort((a, b) => b.attempts - a.attempts)[0];
}

export async function receiptOf(host: EmbeddedHost, roomId: string): Promise<Record<string, unknown> | undefined> {
    const list = (await recordsOf(host, 'phi-conduit:archive-receipt')).map((d) => d.receipt as Record<string, unknown>);
    return list.find((r) => r?.roomId === roomId);
}

/** Every string the app stored or logged, for scanning for PHI. */
export async function everythingStoredAndLogged(host: EmbeddedHost): Promise<string> {
    return `${JSON.stringify(await host.persistenceRecords())}\n${host.logText().join('\n')}`;
}

export async function waitUntil(check: () => Promise<boolean> | boolean, timeoutMs: number, what: string): Promise<void> {
    const start = Date.now();
    while (Date.now() - start < timeoutMs) {
        if (await check()) return;
        await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`timed out waiting for ${what}`);
}
