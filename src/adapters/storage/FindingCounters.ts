import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import { RocketChatAssociationModel, RocketChatAssociationRecord } from '@rocket.chat/apps-engine/definition/metadata';
import type { Label } from '../../core/types';

export type Outcome = 'masked' | 'blocked';

/** One stored batch: counts only, per UTC day, outcome and label. No text, no ids of people. */
export interface CounterBatch {
    readonly day: string;
    readonly masked: Partial<Record<Label, number>>;
    readonly blocked: Partial<Record<Label, number>>;
}

const KIND = new RocketChatAssociationRecord(RocketChatAssociationModel.MISC, 'phi-conduit:finding-counters');
const dayRecord = (day: string) => new RocketChatAssociationRecord(RocketChatAssociationModel.MISC, `phi-conduit:day:${day}`);

/**
 * Per-day counts of findings masked and blocked, for the reporting feature. The message hooks only
 * add to memory (no round trip on the hot path); a scheduled job flushes the buffer as an append-only
 * batch record, so two Rocket.Chat instances flushing at once never overwrite each other's counts.
 */
export class FindingCounters {
    private buffer = new Map<string, { masked: Partial<Record<Label, number>>; blocked: Partial<Record<Label, number>> }>();

    constructor(private readonly now: () => Date = () => new Date()) {}

    public add(outcome: Outcome, counts: Partial<Record<Label, number>>): void {
        const day = this.now().toISOString().slice(0, 10);
        const entry = this.buffer.get(day) ?? { masked: {}, blocked: {} };
        for (const [label, n] of Object.entries(counts) as Array<[Label, number]>) {
            entry[outcome][label] = (entry[outcome][label] ?? 0) + n;
        }
        this.buffer.set(day, entry);
    }

    public get pending(): number {
        return this.buffer.size;
    }

    /** Writes the buffered counts; on failure they are put back for the next flush. */
    public async flush(persistence: IPersistence): Promise<number> {
        const batches = [...this.buffer.entries()];
        this.buffer = new Map();
        let written = 0;
        try {
            for (const [day, entry] of batches) {
                const batch: CounterBatch = { day, masked: entry.masked, blocked: entry.blocked };
                await persistence.createWithAssociations(batch, [KIND, dayRecord(day)]);
                written++;
            }
        } catch (e) {
            for (const [day, entry] of batches.slice(written)) {
                this.buffer.set(day, entry);
            }
            throw e;
        }
        return written;
    }

    /** Sums the stored batches of one day. */
    public static async readDay(reader: IPersistenceRead, day: string): Promise<CounterBatch> {
        const records = (await reader.readByAssociations([KIND, dayRecord(day)])) as CounterBatch[];
        const total: { masked: Partial<Record<Label, number>>; blocked: Partial<Record<Label, number>> } = { masked: {}, blocked: {} };
        for (const r of records) {
            for (const outcome of ['masked', 'blocked'] as const) {
                for (const [label, n] of Object.entries(r[outcome] ?? {}) as Array<[Label, number]>) {
                    total[outcome][label] = (total[outcome][label] ?? 0) + n;
                }
            }
        }
        return { day, ...total };
    }
}
