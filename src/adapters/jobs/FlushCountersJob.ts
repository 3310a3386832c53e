import type { IHttp, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IJobContext, IProcessor } from '@rocket.chat/apps-engine/definition/scheduler';
import { errorKind, jobLogger, LogEvent, logError, logInfo } from '../logging/LogEvent';
import type { FindingCounters } from '../storage/FindingCounters';

export const FLUSH_COUNTERS_JOB = 'phi-conduit-flush-counters';
export const FLUSH_INTERVAL = '60 seconds';

/** Recurring job: writes the in-memory finding counters to persistence. */
export class FlushCountersJob implements IProcessor {
    public readonly id = FLUSH_COUNTERS_JOB;

    public readonly processor: IProcessor['processor'];

    constructor(counters: FindingCounters) {
        // The runtime calls `processor` with `this` bound to the App (see jobLogger), not to this object.
        this.processor = async function (this: unknown, _job: IJobContext, _read: IRead, _modify: IModify, _http: IHttp, persis: IPersistence) {
            const logger = jobLogger(this);
            if (counters.pending === 0) {
                return;
            }
            try {
                const batches = await counters.flush(persis);
                logInfo(logger, LogEvent.CountersFlushed, { batches });
            } catch (e) {
                logError(logger, LogEvent.CountersFlushFailed, { error: errorKind(e) });
            }
        };
    }
}
