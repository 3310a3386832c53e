import type { IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { ILivechatRoom } from '@rocket.chat/apps-engine/definition/livechat';
import type { IMessageRaw } from '@rocket.chat/apps-engine/definition/messages';
import {
    buildTranscript, type AttachmentInput, type SealedOriginal, type SenderType, type Transcript, type TranscriptMessageInput,
    type TranscriptRoomInput,
} from '../../core/transcript/model';
import { ArchiveError } from '../../transports/types';
import type { SystemMessageRecord } from './storage/SystemMessages';

/**
 * The first value that is a valid time. Dates do not always survive the runtime's serialisation
 * (a Date can arrive as `{}`), so the room's times fall back to other fields that carry them.
 */
function firstValidTime(...candidates: unknown[]): Date {
    for (const c of candidates) {
        if (c instanceof Date || typeof c === 'string' || typeof c === 'number') {
            const d = new Date(c);
            if (Number.isFinite(d.getTime())) return d;
        }
    }
    throw new ArchiveError('ROOM_MISSING', 'the room has no valid open/close time', false);
}

/** The engine caps getMessages at 100 per call. */
export const PAGE_SIZE = 100;
/** A bound on pages, so a room that keeps growing cannot loop forever (100,000 messages). */
const MAX_PAGES = 1_000;

/**
 * Reads every message of a room, page by page (oldest first, thread replies included). Rocket.Chat's
 * room reader leaves out system messages and hidden edit history: the transcript has the messages
 * as stored, with their last edit.
 */
export async function readAllMessages(read: IRead, roomId: string): Promise<IMessageRaw[]> {
    const reader = read.getRoomReader();
    const out: IMessageRaw[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
        const batch = await reader.getMessages(roomId, { limit: PAGE_SIZE, skip: page * PAGE_SIZE, sort: { createdAt: 'asc' }, showThreadMessages: true });
        out.push(...(batch ?? []));
        if (!batch || batch.length < PAGE_SIZE) {
            return out;
        }
    }
    return out;
}

/**
 * Builds the room's transcript from what Rocket.Chat stored (already masked), the system messages
 * the app recorded (flagged, without text) and the sealed originals. Called on every attempt: the
 * transcript itself is never kept by the app.
 */
export async function loadRoomTranscript(read: IRead, roomId: string, sealed: readonly SealedOriginal[] = [],
    system: readonly SystemMessageRecord[] = []): Promise<Transcript> {
    const room = (await read.getRoomReader().getById(roomId)) as ILivechatRoom | undefined;
    if (!room) {
        throw new ArchiveError('ROOM_MISSING', 'the room no longer exists in Rocket.Chat', false);
    }
    const appUser = await read.getUserReader().getAppUser().catch(() => undefined);
    const visitorId = room.visitor?.id;
    const senderType = (id: string | undefined): SenderType =>
        !id ? 'unknown' : id === visitorId ? 'visitor' : appUser && id === appUser.id ? 'bot' : 'agent';

    const raw = await readAllMessages(read, roomId);
    const messages: TranscriptMessageInput[] = raw.map((m) => ({
        id: m.id,
        ts: m.createdAt,
        text: m.text,
        senderId: m.sender?._id,
        senderType: senderType(m.sender?._id),
        ...(m.threadId ? { tmid: m.threadId } : {}),
        ...(m.editedAt ? { editedAt: m.editedAt } : {}),
        ...(m.editor?._id ? { editedById: m.editor._id } : {}),
        ...(m.attachments?.length ? { attachments: m.attachments as unknown as AttachmentInput[] } : {}),
    }));

    for (const m of system) {
        messages.push({ id: m.id, ts: m.ts, t: m.t, text: '', senderId: m.senderId, senderType: m.senderId ? senderType(m.senderId) : 'system' });
    }

    const agentIds = new Set<string>();
    if (room.servedBy?.id) agentIds.add(room.servedBy.id);
    for (const m of messages) if (m.senderType === 'agent' && m.senderId && !m.t) agentIds.add(m.senderId);

    const closedById = room.closedBy?.id;
    const closedBy: TranscriptRoomInput['closedBy'] = room.closer === 'visitor'
        ? { type: 'visitor', ...(visitorId ? { id: visitorId } : {}) }
        : closedById
            ? { type: closedById === appUser?.id ? 'bot' : 'agent', id: closedById }
            : room.closer === 'bot' ? { type: 'bot' } : undefined;

    const input: TranscriptRoomInput = {
        id: room.id,
        departmentId: room.department?.id,
        agentIds: [...agentIds],
        openedAt: firstValidTime(room.createdAt, (room as unknown as { ts?: unknown }).ts, raw[0]?.createdAt, room.closedAt),
        closedAt: firstValidTime(room.closedAt, room.updatedAt, raw[raw.length - 1]?.createdAt),
        closedBy,
        tags: ((room as unknown as { tags?: unknown }).tags as string[] | undefined) ?? [],
        visitor: { id: visitorId ?? 'unknown' },
    };
    return buildTranscript(input, messages, { sealedOriginals: sealed, includeRendering: true });
}
