import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import { recordReceipt, type DeliveryJob } from '../../../core/archive/delivery';
import type { ArchiveJobStore } from '../../../transports/attempt';
import { misc, removeAll, roomAssociation, upsertRecord } from './records';

const JOB = misc('phi-conduit:archive-job');
const DIGEST = misc('phi-conduit:archive-digest');
const OPEN = misc('phi-conduit:archive-open');
const attemptAssociation = (attemptId: string) => misc(`phi-conduit:archive-attempt:${attemptId}`);

/**
 * Archive delivery jobs in app persistence: one job record per room (state, attempts, receipts;
 * never the transcript), one record per attempt digest (a unique association per attempt, so
 * instances never overwrite each other's), and an index of the rooms whose job is not finished.
 * Persistence has no atomic claim: two instances may both create a room's job record, so reading
 * merges all copies (the most advanced state wins, receipts are united).
 */
export class ArchiveJobRecords implements ArchiveJobStore {
    constructor(private readonly persis: IPersistence, private readonly reader: IPersistenceRead) {}

    public async load(roomId: string): Promise<DeliveryJob | undefined> {
        const records = (await this.reader.readByAssociations([JOB, roomAssociation(roomId)])) as Array<{ job?: DeliveryJob }>;
        return mergeJobs(records.map((r) => r?.job).filter((j): j is DeliveryJob => !!j && j.roomId === roomId));
    }

    public async save(job: DeliveryJob): Promise<void> {
        await upsertRecord(this.persis, this.reader, [JOB, roomAssociation(job.roomId)], { job });
    }

    public async addAttemptDigest(roomId: string, attemptId: string, sha256: string): Promise<void> {
        await this.persis.createWithAssociations({ sha256 }, [DIGEST, roomAssociation(roomId), attemptAssociation(attemptId)]);
    }

    public async attemptDigests(roomId: string): Promise<string[]> {
        const records = (await this.reader.readByAssociations([DIGEST, roomAssociation(roomId)])) as Array<{ sha256?: string }>;
        return [...new Set(records.map((r) => r?.sha256).filter((d): d is string => typeof d === 'string'))];
    }

    /** Adds the room to the index of unfinished jobs (pending, delivering, dead, or awaiting purge). */
    public async markOpen(roomId: string): Promise<void> {
        const existing = await this.reader.readByAssociations([OPEN, roomAssociation(roomId)]);
        if ((existing ?? []).length === 0) {
            await this.persis.createWithAssociations({ roomId }, [OPEN, roomAssociation(roomId)]);
        }
    }

    public async markDone(roomId: string): Promise<void> {
        await removeAll(this.persis, this.reader, [OPEN, roomAssociation(roomId)], 20);
    }

    /** Room ids whose job is not finished (a job that is delivered and purged leaves this index). */
    public async openRooms(): Promise<string[]> {
        const records = (await this.reader.readByAssociations([OPEN])) as Array<{ roomId?: string }>;
        return [...new Set(records.map((r) => r?.roomId).filter((id): id is string => typeof id === 'string'))].sort();
    }
}

const PROGRESS: Record<DeliveryJob['state'], number> = { pending: 0, delivering: 1, dead: 2, delivered: 3 };

/** The most advanced of several copies of a job, with the receipts of all of them. */
export function mergeJobs(jobs: readonly DeliveryJob[]): DeliveryJob | undefined {
    if (jobs.length === 0) return undefined;
    const base = [...jobs].sort((a, b) => PROGRESS[b.state] - PROGRESS[a.state] || b.attempts - a.attempts
        || (b.lastAttemptAt ?? 0) - (a.lastAttemptAt ?? 0))[0];
    let merged = base;
    for (const j of jobs) {
        for (const r of Object.values(j.receipts)) {
            if (r && merged.receipts[r.destination] === undefined && merged.destinations.includes(r.destination)) {
                merged = recordReceipt(merged, r);
            }
        }
    }
    return merged;
}
