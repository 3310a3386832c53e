// AppManager is a singleton per process: one EmbeddedHost at a time, and a new one after stop().
import { EmbeddedHost } from './EmbeddedHost';
import { buildFixtureZip } from './fixtures/buildFixture';

jest.setTimeout(60_000);

test('two hosts one after the other in one process; a second concurrent host is refused', async () => {
    const fixture = await buildFixtureZip();
    try {
        const first = await EmbeddedHost.start();
        await expect(EmbeddedHost.start()).rejects.toThrow(/already running/);
        await first.installZip(fixture.zipPath);
        await first.stop();

        const second = await EmbeddedHost.start();
        try {
            const appId = await second.installZip(fixture.zipPath);
            const agent = second.createUser({ username: 'a' });
            const room = second.createRoom({ type: 'c', members: [agent] });
            expect((await second.sendMessage({ roomId: room.id, sender: agent, text: 'secret' })).stored?.text).toBe('[X]');
            expect(second.denoPids()).toHaveLength(1);
            expect(appId).toBeTruthy();
        } finally {
            await second.stop();
        }
    } finally {
        fixture.cleanup();
    }
});
