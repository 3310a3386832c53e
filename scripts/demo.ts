/**
 * `npm run demo`: packages PHI Conduit, starts the embedded Rocket.Chat Apps-Engine host (the real
 * runtime, in a Deno subprocess), installs the zip and plays a scripted livechat conversation,
 * showing what the visitor typed beside what Rocket.Chat stored (which is what the agent sees).
 * Every name and number in the script is synthetic.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { EmbeddedHost, SystemClock } from '../test/host/EmbeddedHost';

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
    } finally {
        await host.stop();
    }
    out(dim('host stopped, no Deno process left'));
}

main().catch((e: unknown) => {
    process.stderr.write(`demo failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
});
