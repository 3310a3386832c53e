/**
 * purgeRoom over small fakes of the room reader and deleter (the real ones are exercised by the e2e
 * tests): pages until the reader returns nothing, then the recorded system messages; stops at its
 * time budget and says so; refuses to loop on messages that cannot be deleted.
 */
import type { IModify, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IMessage } from '@rocket.chat/apps-engine/definition/messages';
import { purgeRoom } from '../../../src/adapters/archive/purge';

function fakes(count: number, deletes = true) {
    let messages = Array.from({ length: count }, (_, i) => ({ id: `m${i}` }));
    const system = ['s1', 's2'];
    const deleted: string[] = [];
    const read = {
        getRoomReader: () => ({
            getById: async () => ({ id: 'R1' }),
            getMessages: async (_id: string, o: { limit: number; skip: number }) => messages.slice(o.skip, o.skip + o.limit),
        }),
        getUserReader: () => ({ getAppUser: async () => ({ id: 'app' }) }),
    } as unknown as IRead;
    const modify = {
        getDeleter: () => ({
            deleteMessage: async (m: IMessage) => {
                if (!deletes) return;
                deleted.push(m.id!);
                messages = messages.filter((x) => x.id !== m.id);
            },
            deleteRoom: async () => undefined,
        }),
    } as unknown as IModify;
    return { read, modify, deleted, system, remaining: () => messages.length };
}

describe('purgeRoom', () => {
    test('messages mode: every page, then the recorded system messages', async () => {
        const f = fakes(250);
        await expect(purgeRoom(f.read, f.modify, 'R1', 'messages', f.system)).resolves.toEqual({ messagesDeleted: 252, roomDeleted: false, complete: true });
        expect(f.remaining()).toBe(0);
        expect(f.deleted.slice(-2)).toEqual(['s1', 's2']);
    });

    test('a time budget stops between pages and reports an incomplete purge; the next call finishes', async () => {
        const f = fakes(250);
        let t = 0;
        const clock = () => (t += 10);
        const first = await purgeRoom(f.read, f.modify, 'R1', 'messages', f.system, 15, clock);
        expect(first).toEqual({ messagesDeleted: 100, roomDeleted: false, complete: false });
        const rest = await purgeRoom(f.read, f.modify, 'R1', 'messages', f.system);
        expect(rest).toMatchObject({ messagesDeleted: 152, complete: true });
    });

    test('none deletes nothing; room deletes the room', async () => {
        const f = fakes(3);
        await expect(purgeRoom(f.read, f.modify, 'R1', 'none')).resolves.toEqual({ messagesDeleted: 0, roomDeleted: false, complete: true });
        await expect(purgeRoom(f.read, f.modify, 'R1', 'room')).resolves.toEqual({ messagesDeleted: 0, roomDeleted: true, complete: true });
        expect(f.remaining()).toBe(3);
    });

    test('messages that cannot be deleted do not loop forever', async () => {
        const f = fakes(5, false);
        await expect(purgeRoom(f.read, f.modify, 'R1', 'messages')).rejects.toThrow('could not be deleted');
    });
});
