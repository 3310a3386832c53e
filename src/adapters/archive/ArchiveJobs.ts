import type { IHttp, ILogger, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IJobContext, IProcessor } from '@rocket.chat/apps-engine/definition/scheduler';
import { ARCHIVE_ATTEMPT_JOB, ARCHIVE_SWEEP_JOB, type ArchiveService } from './ArchiveService';

/**
 * The Deno runtime calls `processor` with `this` bound to the App, wrapped so that getLogger()
 * returns the logger of this job run (whose entries Rocket.Chat stores); the processors close over
 * the service and take only the logger from `this`, falling back to a silent logger.
 */
function loggerOf(self: unknown): ILogger {
    const app = self as { getLogger?: () => ILogger } | undefined;
    return typeof app?.getLogger === 'function' ? app.getLogger() : SILENT;
}

const noop = (): void => undefined;
const SILENT = { debug: noop, info: noop, log: noop, warn: noop, error: noop, success: noop } as unknown as ILogger;

/** One-time job: one archive attempt for one room (data: roomId, due). Scheduler data holds no content. */
export class ArchiveAttemptJob implements IProcessor {
    public readonly id = ARCHIVE_ATTEMPT_JOB;
    public readonly processor: IProcessor['processor'];

    constructor(service: ArchiveService) {
        this.processor = async function (this: unknown, job: IJobContext, read: IRead, modify: IModify, _http: IHttp, persis: IPersistence) {
            const roomId = typeof job.roomId === 'string' ? job.roomId : '';
            const due = typeof job.due === 'number' && Number.isFinite(job.due) ? job.due : 0;
            if (roomId !== '') await service.attempt(roomId, due, read, persis, loggerOf(this), modify).catch(() => undefined);
        };
    }
}

/** Recurring job: the safety net over every unfinished archive job. */
export class ArchiveSweepJob implements IProcessor {
    public readonly id = ARCHIVE_SWEEP_JOB;
    public readonly processor: IProcessor['processor'];

    constructor(service: ArchiveService) {
        this.processor = async function (this: unknown, _job: IJobContext, read: IRead, modify: IModify, _http: IHttp, persis: IPersistence) {
            await service.sweep(read, persis, modify, loggerOf(this)).catch(() => undefined);
        };
    }
}
