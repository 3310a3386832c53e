import { nextCronTime, parseCron, parseHumanInterval, parseWhen } from './bridges/schedule-time';

describe('Agenda-style time expressions of the scheduler bridge', () => {
    test.each([
        ['5000', 5000],
        ['5 seconds', 5000],
        ['1 minute', 60_000],
        ['a minute', 60_000],
        ['1.5 hours', 5_400_000],
        ['1 hour and 30 minutes', 5_400_000],
        ['2 days', 172_800_000],
    ])('human interval %s', (text, ms) => {
        expect(parseHumanInterval(text)).toBe(ms);
    });

    test.each(['*/5 * * * *', 'soon', ''])('not a human interval: %s', (text) => {
        expect(parseHumanInterval(text)).toBeUndefined();
    });

    test('one-time "when"', () => {
        const now = new Date('2026-01-01T00:00:00Z');
        expect(parseWhen('in 5 minutes', now).toISOString()).toBe('2026-01-01T00:05:00.000Z');
        expect(parseWhen('10 seconds', now).toISOString()).toBe('2026-01-01T00:00:10.000Z');
        expect(parseWhen(new Date('2026-02-01T00:00:00Z'), now).toISOString()).toBe('2026-02-01T00:00:00.000Z');
        expect(parseWhen('2026-03-01T12:00:00Z', now).toISOString()).toBe('2026-03-01T12:00:00.000Z');
        expect(() => parseWhen('whenever', now)).toThrow(/Invalid/);
    });

    test('cron: next matching minute', () => {
        const from = new Date(2026, 0, 1, 10, 7, 30);
        expect(nextCronTime(parseCron('*/15 * * * *'), from)).toEqual(new Date(2026, 0, 1, 10, 15, 0));
        expect(nextCronTime(parseCron('0 3 * * *'), from)).toEqual(new Date(2026, 0, 2, 3, 0, 0));
        expect(() => parseCron('* * *')).toThrow(/5-field/);
    });
});
