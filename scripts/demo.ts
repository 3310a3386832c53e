/**
 * `npm run demo`: packages PHI Conduit, starts the embedded Rocket.Chat Apps-Engine host (the real
 * runtime, in a Deno subprocess), installs the zip and plays a scripted livechat conversation,
 * showing what the visitor typed beside what Rocket.Chat stored (which is what the agent sees).
 * Then it closes the chat: the transcript is encrypted to the archive's OpenPGP key, delivered to an
 * SFTP server (an ssh2-based one in this process, so no OpenSSH is needed) and purged from
 * Rocket.Chat; the demo prints the path, digest and purge result, and decrypts the copy the way
 * the archive's key holder would. Every name and number in the script is synthetic.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as openpgp from 'openpgp';
import { renderTranscriptText, type Transcript } from '../src/core/transcript/model';
import { EmbeddedHost, SystemClock } from '../test/host/EmbeddedHost';
import { startSsh2SftpServer } from '../test/support/servers/ssh2Sftp';

const root = path.resolve(__dirname, '..');
const out = (line = '') => process.stdout.write(`${line}\n`);
const dim = (s: string) => (process.stdout.isTTY ? `\x1b[2m${s}\x1b[0m` : s);
const bold = (s: string) => (process.stdout.isTTY ? `\x1b[1m${s}\x1b[0m` : s);

const SCRIPT: ReadonlyArray<{ who: 'visitor' | 'agent'; text: string }> = [
    { who: 'visitor', text: 'hi, this is Mariana Quintero, I need help with a claim' },
    { who: 'agent', text: 'Hello! Happy to help. Can you confirm your date of birth and member ID?' },
    { who: 'visitor', text: 'dob 03/14/1962, member id XQZ448120937' },
    { who: 'visitor', text: 'my medicare number is 1EG4-TE5-MK73 and my mom is 94 years old, she lives with me' },
    { who: 'agent', text: 'Thanks. Is 1842 Willow Creek Rd, Springfield, IL 62704 still your address?' },
    { who: 'visitor', text: 'yes. you can also reach me at (617) 555-0142 or quintero.m+claims@example.org' },
    { who: 'visitor', text: 'el doctor me vio el 4 de marzo, mi teléfono es +34 612 345 678' },
    { who: 'agent', text: 'Got it, the 500 mg refill (order #A-2231) ships Tuesday at 3:30 pm.' },
];

async function main(): Promise<void> {
    out(bold('PHI Conduit demo'));
    out(dim('packaging the app ...'));
    const packaged = execFileSync('node', ['scripts/package.mjs'], { cwd: root, encoding: 'utf8' }).trim();
    out(dim(packaged));

    const sftp = await startSsh2SftpServer();
    // The archive administrator's key pair: only the public key goes into the app's settings.
    const archiveKey = await openpgp.generateKey({ userIDs: [{ name: 'Demo Archive', email: 'archive@example.invalid' }], format: 'armored' });

    const started = Date.now();
    const host = await EmbeddedHost.start({ clock: new SystemClock() });
    try {
        const zip = path.join(root, packaged.split(':')[0]);
        const appId = await host.installZip(zip);
        out(`installed ${bold('PHI Conduit')} on the Apps-Engine runtime in ${Date.now() - started} ms `
            + `(Deno pid ${host.denoPids().join(', ')}, status ${await host.appStatus(appId)})`);
        await host.setSetting(appId, 'masking_agent_notice', true);
        await host.setSetting(appId, 'masking_block_labels', ['CREDIT_CARD']);
        out(dim('settings: masking on (livechat rooms), style x, agent notices on, card numbers blocked'));
        const archiveSettings: Record<string, unknown> = {
            archive_sftp_host: sftp.host, archive_sftp_port: sftp.port, archive_sftp_username: sftp.username,
            archive_sftp_private_key: sftp.clientPrivateKey, archive_sftp_host_fingerprint: sftp.hostFingerprint,
            archive_sftp_directory: '/archive', archive_pgp_public_key: archiveKey.publicKey,
            archive_seal_originals: true, archive_purge_mode: 'messages', archive_transport: 'sftp',
        };
        for (const [id, value] of Object.entries(archiveSettings)) await host.setSetting(appId, id, value);
        out(dim(`archive: SFTP ${sftp.host}:${sftp.port} (host key ${sftp.hostFingerprint}), encrypted to an OpenPGP key, `
            + 'originals sealed, messages purged after confirmed delivery'));
        out();

        const agent = host.createUser({ username: 'agent.rivera', name: 'Agent Rivera', roles: ['user', 'livechat-agent'] });
        const room = host.createLivechatRoom({ visitor: { name: 'Website visitor' }, agent });
        const visitor = host.state.visitors.get(room.visitor.id!)!;

        const show = async (who: 'visitor' | 'agent', text: string): Promise<void> => {
            const before = host.notifications.length;
            const r = await host.sendMessage({ roomId: room.id, sender: who === 'agent' ? agent : { visitor }, text });
            await host.settle();
            out(`${bold(who.padEnd(7))} typed:  ${text}`);
            if (r.stored) {
                const same = r.stored.text === text;
                out(`${' '.repeat(7)} stored: ${r.stored.text}${same ? dim('   (no PHI, unchanged)') : ''}`);
            } else {
                out(`${' '.repeat(7)} stored: ${dim('(nothing: the message was not delivered)')}`);
                const reply = host.messages(room.id).at(-1);
                if (reply && reply.sender?.id !== visitor.id && who === 'visitor') out(`${' '.repeat(7)} visitor sees: ${reply.text?.split('\n')[0]}`);
            }
            for (const n of host.notifications.slice(before)) {
                out(`${' '.repeat(7)} ${dim(`agent's private note: ${n.text}`)}`);
            }
            out();
        };

        for (const line of SCRIPT) {
            await show(line.who, line.text);
        }
        await show('visitor', 'can I just pay with my card 4111 1111 1111 1111?');

        const upload = await host.uploadFile({ roomId: room.id, visitor, name: 'insurance-card.jpg', type: 'image/jpeg', content: Buffer.from([0xff, 0xd8, 0xff]) });
        out(`${bold('visitor')} uploads insurance-card.jpg: ${upload.accepted ? 'accepted' : `refused: ${upload.reason}`}`);
        const notes = await host.uploadFile({ roomId: room.id, visitor, name: 'notes.txt', type: 'text/plain', content: Buffer.from('ssn 078-05-1120') });
        out(`${bold('visitor')} uploads notes.txt with an SSN: ${notes.accepted ? 'accepted' : `refused: ${notes.reason}`}`);
        out();

        const status = await host.callEndpoint(appId, 'status', {});
        out(`GET /api/apps/public/${appId}/status → ${status.status} ${JSON.stringify(status.content)}`);
        const leaked = host.logText().filter((l) => /1962|555-0142|XQZ448120937|Quintero/.test(l)).length;
        out(`app log lines stored by the host: ${host.logs.length}, lines containing any of the PHI typed: ${leaked}`);
        out();

        await closeAndArchive(host, appId, room.id, agent, sftp.root, archiveKey.privateKey);
    } finally {
        await host.stop();
        await sftp.stop();
    }
    out(dim('host stopped, no Deno process left; SFTP server stopped'));
}

/** Closes the chat, waits for the delivery receipt, prints path, digest and purge result, and reads the copy back. */
async function closeAndArchive(host: EmbeddedHost, appId: string, roomId: string, agent: { id: string }, sftpRoot: string, privateKey: string): Promise<void> {
    const stored = host.messages(roomId).filter((m) => !m.t).length;
    const sealedBefore = (await host.persistenceRecords(appId)).filter((r) => r.associations?.some((a) => a.id === 'phi-conduit:sealed-original'));
    out(`${bold('agent')} closes the chat (${stored} messages stored, masked; ${sealedBefore.length} originals sealed as OpenPGP ciphertext in app storage)`);
    const closedAt = Date.now();
    await host.closeLivechatRoom(roomId, { closedBy: host.state.users.get(agent.id) });
    await host.settle();
    const records = await host.persistenceRecords(appId);
    const of = (kind: string) => records.filter((r) => r.associations?.some((a) => a.id === kind) && r.associations?.some((a) => a.id === roomId));
    const job = (of('phi-conduit:archive-job')[0]?.data as { job?: { state: string; receipts: Record<string, { location: string; sha256: string; size: number; deliveredAt: string }> } })?.job;
    const receipt = (of('phi-conduit:archive-receipt')[0]?.data as { receipt?: { purge?: { mode: string; messagesDeleted: number; sealedRemoved: number } } })?.receipt;
    if (job?.state !== 'delivered' || !receipt) {
        out(`delivery not confirmed (job state ${job?.state ?? 'none'}); see the app logs`);
        return;
    }
    const r = job.receipts.sftp;
    out(`delivered in ${new Date(r.deliveredAt).getTime() - closedAt} ms to ${r.location}`);
    out(`  sha256 ${r.sha256}, ${r.size} bytes, encrypted`);
    out(`  purged: ${receipt.purge?.messagesDeleted ?? 0} messages removed from Rocket.Chat (mode ${receipt.purge?.mode}), `
        + `${receipt.purge?.sealedRemoved ?? 0} sealed originals removed from app storage; messages left in the room: ${host.messages(roomId).filter((m) => !m.t).length}`);
    out();

    // The archive side: only the holder of the private key can read the copy.
    const file = findFile(sftpRoot, `${roomId}.json.pgp`);
    if (!file) return;
    const key = await openpgp.readPrivateKey({ armoredKey: privateKey });
    const { data } = await openpgp.decrypt({ message: await openpgp.readMessage({ binaryMessage: readFileSync(file) }), decryptionKeys: key, format: 'binary' });
    const transcript = JSON.parse(Buffer.from(data as Uint8Array).toString('utf8')) as Transcript;
    out(dim(`archive side: ${path.relative(sftpRoot, file)} decrypted with the archive's private key (schema ${transcript.schema} v${transcript.version}):`));
    for (const line of renderTranscriptText(transcript).split('\n').slice(0, 16)) out(dim(`  ${line}`));
    const first = transcript.sealedOriginals?.[0];
    if (first) {
        const original = await openpgp.decrypt({ message: await openpgp.readMessage({ armoredMessage: first.pgp }), decryptionKeys: key });
        out(dim(`  sealed original of message ${first.messageId} (readable only here): ${(JSON.parse(String(original.data)) as { text: string }).text}`));
    }
    out();
}

function findFile(dir: string, name: string): string | undefined {
    for (const entry of readdirSync(dir)) {
        const full = path.join(dir, entry);
        if (statSync(full).isDirectory()) {
            const found = findFile(full, name);
            if (found) return found;
        } else if (entry === name) {
            return full;
        }
    }
    return undefined;
}

main().catch((e: unknown) => {
    process.stderr.write(`demo failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
});
