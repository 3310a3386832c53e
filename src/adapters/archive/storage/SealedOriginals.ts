import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { SealedOriginal } from '../../../core/transcript/model';
import { misc, removeAll, roomAssociation } from './records';

const SEALED = misc('phi-conduit:sealed-original');

/**
 * Originals of masked messages, sealed (OpenPGP-encrypted) to the archive's public key by the
 * message hooks. Only ciphertext is stored: the app never holds the private key, so nothing here is
 * readable PHI. They go into the room's transcript and are removed once it is delivered.
 */
export class SealedOriginals {
    constructor(private readonly persis: IPersistence, private readonly reader: IPersistenceRead) {}

    public async add(roomId: string, sealed: SealedOriginal): Promise<void> {
        await this.persis.createWithAssociations({ sealed }, [SEALED, roomAssociation(roomId)]);
    }

    public async forRoom(roomId: string): Promise<SealedOriginal[]> {
        const records = (await this.reader.readByAssociations([SEALED, roomAssociation(roomId)])) as Array<{ sealed?: SealedOriginal }>;
        return records.map((r) => r?.sealed).filter((s): s is SealedOriginal => !!s && typeof s.pgp === 'string');
    }

    public async removeRoom(roomId: string): Promise<number> {
        return removeAll(this.persis, this.reader, [SEALED, roomAssociation(roomId)]);
    }
}
