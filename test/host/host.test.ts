// The embedded host running the real Apps-Engine runtime (a Deno subprocess) with a tiny fixture
// app. One host per test file: AppManager is a singleton per process (jest gives each file its
// own module registry, so files can run in one process one after the other).
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import { EmbeddedHost } from './EmbeddedHost';
import { buildFixtureZip, FIXTURE_APP_ID } from './fixtures/buildFixture';

jest.setTimeout(60_000);

const isAlive = (pid: number): boolean => {
    try {
        process.kill(pid, 0);
        return true;
    } catch {
        return false;
    }
};

describe('EmbeddedHost with the real Apps-Engine runtime', () => {
    let host: EmbeddedHost;
    let appId: string;
    let cleanup: () => void;
    let agent: IUser;

    beforeAll(async () => {
        const fixture = await buildFixtureZip();
        cleanup = fixture.cleanup;
        host = await EmbeddedHost.start();
        appId = await host.installZip(fixture.zipPath);
        agent = host.createUser({ username: 'agent.smith', roles: ['user', 'livechat-agent'] });
    });

    afterAll(async () => {
        await host?.stop();
        cleanup?.();
    });

    const appEvents = (): string[] => host.logs.filter((l) => l.source === 'app' && l.args[0] === 'event').map((l) => String(l.args[1]));

    test('installs the zip, enables it, and runs it in a Deno subprocess', async () => {
        expect(appId).toBe(FIXTURE_APP_ID);
        expect(await host.appStatus(appId)).toBe('manually_enabled');
        const pids = host.denoPids();
        expect(pids).toHaveLength(1);
        expect(isAlive(pids[0])).toBe(true);
    });

    test('a pre-message hook modifies what the host stores; hooks run Prevent → Extend → Modify → store → Post', async () => {
        const room = host.createLivechatRoom({ visitor: { name: 'Visitor One' }, agent });
        const before = appEvents().length;
        const r = await host.sendMessage({ roomId: room.id, sender: agent, text: 'the secret code' });
        expect(r.refused).toBeUndefined();
        expect(r.stored?.text).toBe('the [X] code');
        expect(host.messages(room.id).map((m) => m.text)).toEqual(['the [X] code']);
        expect(appEvents().slice(before)).toEqual(['prevent', 'extend', 'modify', 'post']);
    });

    test('a visitor message runs through the same hooks and carries the visitor token', async () => {
        const room = host.createLivechatRoom({ visitor: { name: 'Visitor Two' }, agent });
        const visitor = host.state.visitors.get(room.visitor.id!)!;
        const r = await host.sendMessage({ roomId: room.id, sender: { visitor }, text: 'my secret' });
        expect(r.stored?.text).toBe('my [X]');
        expect(r.stored?.token).toBe(visitor.token);
    });

    test('an edit runs through IPreMessageUpdatedModify and is stored with editor and editedAt', async () => {
        const room = host.createRoom({ type: 'c', members: [agent] });
        const sent = await host.sendMessage({ roomId: room.id, sender: agent, text: 'hello' });
        const r = await host.updateMessage(sent.stored!.id, { text: 'hello secret' });
        expect(r.updated?.text).toBe('hello [X]');
        expect(r.updated?.editor?.id).toBe(agent.id);
        expect(host.messages(room.id).map((m) => m.text)).toEqual(['hello [X]']);
        expect(appEvents()).toContain('updated-modify');
    });

    test('IPreMessageSentPrevent returning true: nothing stored, no error', async () => {
        const room = host.createRoom({ type: 'c', members: [agent] });
        const r = await host.sendMessage({ roomId: room.id, sender: agent, text: 'BLOCKME secret' });
        expect(r).toEqual({ prevented: true });
        expect(host.messages(room.id)).toHaveLength(0);
    });

    test('a plain Error thrown by the app is swallowed and the message is stored as it was (unmasked)', async () => {
        const room = host.createRoom({ type: 'c', members: [agent] });
        const r = await host.sendMessage({ roomId: room.id, sender: agent, text: 'THROWPLAIN secret' });
        expect(r.refused).toBeUndefined();
        expect(r.stored?.text).toBe('THROWPLAIN secret');
        expect(host.messages(room.id).map((m) => m.text)).toEqual(['THROWPLAIN secret']);
    });

    test('an AppsEngineException refuses the message: nothing stored, the reason comes back', async () => {
        const room = host.createRoom({ type: 'c', members: [agent] });
        const r = await host.sendMessage({ roomId: room.id, sender: agent, text: 'THROWAEE secret' });
        expect(r.stored).toBeUndefined();
        expect(r.refused).toMatchObject({ reason: 'refused by the fixture', name: 'AppsEngineException', byApp: true });
        expect(host.messages(room.id)).toHaveLength(0);
    });

    test('an endpoint answers (GET with query, POST with body, route params, 404, app error → 500)', async () => {
        const get = await host.callEndpoint(appId, 'echo', { query: { q: '1' } });
        expect(get).toMatchObject({ status: 200, content: { method: 'get', query: { q: '1' }, replacement: '[X]' } });
        const post = await host.callEndpoint(appId, '/echo', { method: 'POST', body: { a: 1 } });
        expect(post).toMatchObject({ status: 201, headers: { 'x-fixture': 'yes' }, content: { got: { a: 1 } } });
        expect((await host.callEndpoint(appId, 'nope')).status).toBe(404);
        const boom = await host.callEndpoint(appId, 'boom/bad');
        expect(boom.status).toBe(500);
    });

    test('a setting change reaches onSettingUpdated and changes the next message', async () => {
        await host.setSetting(appId, 'replacement', '***');
        expect(host.getSettingValue(appId, 'replacement')).toBe('***');
        expect(appEvents()).toContain('onSettingUpdated');
        const room = host.createRoom({ type: 'c', members: [agent] });
        const r = await host.sendMessage({ roomId: room.id, sender: agent, text: 'secret!' });
        expect(r.stored?.text).toBe('***!');
        await host.setSetting(appId, 'replacement', '[X]');
    });

    test('a one-time job scheduled by the app runs when the clock advances, not before', async () => {
        const res = await host.callEndpoint(appId, 'schedule', { method: 'POST', body: { when: 'in 5 minutes', n: 7 } });
        expect(res.status).toBe(200);
        const jobId = (res.content as { jobId: string }).jobId;
        expect(jobId).toMatch(/^[0-9a-f]{24}$/);
        expect(await host.advanceClock(4 * 60_000)).toBe(0);
        expect(await host.advanceClock(60_000)).toBe(1);
        const ticks = (await host.persistenceRecords(appId)).filter((r) => (r.data as { tick?: number }).tick !== undefined);
        expect(ticks.map((r) => r.data)).toEqual([{ tick: 7, jobId }]);
        expect(host.jobs.find((j) => j._id === jobId)).toBeUndefined(); // one-time jobs are removed after success
    });

    test('a recurring startup job (skipImmediate) runs once per interval', async () => {
        const count = async () => (await host.persistenceRecords(appId)).filter((r) => (r.data as { hourly?: boolean }).hourly).length;
        const start = await count();
        await host.advanceClock(59 * 60_000);
        await host.advanceClock(60 * 60_000);
        expect((await count()) - start).toBeGreaterThanOrEqual(1);
        const after = await count();
        await host.advanceClock(60 * 60_000);
        expect(await count()).toBe(after + 1);
    });

    test('persistence: readByAssociations ANDs the associations', async () => {
        const put = (data: object, associations: Array<[string, string]>) =>
            host.callEndpoint(appId, 'records', { method: 'POST', body: { data, associations } });
        await put({ k: 'a' }, [['room', 'R1'], ['misc', 'kind-x']]);
        await put({ k: 'b' }, [['room', 'R1'], ['misc', 'kind-y']]);
        await put({ k: 'c' }, [['room', 'R2'], ['misc', 'kind-x']]);
        const read = async (a: string) => ((await host.callEndpoint(appId, 'records', { query: { a } })).content as { found: Array<{ k: string }> }).found;
        expect((await read('room:R1')).map((d) => d.k).sort()).toEqual(['a', 'b']);
        expect((await read('misc:kind-x')).map((d) => d.k).sort()).toEqual(['a', 'c']);
        expect((await read('room:R1,misc:kind-x')).map((d) => d.k)).toEqual(['a']);
        expect(await read('room:R2,misc:kind-y')).toEqual([]);
    });

    test('the modify hook wrote to persistence with the room association', async () => {
        const records = await host.persistenceRecords(appId);
        expect(records.some((r) => r.associations?.some((a) => a.model === 'misc' && a.id === 'seen'))).toBe(true);
    });

    test('IPreFileUpload: a FileUploadNotAllowedException refuses the upload, others pass', async () => {
        const room = host.createRoom({ type: 'c', members: [agent] });
        const ok = await host.uploadFile({ roomId: room.id, user: agent, name: 'notes.txt', type: 'text/plain', content: Buffer.from('hi') });
        expect(ok.accepted).toBe(true);
        const refused = await host.uploadFile({ roomId: room.id, user: agent, name: 'run.exe', type: 'application/octet-stream', content: Buffer.from('MZ') });
        expect(refused).toMatchObject({ accepted: false, reason: 'no executables' });
    });

    test('opening a livechat room fires IPostLivechatRoomStarted; closing it fires IPostLivechatRoomClosed with the closed room', async () => {
        const room = await host.openLivechatRoom({ visitor: { name: 'Visitor Three' }, agent });
        expect((await host.persistenceRecords(appId)).map((r) => r.data)).toContainEqual({ started: room.id });
        const closed = await host.closeLivechatRoom(room.id, { closedBy: agent, comment: 'bye' });
        expect(closed.isOpen).toBe(false);
        await host.settle();
        const records = await host.persistenceRecords(appId);
        expect(records.map((r) => r.data)).toContainEqual({ closed: room.id, open: false });
        expect(host.messages(room.id).map((m) => m.t)).toEqual(['livechat-close']);
    });

    test('a slash command runs and its notifier reaches the user as an ephemeral notice', async () => {
        const room = host.createRoom({ type: 'c', members: [agent] });
        await host.runSlashCommand('fixture', ['a', 'b'], { user: agent, room });
        expect(host.notifications).toContainEqual(expect.objectContaining({ kind: 'user', userId: agent.id, roomId: room.id, text: 'args: a b' }));
    });

    test('the engine logs what hooks return (Rocket.Chat stores these app logs): scannable in host.logs', () => {
        const text = host.logText().join('\n');
        expect(text).toContain('was successfully called! The result is');
        // The Extend hook returned the message unchanged: its unmasked text is in the logs.
        expect(text).toContain('the secret code');
    });

    test('stop() unloads the app and leaves no Deno process behind', async () => {
        const pids = host.denoPids();
        expect(pids.length).toBeGreaterThan(0);
        await host.stop();
        for (const pid of pids) {
            expect(isAlive(pid)).toBe(false);
        }
    });
});
