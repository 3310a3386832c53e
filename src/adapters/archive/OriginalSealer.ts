import type { ILogger, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IMessage } from '@rocket.chat/apps-engine/definition/messages';
import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';
import { sealForArchive } from '../../transports/encrypt';
import { errorKind, LogEvent, logError } from '../logging/LogEvent';
import type { ArchiveConfigStore } from './ArchiveConfigStore';
import { SealedOriginals } from './storage/SealedOriginals';

/**
 * archive_seal_originals: the original of a message the hooks masked is sealed (OpenPGP, to the
 * archive's public key) and only that ciphertext is stored, until the room's transcript is
 * delivered with it. The app never holds the private key, so the host never holds readable PHI.
 * Never throws: a sealing failure loses the original (logged), the masked text is stored as always.
 */
export class OriginalSealer {
    constructor(private readonly archiveConfig: ArchiveConfigStore, private readonly now: () => number = Date.now) {}

    public async seal(original: IMessage, event: 'sent' | 'edited', read: IRead, persistence: IPersistence | undefined, logger: ILogger): Promise<void> {
        try {
            if (original.room?.type !== RoomType.LIVE_CHAT) return;
            const config = await this.archiveConfig.get(read, logger);
            if (!config?.sealOriginals || !config.pgpPublicKey || config.transport === 'none') return;
            if (!persistence) throw new TypeError('no persistence accessor');
            const plain = JSON.stringify({ text: original.text ?? '', alias: original.alias, attachments: original.attachments });
            const pgp = await sealForArchive(plain, config.pgpPublicKey, new Date(this.now()));
            await new SealedOriginals(persistence, read.getPersistenceReader()).add(original.room.id, {
                ...(original.id ? { messageId: original.id } : {}), event, sealedAt: new Date(this.now()).toISOString(), pgp,
            });
        } catch (e) {
            logError(logger, LogEvent.SealFailed, { room: original.room?.id ?? '', error: errorKind(e) });
        }
    }
}
