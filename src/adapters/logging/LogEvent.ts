import type { ILogger } from '@rocket.chat/apps-engine/definition/accessors';

/**
 * Event codes for the app's logs. Rocket.Chat stores app logs in its database, so a log line carries
 * an event code plus counts, labels, setting ids or opaque ids: never message text, names or values.
 */
export enum LogEvent {
    ConfigLoaded = 'config.loaded',
    ConfigInvalid = 'config.invalid',
    ConfigReadFailed = 'config.read_failed',
    MessageBlocked = 'message.blocked',
    MessageWithheld = 'message.withheld',
    NoticeFailed = 'notice.failed',
    UploadRefused = 'upload.refused',
    CountersFlushed = 'counters.flushed',
    CountersFlushFailed = 'counters.flush_failed',
    ArchiveJobCreated = 'archive.job_created',
    ArchiveDelivered = 'archive.delivered',
    ArchiveAttemptFailed = 'archive.attempt_failed',
    ArchiveDeadLetter = 'archive.dead_letter',
    ArchivePurged = 'archive.purged',
    ArchivePurgeFailed = 'archive.purge_failed',
    ArchiveSkipped = 'archive.skipped',
    ArchiveStoreFailed = 'archive.store_failed',
    ArchiveStatusRead = 'archive.status_read',
    ArchiveRevived = 'archive.revived',
    SealStored = 'seal.stored',
    SealFailed = 'seal.failed',
}

/** What may accompany an event: numbers, booleans, labels and ids. No free text. */
export type LogFields = Readonly<Record<string, number | boolean | string | readonly string[] | Readonly<Record<string, number>>>>;

export function logInfo(logger: ILogger, event: LogEvent, fields: LogFields = {}): void {
    logger.info({ event, ...fields });
}

export function logWarn(logger: ILogger, event: LogEvent, fields: LogFields = {}): void {
    logger.warn({ event, ...fields });
}

export function logError(logger: ILogger, event: LogEvent, fields: LogFields = {}): void {
    logger.error({ event, ...fields });
}

/** The class of an error, never its message (which may quote data). */
export function errorKind(e: unknown): string {
    return e instanceof Error ? e.name : typeof e;
}

const noop = (): void => undefined;
const SILENT = { debug: noop, info: noop, log: noop, warn: noop, error: noop, success: noop } as unknown as ILogger;

/**
 * The logger of a scheduled job run. The Deno runtime calls a processor with `this` bound to the
 * App, wrapped so that getLogger() returns the logger of this run (whose entries Rocket.Chat
 * stores); a logger captured earlier writes where nobody reads. Silent when there is no app.
 */
export function jobLogger(self: unknown): ILogger {
    const app = self as { getLogger?: () => ILogger } | undefined;
    return typeof app?.getLogger === 'function' ? app.getLogger() : SILENT;
}
