import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import { misc, removeAll, roomAssociation } from './records';

const SYSTEM = misc('phi-conduit:system-message');

/** What is kept of a livechat system message: type, time and ids. Never its text (not masked by Rocket.Chat's hooks). */
export interface SystemMessageRecord {
    readonly id: string;
    /** Rocket.Chat's message type `t`, e.g. `livechat-started`, `uj`, `livechat_transfer_history`. */
    readonly t: string;
    readonly ts: string;
    readonly senderId?: string;
}

/**
 * Rocket.Chat's room reader does not return system messages to apps; the app records the ones
 * Rocket.Chat announces (IPostSystemMessageSent) in livechat rooms, so that the transcript can list
 * them, flagged, and the purge can remove them. Removed once the room is delivered.
 */
export class SystemMessages {
    constructor(private readonly persis: IPersistence, private readonly reader: IPersistenceRead) {}

    public async add(roomId: string, record: SystemMessageRecord): Promise<void> {
        await this.persis.createWithAssociations({ system: record }, [SYSTEM, roomAssociation(roomId)]);
    }

    public async forRoom(roomId: string): Promise<SystemMessageRecord[]> {
        const records = (await this.reader.readByAssociations([SYSTEM, roomAssociation(roomId)])) as Array<{ system?: SystemMessageRecord }>;
        return records.map((r) => r?.system).filter((s): s is SystemMessageRecord => !!s && typeof s.id === 'string' && typeof s.t === 'string');
    }

    public async removeRoom(roomId: string): Promise<number> {
        return removeAll(this.persis, this.reader, [SYSTEM, roomAssociation(roomId)]);
    }
}
