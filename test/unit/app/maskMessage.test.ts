import fc from 'fast-check';
import { scanMessage } from '../../../src/core/chat/maskMessage';
import { blockedNoticeForAgent, blockedNoticeForVisitor, maskedNotice } from '../../../src/core/chat/notices';
import { describeConfigError } from '../../../src/core/config';
import type { Scanner } from '../../../src/core/engine';
import type { Finding, Label } from '../../../src/core/types';

/** A fake scanner: every run of digits is a finding; runs of 9 digits are SSNs (blocked when asked). */
function digitScanner(blockSsn = false): Scanner {
    return {
        scan(text: string) {
            const findings: Finding[] = [...text.matchAll(/\d+/g)].map((m) => ({
                type: (m[0].length === 9 ? 'SSN' : 'PHONE') as Label, start: m.index!, end: m.index! + m[0].length, ruleId: 'fake', score: 1,
            }));
            const blockedLabels = blockSsn && findings.some((f) => f.type === 'SSN') ? ['SSN' as Label] : [];
            const masked = blockedLabels.length ? null : text.replace(/\d/g, 'X');
            return { findings, masked, blocked: blockedLabels.length > 0, blockedLabels };
        },
    };
}

describe('scanMessage', () => {
    test('masks text, alias and every text-bearing part of attachments, keeping structure', () => {
        const message = {
            text: 'call 5550100', alias: 'Visitor 42', other: { keep: 'me 123' },
            attachments: [{
                text: 'a 1', description: 'b 2', title: { value: 't 3', link: 'https://x.example/9' },
                author: { name: 'n 4', icon: 'i' }, fields: [{ title: 'f 5', value: 'v 6', short: true }], color: '#123456',
            }],
        };
        const r = scanMessage(message, digitScanner());
        expect(r.changed).toBe(true);
        expect(r.content.text).toBe('call XXXXXXX');
        expect(r.content.alias).toBe('Visitor XX');
        expect(r.content.other).toEqual({ keep: 'me 123' });
        const a = r.content.attachments[0];
        expect([a.text, a.description, a.title.value, a.author.name, a.fields[0].title, a.fields[0].value])
            .toEqual(['a X', 'b X', 't X', 'n X', 'f X', 'v X']);
        expect(a.title.link).toBe('https://x.example/9');
        expect(a.color).toBe('#123456');
        expect(a.fields[0].short).toBe(true);
        expect(r.counts).toEqual({ PHONE: 8 });
        // the input is not modified
        expect(message.text).toBe('call 5550100');
    });

    test('reports blocked labels from any part', () => {
        const r = scanMessage({ text: 'fine', attachments: [{ text: 'ssn 123456789' }] }, digitScanner(true));
        expect(r.blockedLabels).toEqual(['SSN']);
    });

    test('a text part that is not a string cannot be checked, so scanning throws (the hook withholds it)', () => {
        const malformed = { text: 'ok', attachments: [{ fields: [{ title: 'x', value: 123456789 as unknown as string }] }] };
        expect(() => scanMessage(malformed, digitScanner())).toThrow(TypeError);
    });

    test('a message without findings is unchanged', () => {
        const r = scanMessage({ text: 'hello there' }, digitScanner());
        expect(r.changed).toBe(false);
        expect(r.content.text).toBe('hello there');
        expect(r.counts).toEqual({});
    });

    test('property: masked parts never keep a digit the fake scanner found', () => {
        fc.assert(fc.property(fc.string(), fc.string(), (text, alias) => {
            const r = scanMessage({ text, alias }, digitScanner());
            return !/\d/.test(r.content.text ?? '') && !/\d/.test(r.content.alias ?? '');
        }));
    });
});

describe('notices name kinds of data, never the data', () => {
    test('agent and visitor notices list label names only', () => {
        expect(maskedNotice({ DATE: 1, HEALTH_PLAN_ID: 2 })).toBe('PHI Conduit masked 1 date, 2 health plan ids in this message before it was stored.');
        expect(blockedNoticeForAgent(['SSN'])).toMatch(/Social Security number/);
        const v = blockedNoticeForVisitor(['SSN', 'CREDIT_CARD']);
        expect(v).toMatch(/Social Security number, card number/);
        expect(v).toMatch(/número de Seguro Social, número de tarjeta/);
        expect(v).not.toMatch(/\d{3}/);
    });

    test('configuration errors are shown with the setting id and line', () => {
        expect(describeConfigError({ settingId: 'masking_custom_patterns', line: 3, message: 'does not compile' }))
            .toBe('masking_custom_patterns (line 3): does not compile');
    });
});
