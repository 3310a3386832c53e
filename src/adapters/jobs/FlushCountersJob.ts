import type { IHttp, ILogger, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IJobContext, IProcessor } from '@rocket.chat/apps-engine/definition/scheduler';
import { errorKind, LogEvent, logError, logInfo } from '../logging/LogEvent';
import type { FindingCounters } from '../storage/FindingCounters';

export const FLUSH_COUNTERS_JOB = 'phi-conduit-flush-counters';
export const FLUSH_INTERVAL = '60 seconds';

/** Recurring job: writes the in-memory finding counters to persistence. */
export class FlushCountersJob implements IProcessor {
    public readonly id = FLUSH_COUNTERS_JOB;

    constructor(private readonly counters: FindingCounters, private readonly logger: () => ILogger) {}

    public async processor(_job: IJobContext, _read: IRead, _modify: IModify, _http: IHttp, persis: IPersistence): Promise<void> {
        if (this.counters.pending === 0) {
            return;
        }
        try {
            const batches = await this.counters.flush(persis);
            logInfo(this.logger(), LogEvent.CountersFlushed, { batches });
        } catch (e) {
            logError(this.logger(), LogEvent.CountersFlushFailed, { error: errorKind(e) });
        }
    }
}
