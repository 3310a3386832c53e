import type { ILogger, IModify, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { ILivechatRoom } from '@rocket.chat/apps-engine/definition/livechat';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import type { DeliveryJob } from '../../core/archive/delivery';
import { errorKind, LogEvent, logWarn } from '../logging/LogEvent';
import type { ArchiveStatus, ArchiveStatusEntry } from './ArchiveService';

/** The dead-letter notice: room id, days and error code only. */
export function deadLetterText(job: DeliveryJob): string {
    return `PHI Conduit could not deliver the transcript of room ${job.roomId} to the archive `
        + `(${job.attempts} attempts, last error ${job.lastErrorCode ?? 'unknown'}). It stays in Rocket.Chat and is listed as failed `
        + 'in /phi-conduit archive status; an administrator can retry it with /phi-conduit archive retry <room id> after fixing the cause.';
}

/**
 * Tells the agent who served the room and the user who closed it (ephemeral notices; livechat
 * visitors cannot be notified). Administrators also see the error in the app's logs and the status view.
 */
export async function deadLetterNotice(job: DeliveryJob, read: IRead, modify: IModify, logger: ILogger): Promise<void> {
    try {
        const room = (await read.getRoomReader().getById(job.roomId)) as ILivechatRoom | undefined;
        if (!room) return;
        const ids = new Set([room.servedBy?.id, room.closedBy?.id].filter((id): id is string => !!id));
        const users = (await Promise.all([...ids].map((id) => read.getUserReader().getById(id)))).filter((u): u is IUser => !!u);
        const message = modify.getCreator().startMessage().setRoom(room).setText(deadLetterText(job)).getMessage();
        for (const user of users) await modify.getNotifier().notifyUser(user, message);
    } catch (e) {
        logWarn(logger, LogEvent.NoticeFailed, { kind: 'dead_letter', error: errorKind(e) });
    }
}

function line(e: ArchiveStatusEntry): string {
    const parts = [`${e.roomId}: ${e.state}`, `attempts ${e.attempts}`];
    if (e.nextAttemptAt) parts.push(`next ${e.nextAttemptAt}`);
    if (e.lastErrorCode) parts.push(`last error ${e.lastErrorCode}`);
    return `- ${parts.join(', ')}`;
}

/** The status view as text (slash command): room ids, states, codes; never content. */
export function statusText(s: ArchiveStatus, limit = 50): string {
    const lines = [`PHI Conduit archive: ${s.configured ? `transport ${s.transport}` : 'not configured'}`
        + `${s.invalidSettings.length ? `; invalid settings: ${s.invalidSettings.join(', ')}` : ''}`];
    lines.push(`Pending: ${s.pending.length}`);
    for (const e of s.pending.slice(0, limit)) lines.push(line(e));
    if (s.pending.length > limit) lines.push(`… and ${s.pending.length - limit} more`);
    lines.push(`Failed: ${s.failed.length}`);
    for (const e of s.failed.slice(0, limit)) lines.push(line(e));
    if (s.failed.length > limit) lines.push(`… and ${s.failed.length - limit} more`);
    return lines.join('\n');
}
