import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { ArchivePurgeMode } from '../../../core/archive/config';
import type { DeliveryReceipt } from '../../../core/archive/delivery';
import { misc, roomAssociation, upsertRecord } from './records';

const RECEIPT = misc('phi-conduit:archive-receipt');

/** What was removed from Rocket.Chat after the confirmed delivery. */
export interface PurgeReport {
    readonly mode: ArchivePurgeMode;
    readonly messagesDeleted: number;
    readonly roomDeleted: boolean;
    /** Sealed originals (ciphertext) removed from app persistence. */
    readonly sealedRemoved: number;
    readonly at: string;
    /** False while messages remain to be purged (continued by a scheduled run). */
    readonly complete: boolean;
    /** An error code when the purge did not complete (it is retried). */
    readonly errorCode?: string;
}

/** The delivery record kept for a room: digests, sizes, destinations, times, what was purged. No PHI. */
export interface ArchiveReceiptRecord {
    readonly roomId: string;
    readonly receipts: readonly DeliveryReceipt[];
    readonly purge?: PurgeReport;
}

/** Delivery receipts, one record per delivered room, kept after the job is finished. */
export class ArchiveReceipts {
    constructor(private readonly persis: IPersistence, private readonly reader: IPersistenceRead) {}

    public async save(record: ArchiveReceiptRecord): Promise<void> {
        await upsertRecord(this.persis, this.reader, [RECEIPT, roomAssociation(record.roomId)], { receipt: record });
    }

    public async load(roomId: string): Promise<ArchiveReceiptRecord | undefined> {
        const records = (await this.reader.readByAssociations([RECEIPT, roomAssociation(roomId)])) as Array<{ receipt?: ArchiveReceiptRecord }>;
        return records.map((r) => r?.receipt).find((r): r is ArchiveReceiptRecord => !!r);
    }
}
