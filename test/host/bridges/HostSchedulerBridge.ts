import { StartupType } from '@rocket.chat/apps-engine/definition/scheduler';
import type { IOnetimeSchedule, IProcessor, IRecurringSchedule } from '@rocket.chat/apps-engine/definition/scheduler';
import { SchedulerBridge } from '@rocket.chat/apps-engine/server/bridges';

import type { HostState } from '../HostState';
import { isObjectId, objectId } from '../ids';
import { nextCronTime, parseCron, parseHumanInterval, parseWhen } from './schedule-time';
import type { CronSpec } from './schedule-time';

/** A job as Agenda keeps it in `rocketchat_apps_scheduler`. */
export interface HostJob {
    _id: string;
    /** Processor id as registered by the engine: `<processor id>_<app id>`. */
    name: string;
    /** Agenda: 'normal' for one-time jobs, 'single' for recurring ones (one per name). */
    type: 'normal' | 'single';
    data: Record<string, unknown>;
    nextRunAt: Date | null;
    lastRunAt?: Date;
    lastFinishedAt?: Date;
    failCount: number;
    failReason?: string;
    repeatEvery?: { ms: number } | { cron: CronSpec; source: string };
    running: boolean;
}

type ProcessorFn = (jobContext: Record<string, unknown>) => Promise<void>;

/**
 * Rocket.Chat's AppSchedulerBridge (apps/meteor/app/apps/server/bridges/scheduler.ts, on Agenda)
 * with jobs that really run, on the host's clock, when the host runs due jobs:
 * - scheduleOnce(when): `when` is a Date, a date string, or "in 5 minutes" / "5 minutes";
 *   the job is removed after it succeeded; a failed one-time job stays, never re-run (Agenda).
 * - scheduleRecurring(interval): a human interval ("30 seconds", "1 hour") or a 5-field cron;
 *   one job per processor (Agenda `every` upserts by name); runs immediately unless
 *   skipImmediate; a late job runs once, then its next run is computed from that run.
 * - the processor gets `data` plus `jobId`, without `appId`;
 * - cancelJob(id): by job id when it is an ObjectId (before any `_`), else by processor name;
 *   cancelAllJobs(appId): every job whose name ends with `_<appId>`;
 * - startup settings: ONETIME only when no one-time job of that name exists, RECURRING via every().
 * - errors are logged and swallowed (Rocket.Chat logs them), the call returns undefined.
 */
export class HostSchedulerBridge extends SchedulerBridge {
    public readonly jobs: HostJob[] = [];
    private readonly processors = new Map<string, ProcessorFn>();

    constructor(private readonly state: HostState) {
        super();
    }

    /** Runs every job due at the host's current time, oldest first; returns how many ran. */
    public async runDueJobs(): Promise<number> {
        let ran = 0;
        // A job may schedule another job that is due immediately: loop until nothing is due,
        // with a bound so a zero-interval loop cannot hang a test.
        for (let round = 0; round < 100; round++) {
            const now = this.state.clock.now().getTime();
            const due = this.jobs
                .filter((j) => !j.running && j.nextRunAt !== null && j.nextRunAt.getTime() <= now)
                .sort((a, b) => a.nextRunAt!.getTime() - b.nextRunAt!.getTime());
            if (due.length === 0) {
                return ran;
            }
            for (const job of due) {
                if (this.jobs.includes(job) && job.nextRunAt !== null && job.nextRunAt.getTime() <= now) {
                    await this.runJob(job);
                    ran++;
                }
            }
        }
        return ran;
    }

    /** When the next job is due (for a real-time poller), or undefined. */
    public nextDueAt(): Date | undefined {
        const times = this.jobs.filter((j) => j.nextRunAt !== null).map((j) => j.nextRunAt!.getTime());
        return times.length ? new Date(Math.min(...times)) : undefined;
    }

    protected async registerProcessors(processors: Array<IProcessor> = [], appId: string): Promise<void | Array<string>> {
        const runAfterRegister: Array<Promise<string | void>> = [];
        for (const { id, processor, startupSetting } of processors) {
            this.processors.set(id, processor as unknown as ProcessorFn);
            if (!startupSetting) {
                continue;
            }
            switch (startupSetting.type) {
                case StartupType.ONETIME:
                    if (!this.jobs.some((j) => j.name === id && j.type === 'normal')) {
                        runAfterRegister.push(this.scheduleOnce({ id, when: startupSetting.when, data: startupSetting.data }, appId));
                    }
                    break;
                case StartupType.RECURRING:
                    runAfterRegister.push(
                        this.scheduleRecurring(
                            { id, interval: startupSetting.interval, skipImmediate: startupSetting.skipImmediate, data: startupSetting.data },
                            appId,
                        ),
                    );
                    break;
                default:
                    this.state.recordError('scheduler.registerProcessors', new Error(`Unknown startup setting type`));
            }
        }
        if (runAfterRegister.length) {
            return (await Promise.all(runAfterRegister)).filter((x): x is string => typeof x === 'string');
        }
    }

    protected async scheduleOnce({ id, when, data }: IOnetimeSchedule, appId: string): Promise<void | string> {
        try {
            const at = parseWhen(when as unknown, this.state.clock.now());
            const job: HostJob = {
                _id: objectId(),
                name: id,
                type: 'normal',
                data: { ...(data ?? {}), appId },
                nextRunAt: at,
                failCount: 0,
                running: false,
            };
            this.jobs.push(job);
            return job._id;
        } catch (err) {
            this.state.recordError('scheduler.scheduleOnce', err);
        }
    }

    protected async scheduleRecurring({ id, interval, skipImmediate = false, data }: IRecurringSchedule, appId: string): Promise<void | string> {
        try {
            const now = this.state.clock.now();
            const repeatEvery = this.parseInterval(interval as unknown);
            let job = this.jobs.find((j) => j.name === id && j.type === 'single');
            if (!job) {
                job = { _id: objectId(), name: id, type: 'single', data: {}, nextRunAt: null, failCount: 0, running: false };
                this.jobs.push(job);
            }
            job.data = { ...(data ?? {}), appId };
            job.repeatEvery = repeatEvery;
            job.nextRunAt = skipImmediate ? this.computeNext(repeatEvery, now) : now;
            return job._id;
        } catch (err) {
            this.state.recordError('scheduler.scheduleRecurring', err);
        }
    }

    protected async cancelJob(jobId: string, _appId: string): Promise<void> {
        const head = jobId.split('_')[0];
        const matches = isObjectId(head) ? (j: HostJob) => j._id === head : (j: HostJob) => j.name === jobId;
        this.remove(matches);
    }

    protected async cancelAllJobs(appId: string): Promise<void> {
        this.remove((j) => j.name.endsWith(`_${appId}`));
    }

    private remove(matches: (j: HostJob) => boolean): void {
        for (let i = this.jobs.length - 1; i >= 0; i--) {
            if (matches(this.jobs[i])) {
                this.jobs.splice(i, 1);
            }
        }
    }

    private parseInterval(interval: unknown): NonNullable<HostJob['repeatEvery']> {
        if (typeof interval === 'number') {
            return { ms: interval };
        }
        if (typeof interval !== 'string') {
            throw new Error(`Invalid interval: ${String(interval)}`);
        }
        const ms = parseHumanInterval(interval);
        if (ms !== undefined) {
            return { ms };
        }
        return { cron: parseCron(interval), source: interval };
    }

    private computeNext(repeatEvery: NonNullable<HostJob['repeatEvery']>, from: Date): Date {
        if ('ms' in repeatEvery) {
            return new Date(from.getTime() + repeatEvery.ms);
        }
        return nextCronTime(repeatEvery.cron, from);
    }

    private async runJob(job: HostJob): Promise<void> {
        const processor = this.processors.get(job.name);
        const startedAt = this.state.clock.now();
        job.running = true;
        job.lastRunAt = startedAt;
        if (job.type === 'single' && job.repeatEvery) {
            job.nextRunAt = this.computeNext(job.repeatEvery, startedAt);
        } else {
            job.nextRunAt = null;
        }
        try {
            if (!processor) {
                throw new Error(`Undefined job ${job.name}`);
            }
            const { appId: _appId, ...data } = job.data;
            await processor({ ...data, jobId: job._id });
            job.lastFinishedAt = this.state.clock.now();
            if (job.type === 'normal') {
                this.remove((j) => j === job);
            }
        } catch (err) {
            job.failCount++;
            job.failReason = err instanceof Error ? err.message : String(err);
            this.state.recordError(`scheduler.job:${job.name}`, err);
        } finally {
            job.running = false;
        }
    }
}
