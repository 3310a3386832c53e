import type { IHttp, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { IJobContext, IProcessor } from '@rocket.chat/apps-engine/definition/scheduler';
import { jobLogger as loggerOf } from '../logging/LogEvent';
import { ARCHIVE_ATTEMPT_JOB, ARCHIVE_SWEEP_JOB, type ArchiveService } from './ArchiveService';

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
