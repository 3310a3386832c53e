import type { IModify, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IMessage } from '@rocket.chat/apps-engine/definition/messages';
import type { ArchivePurgeMode } from '../../core/archive/config';
import { PAGE_SIZE } from './RoomTranscriptSource';

export class PurgeError extends Error {
    override name = 'PurgeError';
}

/** Bound on delete rounds (100,000 messages). */
const MAX_ROUNDS = 1_000;

/**
 * Removes a delivered room's messages (or the room) from Rocket.Chat through the deleter. Only
 * called once every destination confirmed delivery (mayPurge). Messages are deleted as the app
 * user, oldest first, page by page until the room reader returns none; system messages, which the
 * room reader does not return, by the ids the app recorded (mode `room` removes everything).
 */
export interface PurgeResult {
    readonly messagesDeleted: number;
    readonly roomDeleted: boolean;
    /** False when the time budget ran out with messages left (call again). */
    readonly complete: boolean;
}

export async function purgeRoom(read: IRead, modify: IModify, roomId: string, mode: ArchivePurgeMode,
    systemMessageIds: readonly string[] = [], budgetMs = Infinity, now: () => number = Date.now): Promise<PurgeResult> {
    if (mode === 'none') return { messagesDeleted: 0, roomDeleted: false, complete: true };
    const room = await read.getRoomReader().getById(roomId);
    if (!room) return { messagesDeleted: 0, roomDeleted: false, complete: true };
    const deleter = modify.getDeleter();
    if (mode === 'room') {
        await deleter.deleteRoom(roomId);
        return { messagesDeleted: 0, roomDeleted: true, complete: true };
    }
    const started = now();
    const appUser = await read.getUserReader().getAppUser();
    if (!appUser) throw new PurgeError('the app user is not available');
    let deleted = 0;
    let previousFirst: string | undefined;
    for (let round = 0; round < MAX_ROUNDS; round++) {
        const batch = await read.getRoomReader().getMessages(roomId, { limit: PAGE_SIZE, skip: 0, sort: { createdAt: 'asc' }, showThreadMessages: true });
        if (!batch || batch.length === 0) {
            for (const id of systemMessageIds) {
                // One that is gone already (or never stored) is not an error.
                if (await deleter.deleteMessage({ id, room } as IMessage, appUser).then(() => true, () => false)) deleted++;
            }
            return { messagesDeleted: deleted, roomDeleted: false, complete: true };
        }
        if (now() - started > budgetMs) return { messagesDeleted: deleted, roomDeleted: false, complete: false };
        if (batch[0].id === previousFirst) throw new PurgeError('messages could not be deleted');
        previousFirst = batch[0].id;
        for (const m of batch) {
            await deleter.deleteMessage({ id: m.id, room } as IMessage, appUser);
            deleted++;
        }
    }
    throw new PurgeError('too many messages to purge in one run');
}
