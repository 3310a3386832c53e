import type { ILogger, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import { ConfigStore } from '../../../src/adapters/config/ConfigStore';

/** A settings reader that counts its round trips. */
function fakeRead(values: Record<string, unknown>) {
    const calls = { n: 0 };
    const read = {
        getEnvironmentReader: () => ({
            getSettings: () => ({ getValueById: async (id: string) => { calls.n++; return values[id]; } }),
        }),
    } as unknown as IRead;
    return { read, calls };
}

const lines: unknown[] = [];
const logger = { info: (...a: unknown[]) => lines.push(a), error: (...a: unknown[]) => lines.push(a), warn: () => undefined, debug: () => undefined } as unknown as ILogger;

describe('ConfigStore', () => {
    test('reads the settings once per expiry, not per message', async () => {
        let now = 0;
        const { read, calls } = fakeRead({ masking_style: 'token' });
        const store = new ConfigStore(() => now, 60_000);
        await store.get(read, logger);
        const perLoad = calls.n;
        for (let i = 0; i < 50; i++) await store.get(read, logger);
        expect(calls.n).toBe(perLoad);
        now = 61_000;
        await store.get(read, logger);
        expect(calls.n).toBe(2 * perLoad);
    });

    test('invalid settings are not re-read per message; the protective defaults apply until valid ones arrive', async () => {
        const now = 0;
        const values: Record<string, unknown> = { masking_style: 'sparkles' };
        const { read, calls } = fakeRead(values);
        const store = new ConfigStore(() => now, 60_000);
        const first = await store.get(read, logger);
        expect(first.source).toBe('defaults');
        expect(store.lastErrors.map((e) => e.settingId)).toEqual(['masking_style']);
        const perLoad = calls.n;
        for (let i = 0; i < 20; i++) await store.get(read, logger);
        expect(calls.n).toBe(perLoad);
        // a settings change refreshes at once
        values.masking_style = 'token';
        await store.refresh(read, logger);
        expect((await store.get(read, logger)).masking.policy.style).toBe('token');
        expect(store.lastErrors).toEqual([]);
    });

    test('a bad value keeps the last good configuration in force', async () => {
        const values: Record<string, unknown> = { masking_style: 'partial' };
        const { read } = fakeRead(values);
        const store = new ConfigStore(() => 0, 60_000);
        expect((await store.get(read, logger)).masking.policy.style).toBe('partial');
        values.masking_style = 'sparkles';
        await store.refresh(read, logger);
        expect((await store.get(read, logger)).masking.policy.style).toBe('partial');
        expect(store.lastErrors[0]).toMatchObject({ settingId: 'masking_style' });
    });
});
