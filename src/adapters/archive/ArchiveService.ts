import type { ILogger, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { ILivechatRoom } from '@rocket.chat/apps-engine/definition/livechat';
import type { IMessage } from '@rocket.chat/apps-engine/definition/messages';
import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';
import type { ArchiveConfig } from '../../core/archive/config';
import { createJob, isDue, mayPurge, reviveJob, type DeliveryJob } from '../../core/archive/delivery';
import { runArchiveAttempt } from '../../transports/attempt';
import { configuredDestinations } from '../../transports/deliver';
import { errorKind, LogEvent, logError, logInfo, logWarn } from '../logging/LogEvent';
import type { ArchiveConfigStore } from './ArchiveConfigStore';
import { deadLetterNotice } from './notices';
import { purgeRoom } from './purge';
import { loadRoomTranscript } from './RoomTranscriptSource';
import { ArchiveJobRecords } from './storage/ArchiveJobRecords';
import { ArchiveReceipts, type PurgeReport } from './storage/ArchiveReceipts';
import { SealedOriginals } from './storage/SealedOriginals';
import { SystemMessages } from './storage/SystemMessages';

/** The one-time job that retries one room (data: room id and the time it was due). */
export const ARCHIVE_ATTEMPT_JOB = 'phi-conduit-archive-attempt';
/** The recurring safety net: every unfinished job, after enable, restarts, lost one-time jobs. */
export const ARCHIVE_SWEEP_JOB = 'phi-conduit-archive-sweep';
export const ARCHIVE_SWEEP_INTERVAL = '5 minutes';
/** Purging stops after this long in one call (the call times out at 30 s); the rest continues in a scheduled run. */
const PURGE_BUDGET_MS = 15_000;
/** A sweep starts no new attempt after this long (each attempt is bounded by ~10 s; calls time out at 30 s). */
const SWEEP_BUDGET_MS = 15_000;

export interface ArchiveStatusEntry {
    readonly roomId: string;
    readonly state: DeliveryJob['state'] | 'awaiting_configuration';
    readonly attempts: number;
    readonly nextAttemptAt?: string;
    readonly lastErrorCode?: string;
    readonly createdAt?: string;
}

export interface ArchiveStatus {
    readonly configured: boolean;
    readonly transport?: string;
    readonly invalidSettings: readonly string[];
    readonly pending: readonly ArchiveStatusEntry[];
    readonly failed: readonly ArchiveStatusEntry[];
}

/**
 * Archive delivery on the real runtime: records a job when a livechat room closes and tries once
 * right away, retries from scheduled jobs with backoff, dead-letters after archive_retry_days, and
 * purges from Rocket.Chat only after every destination confirmed delivery. The job holds the room
 * id and delivery state; each attempt rebuilds the transcript from what Rocket.Chat stores.
 * Persistence has no atomic claim: exactly one copy comes from the transports (deterministic names,
 * idempotency keys, checks before and after each attempt), so everything here is safe to repeat.
 */
export class ArchiveService {
    private installId?: string;
    /** Set at start and on enable: the next sweep schedules a retry for every unfinished job. */
    private rescheduleOnSweep = true;

    constructor(
        private readonly config: ArchiveConfigStore,
        private readonly appId: string,
        private readonly now: () => number = Date.now,
        private readonly random: () => number = Math.random,
    ) {}

    public enabled(): void {
        this.rescheduleOnSweep = true;
    }

    /** IPostLivechatRoomClosed: record the job (the room stays listed until it is finished), then try once. */
    public async onRoomClosed(room: ILivechatRoom, read: IRead, persis: IPersistence, logger: ILogger, modify?: IModify): Promise<void> {
        try {
            if (room.type !== RoomType.LIVE_CHAT) return;
            const config = await this.config.get(read, logger);
            if (config?.transport === 'none') {
                logInfo(logger, LogEvent.ArchiveSkipped, { room: room.id, reason: 'transport_none' });
                return;
            }
            const store = new ArchiveJobRecords(persis, read.getPersistenceReader());
            await store.markOpen(room.id);
            if (!config) {
                // Never lost: the sweep creates the job once the settings are valid.
                logWarn(logger, LogEvent.ArchiveSkipped, { room: room.id, reason: 'configuration_invalid' });
                return;
            }
            await this.ensureJob(store, room.id, config, logger);
            await this.attempt(room.id, this.now(), read, persis, logger, modify);
        } catch (e) {
            logError(logger, LogEvent.ArchiveStoreFailed, { room: room.id, stage: 'close', error: errorKind(e) });
        }
    }

    /**
     * One attempt for one room, if due at `dueAt` (the time the scheduler was asked to run it: the
     * scheduler, not the sandbox clock, decides that it is time), then what follows from the result.
     */
    public async attempt(roomId: string, dueAt: number, read: IRead, persis: IPersistence, logger: ILogger, modify?: IModify): Promise<void> {
        const config = await this.config.get(read, logger);
        if (!config || config.transport === 'none') return;
        const store = new ArchiveJobRecords(persis, read.getPersistenceReader());
        const sealed = new SealedOriginals(persis, read.getPersistenceReader());
        const system = new SystemMessages(persis, read.getPersistenceReader());
        const now = (): number => Math.max(this.now(), dueAt);
        const result = await runArchiveAttempt({
            roomId,
            config,
            installId: await this.getInstallId(read),
            store,
            loadTranscript: async () => loadRoomTranscript(read, roomId, await sealed.forRoom(roomId), await system.forRoom(roomId)),
            now,
            random: this.random,
        });
        const job = result.job;
        if (result.attempted) {
            if (job.state === 'delivered') {
                const receipts = Object.values(job.receipts);
                logInfo(logger, LogEvent.ArchiveDelivered, {
                    room: roomId, attempts: job.attempts, destinations: receipts.map((r) => r!.destination),
                    bytes: receipts[0]?.size ?? 0, outcomes: receipts.map((r) => r!.outcome),
                });
            } else {
                logWarn(logger, LogEvent.ArchiveAttemptFailed, {
                    room: roomId, attempts: job.attempts, state: job.state,
                    codes: result.failures.map((f) => `${f.destination}:${f.code}`),
                    // Transport messages are fixed texts without content or secrets (src/transports/types.ts).
                    reasons: result.failures.map((f) => f.message),
                });
            }
        }
        await this.afterAttempt(job, config, read, persis, logger, modify, result.attempted);
    }

    /**
     * IPostSystemMessageSent in a livechat room: records type, time and ids (never the text), since
     * the room reader does not give apps system messages. Only while an archive is configured.
     */
    public async onSystemMessage(message: IMessage, read: IRead, persis: IPersistence, logger: ILogger): Promise<void> {
        try {
            if (message.room?.type !== RoomType.LIVE_CHAT || !message.id) return;
            const config = await this.config.get(read, logger);
            if (!config || config.transport === 'none') return;
            // Rocket.Chat's converter passes the system type `t` as `type`.
            const t = String(message.type ?? (message as IMessage & { t?: string }).t ?? 'system');
            const created = message.createdAt ? new Date(message.createdAt) : new Date(this.now());
            const ts = Number.isFinite(created.getTime()) ? created : new Date(this.now());
            await new SystemMessages(persis, read.getPersistenceReader()).add(message.room.id, {
                id: message.id, t, ts: ts.toISOString(), ...(message.sender?.id ? { senderId: message.sender.id } : {}),
            });
        } catch (e) {
            logWarn(logger, LogEvent.ArchiveStoreFailed, { room: message.room?.id ?? '', stage: 'system_message', error: errorKind(e) });
        }
    }

    /** The recurring sweep: finishes purges, creates jobs that waited for configuration, retries what is due. */
    public async sweep(read: IRead, persis: IPersistence, modify: IModify, logger: ILogger): Promise<void> {
        const started = this.now();
        const config = await this.config.get(read, logger);
        if (!config || config.transport === 'none') return;
        const reschedule = this.rescheduleOnSweep;
        this.rescheduleOnSweep = false;
        const store = new ArchiveJobRecords(persis, read.getPersistenceReader());
        for (const roomId of await store.openRooms()) {
            try {
                // Heavy work (attempts, purges) only within the budget; the next sweep continues.
                const inBudget = this.now() - started < SWEEP_BUDGET_MS;
                let job = await store.load(roomId);
                if (!job) job = await this.ensureJob(store, roomId, config, logger);
                if (job.state === 'delivered') {
                    if (inBudget) await this.afterAttempt(job, config, read, persis, logger, modify, false);
                } else if (isDue(job, this.now())) {
                    if (inBudget) await this.attempt(roomId, this.now(), read, persis, logger, modify);
                    else await this.scheduleRetry(modify, roomId, this.now(), logger);
                } else if (reschedule && job.state !== 'dead') {
                    await this.scheduleRetry(modify, roomId, job.nextAttemptAt, logger);
                }
            } catch (e) {
                logError(logger, LogEvent.ArchiveStoreFailed, { room: roomId, stage: 'sweep', error: errorKind(e) });
            }
        }
    }

    /** Pending and failed rooms, by id, with states and error codes: never content. */
    public async status(read: IRead, persis: IPersistence, logger: ILogger): Promise<ArchiveStatus> {
        const config = await this.config.get(read, logger);
        const store = new ArchiveJobRecords(persis, read.getPersistenceReader());
        const pending: ArchiveStatusEntry[] = [];
        const failed: ArchiveStatusEntry[] = [];
        for (const roomId of await store.openRooms()) {
            const job = await store.load(roomId);
            if (!job) {
                pending.push({ roomId, state: 'awaiting_configuration', attempts: 0 });
                continue;
            }
            if (job.state === 'delivered') continue;
            const entry: ArchiveStatusEntry = {
                roomId, state: job.state, attempts: job.attempts, createdAt: new Date(job.createdAt).toISOString(),
                ...(job.state !== 'dead' ? { nextAttemptAt: new Date(job.nextAttemptAt).toISOString() } : {}),
                ...(job.lastErrorCode ? { lastErrorCode: job.lastErrorCode } : {}),
            };
            (job.state === 'dead' ? failed : pending).push(entry);
        }
        return {
            configured: !!config && config.transport !== 'none',
            ...(config ? { transport: config.transport } : {}),
            invalidSettings: [...new Set(this.config.lastErrors.map((e) => e.settingId))],
            pending,
            failed,
        };
    }

    /** An administrator retries a failed (dead-lettered) room, e.g. after fixing the settings. */
    public async revive(roomId: string, read: IRead, persis: IPersistence, modify: IModify, logger: ILogger): Promise<boolean> {
        const store = new ArchiveJobRecords(persis, read.getPersistenceReader());
        const job = await store.load(roomId);
        if (!job || job.state !== 'dead') return false;
        await store.save(reviveJob(job, this.now()));
        logInfo(logger, LogEvent.ArchiveRevived, { room: roomId });
        await this.scheduleRetry(modify, roomId, this.now(), logger);
        return true;
    }

    private async ensureJob(store: ArchiveJobRecords, roomId: string, config: ArchiveConfig, logger: ILogger): Promise<DeliveryJob> {
        const existing = await store.load(roomId);
        if (existing) return existing;
        const job = createJob(roomId, configuredDestinations(config), this.now());
        await store.save(job);
        logInfo(logger, LogEvent.ArchiveJobCreated, { room: roomId, destinations: [...job.destinations] });
        return job;
    }

    private async afterAttempt(job: DeliveryJob, config: ArchiveConfig, read: IRead, persis: IPersistence, logger: ILogger,
        modify: IModify | undefined, attempted: boolean): Promise<void> {
        const store = new ArchiveJobRecords(persis, read.getPersistenceReader());
        if (mayPurge(job)) {
            await this.finish(job, config, read, persis, logger, modify, store);
            return;
        }
        if (job.state === 'dead') {
            if (attempted) {
                logError(logger, LogEvent.ArchiveDeadLetter, { room: job.roomId, attempts: job.attempts, code: job.lastErrorCode ?? 'unknown' });
                if (modify) await deadLetterNotice(job, read, modify, logger);
            }
            return;
        }
        if (attempted && modify && job.state === 'pending') {
            await this.scheduleRetry(modify, job.roomId, job.nextAttemptAt, logger);
        }
    }

    /**
     * After confirmed delivery: purge as configured (bounded per call; a large room continues in a
     * scheduled run), drop the sealed originals and recorded system messages, keep the receipt, close the job.
     */
    private async finish(job: DeliveryJob, config: ArchiveConfig, read: IRead, persis: IPersistence, logger: ILogger,
        modify: IModify | undefined, store: ArchiveJobRecords): Promise<void> {
        const receipts = new ArchiveReceipts(persis, read.getPersistenceReader());
        const previous = (await receipts.load(job.roomId))?.purge;
        if (previous?.complete) {
            await store.markDone(job.roomId);
            return;
        }
        if (!modify) return; // the sweep finishes it
        const at = (): string => new Date(this.now()).toISOString();
        const before = previous?.messagesDeleted ?? 0;
        let purge: PurgeReport;
        try {
            const system = new SystemMessages(persis, read.getPersistenceReader());
            const done = await purgeRoom(read, modify, job.roomId, config.purgeMode, (await system.forRoom(job.roomId)).map((m) => m.id), PURGE_BUDGET_MS);
            if (done.complete) {
                const sealedRemoved = await new SealedOriginals(persis, read.getPersistenceReader()).removeRoom(job.roomId);
                await system.removeRoom(job.roomId);
                purge = { mode: config.purgeMode, messagesDeleted: before + done.messagesDeleted, roomDeleted: done.roomDeleted, sealedRemoved, complete: true, at: at() };
                logInfo(logger, LogEvent.ArchivePurged, { room: job.roomId, mode: config.purgeMode, messages: purge.messagesDeleted, roomDeleted: done.roomDeleted, sealed: sealedRemoved });
            } else {
                // Out of time for this call: the rest in a scheduled run right away.
                purge = { mode: config.purgeMode, messagesDeleted: before + done.messagesDeleted, roomDeleted: false, sealedRemoved: 0, complete: false, at: at(), errorCode: 'INCOMPLETE' };
                logInfo(logger, LogEvent.ArchivePurged, { room: job.roomId, mode: config.purgeMode, messages: purge.messagesDeleted, complete: false });
                await this.scheduleRetry(modify, job.roomId, this.now(), logger);
            }
        } catch (e) {
            purge = { mode: config.purgeMode, messagesDeleted: before, roomDeleted: false, sealedRemoved: 0, complete: false, at: at(), errorCode: errorKind(e) };
            logError(logger, LogEvent.ArchivePurgeFailed, { room: job.roomId, mode: config.purgeMode, error: errorKind(e) });
        }
        await receipts.save({ roomId: job.roomId, receipts: Object.values(job.receipts).filter((r) => !!r), purge });
        if (purge.complete) await store.markDone(job.roomId);
    }

    private async scheduleRetry(modify: IModify, roomId: string, at: number, logger: ILogger): Promise<void> {
        try {
            await modify.getScheduler().scheduleOnce({ id: ARCHIVE_ATTEMPT_JOB, when: new Date(Math.max(at, this.now())), data: { roomId, due: at } });
        } catch (e) {
            logWarn(logger, LogEvent.ArchiveStoreFailed, { room: roomId, stage: 'schedule', error: errorKind(e) });
        }
    }

    /** App id + the workspace's uniqueID: the same on every instance of a workspace, different across workspaces. */
    private async getInstallId(read: IRead): Promise<string> {
        if (this.installId) return this.installId;
        let workspace = '';
        try {
            const value = await read.getEnvironmentReader().getServerSettings().getValueById('uniqueID');
            workspace = typeof value === 'string' ? value : '';
        } catch {
            workspace = '';
        }
        if (!workspace) return this.appId;
        this.installId = `${this.appId}:${workspace}`;
        return this.installId;
    }
}
