import { randomBytes } from 'crypto';
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import { RocketChatAssociationModel, RocketChatAssociationRecord } from '@rocket.chat/apps-engine/definition/metadata';

/** A MISC association naming a record kind or key, e.g. `phi-conduit:archive-job`. */
export function misc(key: string): RocketChatAssociationRecord {
    return new RocketChatAssociationRecord(RocketChatAssociationModel.MISC, key);
}

export function roomAssociation(roomId: string): RocketChatAssociationRecord {
    return new RocketChatAssociationRecord(RocketChatAssociationModel.ROOM, roomId);
}

/**
 * Creates or replaces the one record carrying exactly `associations`. Rocket.Chat's
 * updateByAssociations throws after it updated an existing record (it reads `upsertedId`,
 * Apps-engine #557), so an error is checked by reading the record back for this write's id.
 */
export async function upsertRecord(persis: IPersistence, reader: IPersistenceRead, associations: RocketChatAssociationRecord[],
    data: Record<string, unknown>): Promise<void> {
    const writeId = randomBytes(8).toString('hex');
    try {
        await persis.updateByAssociations(associations, { ...data, writeId }, true);
    } catch (e) {
        const found = (await reader.readByAssociations(associations)) as Array<{ writeId?: string }>;
        if (!found.some((r) => r?.writeId === writeId)) {
            throw e;
        }
    }
}

/**
 * Removes every record carrying all `associations`. Rocket.Chat's removeByAssociations deletes only
 * the first match per call, so it is repeated (bounded) until none is left.
 */
export async function removeAll(persis: IPersistence, reader: IPersistenceRead, associations: RocketChatAssociationRecord[], limit = 10_000): Promise<number> {
    let removed = 0;
    let remaining = ((await reader.readByAssociations(associations)) ?? []).length;
    while (remaining > 0 && removed < limit) {
        for (let i = 0; i < remaining && removed < limit; i++) {
            await persis.removeByAssociations(associations);
            removed++;
        }
        remaining = ((await reader.readByAssociations(associations)) ?? []).length;
    }
    return removed;
}
