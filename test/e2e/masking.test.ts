/**
 * The packaged zip on the real Apps-Engine runtime (a Deno subprocess): what Rocket.Chat stores
 * when visitors and agents send PHI. Every value below is synthetic (555 numbers, example.org,
 * generated ids that pass their checksums).
 */
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { EmbeddedHost, type Visitor } from '../host/EmbeddedHost';
import { APP_ID, packagedZip } from './packagedApp';

jest.setTimeout(90_000);

let host: EmbeddedHost;
let agent: IUser;

beforeAll(async () => {
    host = await EmbeddedHost.start();
    await host.installZip(packagedZip());
    agent = host.createUser({ username: 'agent.rivera', name: 'Agent Rivera', roles: ['user', 'livechat-agent'] });
});

afterAll(async () => {
    await host?.stop();
});

/** A fresh livechat room and its visitor. */
function livechat(department?: { id: string; name: string }): { roomId: string; visitor: Visitor } {
    const room = host.createLivechatRoom({ visitor: { name: 'Guest Visitor' }, agent, department });
    return { roomId: room.id, visitor: host.state.visitors.get(room.visitor.id!)! };
}

// One message per label, with the PHI that must not survive in what the host stores.
const PER_LABEL: ReadonlyArray<[label: string, text: string, phi: readonly string[]]> = [
    ['PERSON', 'hi, my name is Mariana Quintero', ['Mariana', 'Quintero']],
    ['DATE', 'my date of birth is 03/14/1962', ['03/14/1962']],
    ['AGE_OVER_89', 'my grandmother is 94 years old', ['94']],
    ['ADDRESS', 'I live at 1842 Willow Creek Rd, Springfield, IL 62704', ['1842 Willow Creek', '62704']],
    ['PHONE', 'call me at (617) 555-0142', ['555-0142']],
    ['FAX', 'fax it to 617-555-0199 please', ['555-0199']],
    ['EMAIL', 'email me at quintero.m+clinic@example.org', ['quintero.m', 'example.org']],
    ['SSN', 'ssn 078-05-1120', ['078-05-1120']],
    ['MRN', 'MRN: 00482913', ['00482913']],
    ['HEALTH_PLAN_ID', 'my medicare number is 1EG4-TE5-MK73', ['1EG4-TE5-MK73']],
    ['ACCOUNT_NUMBER', 'bank account number 004512398877', ['004512398877']],
    ['LICENSE_NUMBER', "driver's license D1234567", ['D1234567']],
    ['NPI', 'the NPI of my doctor is 1245319599', ['1245319599']],
    ['VEHICLE_ID', 'car VIN 1M8GDM9AXKP042788', ['1M8GDM9AXKP042788']],
    ['DEVICE_ID', 'pump serial MAC 00:1A:2B:3C:4D:5E', ['00:1A:2B:3C:4D:5E']],
    ['URL', 'see https://portal.example.org/patients/88412', ['portal.example.org/patients/88412']],
    ['IP_ADDRESS', 'my ip is 203.0.113.77', ['203.0.113.77']],
    ['CREDIT_CARD', 'card 4111 1111 1111 1111 exp soon', ['4111 1111 1111 1111']],
    ['IBAN', 'IBAN DE89 3704 0044 0532 0130 00', ['DE89 3704 0044 0532 0130 00']],
];

describe('masking in livechat, on the real runtime', () => {
    test('the packaged app runs in a Deno subprocess and its status endpoint answers', async () => {
        const pids = host.denoPids();
        expect(pids).toHaveLength(1);
        expect(() => process.kill(pids[0], 0)).not.toThrow();
        const status = await host.callEndpoint(APP_ID, 'status', {});
        expect(status).toMatchObject({ status: 200, content: { app: 'phi-conduit', masking: 'on', configuration: 'valid' } });
    });

    test.each(PER_LABEL)('%s: a visitor message is stored masked, and no character of the PHI survives', async (_label, text, phi) => {
        const { roomId, visitor } = livechat();
        const r = await host.sendMessage({ roomId, sender: { visitor }, text });
        expect(r.refused).toBeUndefined();
        const stored = host.messages(roomId).at(-1)!.text!;
        expect(stored).toHaveLength(text.length);
        for (const p of phi) {
            expect(stored).not.toContain(p);
        }
        // Masked characters became X: every position where the input had PHI now holds X.
        for (const p of phi) {
            const at = text.indexOf(p);
            for (let i = at; i < at + p.length; i++) {
                if (/[\p{L}\p{N}]/u.test(text[i])) expect(stored[i]).toBe('X');
            }
        }
    });

    test('a message without PHI is stored exactly as typed', async () => {
        const { roomId, visitor } = livechat();
        const text = 'Hi! I need to refill my 500 mg prescription, order #A-2231, is the pharmacy open at 3:30 pm?';
        await host.sendMessage({ roomId, sender: { visitor }, text });
        expect(host.messages(roomId).at(-1)!.text).toBe(text);
    });

    test('agents are masked too, including attachments and alias', async () => {
        const { roomId } = livechat();
        await host.sendMessage({
            roomId, sender: agent, text: 'confirming DOB 03/14/1962', alias: 'Front desk',
            attachments: [{ text: 'callback (617) 555-0142', fields: [{ title: 'Member', value: 'ssn 078-05-1120', short: true }] }],
        });
        const m = host.messages(roomId).at(-1)!;
        expect(m.text).toBe('confirming DOB XX/XX/XXXX');
        expect(m.attachments?.[0].text).toBe('callback (XXX) XXX-XXXX');
        expect(m.attachments?.[0].fields?.[0]).toEqual({ title: 'Member', value: 'ssn XXX-XX-XXXX', short: true });
        expect(m.alias).toBe('Front desk');
    });

    test('an edit that adds PHI is masked before it is stored', async () => {
        const { roomId, visitor } = livechat();
        const sent = await host.sendMessage({ roomId, sender: { visitor }, text: 'my number is' });
        const r = await host.updateMessage(sent.stored!.id, { text: 'my number is 617-555-0142' });
        expect(r.updated?.text).toBe('my number is XXX-XXX-XXXX');
        expect(host.messages(roomId).map((m) => m.text)).toEqual(['my number is XXX-XXX-XXXX']);
    });

    test('a malformed message the app cannot check is withheld, never stored unmasked', async () => {
        const { roomId } = livechat();
        const r = await host.sendMessage({
            roomId, sender: agent, text: 'see attached, ssn 078-05-1120',
            attachments: [{ fields: [{ title: 'SSN', value: 78051120 as unknown as string, short: true }] }],
        });
        const stored = host.messages(roomId);
        expect(r.refused === undefined ? stored.map((m) => m.text) : []).not.toContainEqual(expect.stringContaining('078-05-1120'));
        const all = JSON.stringify(stored);
        expect(all).not.toContain('078-05-1120');
        expect(all).not.toContain('78051120');
        if (r.stored) expect(r.stored.text).toMatch(/withheld/);
    });

    test('channels are out of scope by default, in scope with masking_scope=all', async () => {
        const channel = host.createRoom({ type: 'c', members: [agent] });
        await host.sendMessage({ roomId: channel.id, sender: agent, text: 'please call the pharmacy at 617-555-0142' });
        expect(host.messages(channel.id).at(-1)!.text).toBe('please call the pharmacy at 617-555-0142');
        await host.setSetting(APP_ID, 'masking_scope', 'all');
        await host.sendMessage({ roomId: channel.id, sender: agent, text: 'please call the pharmacy at 617-555-0142' });
        expect(host.messages(channel.id).at(-1)!.text).toBe('please call the pharmacy at XXX-XXX-XXXX');
        await host.setSetting(APP_ID, 'masking_scope', 'livechat');
    });

    test('masking_departments limits livechat masking to the listed departments', async () => {
        await host.setSetting(APP_ID, 'masking_departments', 'dep-cardiology, dep-oncology');
        const inDept = livechat({ id: 'dep-cardiology', name: 'Cardiology' });
        const outDept = livechat({ id: 'dep-billing', name: 'Billing' });
        await host.sendMessage({ roomId: inDept.roomId, sender: { visitor: inDept.visitor }, text: 'ssn 078-05-1120' });
        await host.sendMessage({ roomId: outDept.roomId, sender: { visitor: outDept.visitor }, text: 'ssn 078-05-1120' });
        expect(host.messages(inDept.roomId).at(-1)!.text).toBe('ssn XXX-XX-XXXX');
        expect(host.messages(outDept.roomId).at(-1)!.text).toBe('ssn 078-05-1120');
        await host.setSetting(APP_ID, 'masking_departments', '');
    });

    test('a setting change takes effect on the next message (token style, then partial)', async () => {
        const { roomId, visitor } = livechat();
        await host.setSetting(APP_ID, 'masking_style', 'token');
        await host.sendMessage({ roomId, sender: { visitor }, text: 'ssn 078-05-1120' });
        expect(host.messages(roomId).at(-1)!.text).toBe('ssn [SSN]');
        await host.setSetting(APP_ID, 'masking_style', 'partial');
        await host.sendMessage({ roomId, sender: { visitor }, text: 'ssn 078-05-1120' });
        expect(host.messages(roomId).at(-1)!.text).toBe('ssn XXX-XX-1120');
        await host.setSetting(APP_ID, 'masking_style', 'x');
    });

    test('masking_enabled=false lets messages through unchanged', async () => {
        const { roomId, visitor } = livechat();
        await host.setSetting(APP_ID, 'masking_enabled', false);
        await host.sendMessage({ roomId, sender: { visitor }, text: 'ssn 078-05-1120' });
        await host.setSetting(APP_ID, 'masking_enabled', true);
        await host.sendMessage({ roomId, sender: { visitor }, text: 'ssn 078-05-1120' });
        expect(host.messages(roomId).map((m) => m.text)).toEqual(['ssn 078-05-1120', 'ssn XXX-XX-XXXX']);
    });

    test('an unsafe custom pattern is reported by setting id and the last good configuration stays in force', async () => {
        const { roomId, visitor } = livechat();
        await host.setSetting(APP_ID, 'masking_style', 'token');
        await host.setSetting(APP_ID, 'masking_custom_patterns', 'CUSTOM: (a+)+$');
        const status = await host.callEndpoint(APP_ID, 'status', {});
        expect(status.content).toMatchObject({ configuration: 'invalid', invalidSettings: ['masking_custom_patterns'] });
        expect(host.logText().some((l) => l.includes('config.invalid') && l.includes('masking_custom_patterns'))).toBe(true);
        await host.sendMessage({ roomId, sender: { visitor }, text: 'ssn 078-05-1120' });
        expect(host.messages(roomId).at(-1)!.text).toBe('ssn [SSN]');
        // a valid pattern is accepted and used
        await host.setSetting(APP_ID, 'masking_custom_patterns', 'CUSTOM: \\bQX-\\d{6}\\b');
        expect((await host.callEndpoint(APP_ID, 'status', {})).content).toMatchObject({ configuration: 'valid' });
        await host.sendMessage({ roomId, sender: { visitor }, text: 'case QX-123456 opened' });
        expect(host.messages(roomId).at(-1)!.text).toBe('case [CUSTOM] opened');
        await host.setSetting(APP_ID, 'masking_custom_patterns', '');
        await host.setSetting(APP_ID, 'masking_style', 'x');
    });

    test('allow-listed terms are left as they are', async () => {
        const { roomId, visitor } = livechat();
        await host.setSetting(APP_ID, 'masking_allow_terms', '617-555-0100');
        await host.sendMessage({ roomId, sender: { visitor }, text: 'I called 617-555-0100 and 617-555-0142' });
        expect(host.messages(roomId).at(-1)!.text).toBe('I called 617-555-0100 and XXX-XXX-XXXX');
        await host.setSetting(APP_ID, 'masking_allow_terms', '');
    });
});

describe('blocking, on the real runtime', () => {
    beforeAll(async () => {
        await host.setSetting(APP_ID, 'masking_block_labels', ['SSN', 'CREDIT_CARD']);
    });
    afterAll(async () => {
        await host.setSetting(APP_ID, 'masking_block_labels', []);
    });

    test('a visitor message with a blocked label is not delivered; the visitor is told in the room, without the data', async () => {
        const { roomId, visitor } = livechat();
        const r = await host.sendMessage({ roomId, sender: { visitor }, text: 'my card is 4111 1111 1111 1111' });
        expect(r.stored).toBeUndefined();
        const texts = host.messages(roomId).map((m) => m.text ?? '');
        expect(texts.join('\n')).not.toContain('4111');
        expect(texts).toHaveLength(1);
        expect(texts[0]).toMatch(/was not delivered because it contained: card number/);
        expect(texts[0]).toMatch(/no se entregó/);
    });

    test('an agent message with a blocked label is not delivered; the agent gets an ephemeral notice without the data', async () => {
        const { roomId } = livechat();
        const before = host.notifications.length;
        const r = await host.sendMessage({ roomId, sender: agent, text: 'your ssn on file is 078-05-1120' });
        expect(r.stored).toBeUndefined();
        expect(host.messages(roomId)).toHaveLength(0);
        const notices = host.notifications.slice(before);
        expect(notices).toEqual([expect.objectContaining({ kind: 'user', userId: agent.id, roomId })]);
        expect(notices[0].text).toMatch(/Social Security number/);
        expect(notices[0].text).not.toContain('078-05-1120');
    });

    test('an edit that adds a blocked label is refused and the stored message keeps its previous text', async () => {
        const { roomId, visitor } = livechat();
        const sent = await host.sendMessage({ roomId, sender: { visitor }, text: 'one moment' });
        const r = await host.updateMessage(sent.stored!.id, { text: 'ssn 078-05-1120' });
        expect(r.updated).toBeUndefined();
        expect(host.messages(roomId).map((m) => m.text)).not.toContainEqual(expect.stringContaining('078-05-1120'));
        expect(host.messages(roomId)[0].text).toBe('one moment');
    });
});

describe('agent notice, counters and logs, on the real runtime', () => {
    test('with masking_agent_notice the serving agent gets a private note naming the kinds masked', async () => {
        await host.setSetting(APP_ID, 'masking_agent_notice', true);
        const { roomId, visitor } = livechat();
        const before = host.notifications.length;
        await host.sendMessage({ roomId, sender: { visitor }, text: 'dob 03/14/1962, phone (617) 555-0142' });
        await host.settle();
        const notices = host.notifications.slice(before).filter((n) => n.userId === agent.id);
        expect(notices).toHaveLength(1);
        expect(notices[0].text).toBe('PHI Conduit masked 1 date, 1 phone number in this message before it was stored.');
        await host.setSetting(APP_ID, 'masking_agent_notice', false);
    });

    test('counts of masked findings are flushed to app persistence by the scheduled job, without PHI', async () => {
        const { roomId, visitor } = livechat();
        await host.sendMessage({ roomId, sender: { visitor }, text: 'ssn 078-05-1120' });
        await host.advanceClock(61_000);
        const records = await host.persistenceRecords(APP_ID);
        const batches = records.map((r) => r.data as { day?: string; masked?: Record<string, number> }).filter((d) => d.day);
        expect(batches.length).toBeGreaterThan(0);
        const total = batches.reduce((n, b) => n + (b.masked?.SSN ?? 0), 0);
        expect(total).toBeGreaterThanOrEqual(1);
        // The job logs through the logger of its run, which is the one Rocket.Chat stores.
        expect(host.logText().some((l) => l.includes('scheduler:phi-conduit-flush-counters') && l.includes('counters.flushed'))).toBe(true);
    });

});

describe('uploads, on the real runtime', () => {
    const upload = (roomId: string, visitor: Visitor, name: string, type: string, content: string | Buffer) =>
        host.uploadFile({ roomId, visitor, name, type, content: Buffer.isBuffer(content) ? content : Buffer.from(content) });
    const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);

    test('by default livechat images are refused with a reason, text files are scanned', async () => {
        const { roomId, visitor } = livechat();
        const image = await upload(roomId, visitor, 'card.jpg', 'image/jpeg', JPEG);
        expect(image).toMatchObject({ accepted: false, reason: expect.stringMatching(/Images and scans are not allowed/) });
        const clean = await upload(roomId, visitor, 'list.txt', 'text/plain', 'bring the blue folder and the 500 mg bottle');
        expect(clean.accepted).toBe(true);
        const withPhi = await upload(roomId, visitor, 'notes.csv', 'text/csv', 'name,dob\nMariana Quintero,03/14/1962\n');
        expect(withPhi).toMatchObject({ accepted: false, reason: expect.stringMatching(/contains .*date/) });
        expect(withPhi.reason).not.toContain('1962');
    });

    test('block_all refuses everything; allow_listed accepts only the listed types; allow accepts images', async () => {
        const { roomId, visitor } = livechat();
        await host.setSetting(APP_ID, 'upload_policy', 'block_all');
        expect((await upload(roomId, visitor, 'a.txt', 'text/plain', 'hello')).accepted).toBe(false);
        await host.setSetting(APP_ID, 'upload_policy', 'allow_listed');
        await host.setSetting(APP_ID, 'upload_allowed_types', 'application/pdf, text/*');
        expect((await upload(roomId, visitor, 'a.pdf', 'application/pdf', '%PDF-1.4')).accepted).toBe(true);
        expect((await upload(roomId, visitor, 'a.zip', 'application/zip', 'PK')).accepted).toBe(false);
        expect((await upload(roomId, visitor, 'a.txt', 'text/plain', 'ssn 078-05-1120')).accepted).toBe(false);
        await host.setSetting(APP_ID, 'upload_policy', 'allow');
        expect((await upload(roomId, visitor, 'b.jpg', 'image/jpeg', JPEG)).accepted).toBe(true);
        await host.setSetting(APP_ID, 'upload_policy', 'block_images');
        await host.setSetting(APP_ID, 'upload_allowed_types', 'text/plain, application/pdf');
    });

    test('a bad MIME type list is reported and the last good upload policy stays in force', async () => {
        const { roomId, visitor } = livechat();
        await host.setSetting(APP_ID, 'upload_allowed_types', 'text/plain, not a type');
        expect((await host.callEndpoint(APP_ID, 'status', {})).content).toMatchObject({ invalidSettings: ['upload_allowed_types'] });
        expect((await upload(roomId, visitor, 'c.jpg', 'image/jpeg', JPEG)).accepted).toBe(false);
        await host.setSetting(APP_ID, 'upload_allowed_types', 'text/plain, application/pdf');
    });

    test('uploads in rooms out of scope are not touched', async () => {
        const channel = host.createRoom({ type: 'c', members: [agent] });
        const r = await host.uploadFile({ roomId: channel.id, user: agent, name: 'team.jpg', type: 'image/jpeg', content: JPEG });
        expect(r.accepted).toBe(true);
    });
});

// Last, over everything the tests above sent (jest runs a file's tests in order).
describe('what the host keeps', () => {
    test('no captured log line and no persistence record contains any PHI that was sent', async () => {
        const sent = [...PER_LABEL.flatMap(([, , phi]) => phi).filter((p) => p.length >= 4), 'Quintero,03/14/1962', '4111 1111 1111 1111'];
        const logs = host.logText().join('\n');
        const stored = JSON.stringify(await host.persistenceRecords(APP_ID));
        for (const p of sent) {
            expect(logs).not.toContain(p);
            expect(stored).not.toContain(p);
        }
    });
});
