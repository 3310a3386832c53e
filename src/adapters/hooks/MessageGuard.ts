import type { ILogger, IMessageBuilder, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import { AppsEngineException } from '@rocket.chat/apps-engine/definition/exceptions';
import type { ILivechatRoom } from '@rocket.chat/apps-engine/definition/livechat';
import type { IMessage, IMessageAttachment } from '@rocket.chat/apps-engine/definition/messages';
import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';
import { scanMessage, type MessageContent } from '../../core/chat/maskMessage';
import { blockedNoticeForAgent, blockedNoticeForVisitor, maskedNotice, WITHHELD_TEXT } from '../../core/chat/notices';
import { isInScope } from '../../core/chat/scope';
import type { Label } from '../../core/types';
import type { OriginalSealer } from '../archive/OriginalSealer';
import type { ActiveConfig, ConfigStore } from '../config/ConfigStore';
import { errorKind, LogEvent, logError, logInfo, logWarn } from '../logging/LogEvent';
import type { FindingCounters } from '../storage/FindingCounters';

/**
 * The message hooks: masks PHI before Rocket.Chat stores a message or an edit, refuses messages
 * holding a blocked label, and fails closed. The engine swallows ordinary errors and the host then
 * stores the message as it was, so nothing here lets an ordinary error escape: when a message cannot
 * be checked its content is withheld, and if even that fails an AppsEngineException refuses it.
 */
export class MessageGuard {
    constructor(private readonly config: ConfigStore, private readonly counters: FindingCounters, private readonly sealer?: OriginalSealer) {}

    /**
     * check* of the Prevent hooks: true only when a blocked label is present, so the execute call
     * (and its round trip) happens only for messages that will be refused.
     */
    public async mayPrevent(message: IMessage, read: IRead, logger: ILogger): Promise<boolean> {
        try {
            const active = await this.inScope(message, read, logger);
            return !!active && active.masking.policy.blockLabels.size > 0
                && scanMessage(contentOf(message), active.scanner).blockedLabels.length > 0;
        } catch {
            // The modify hook withholds what could not be checked.
            return false;
        }
    }

    /**
     * check* of the Modify hooks: true when the message must be changed (PHI found, blocked, or it
     * could not be checked). Skipping the execute call for clean messages saves a round trip, and
     * keeps their text out of the engine's debug log of execute results (stored by Rocket.Chat).
     * Never throws: an error here would skip the execute call and let the message through.
     */
    public async mustModify(message: IMessage, read: IRead, logger: ILogger): Promise<boolean> {
        try {
            const active = await this.inScope(message, read, logger);
            if (!active) {
                return false;
            }
            const result = scanMessage(contentOf(message), active.scanner);
            return result.changed || result.blockedLabels.length > 0;
        } catch {
            return true;
        }
    }

    /** IPreMessageSentPrevent / IPreMessageUpdatedPrevent: true means "do not deliver". */
    public async prevent(message: IMessage, read: IRead, logger: ILogger, modify?: IModify): Promise<boolean> {
        let blocked: readonly Label[];
        try {
            const active = await this.inScope(message, read, logger);
            if (!active || active.masking.policy.blockLabels.size === 0) {
                return false;
            }
            blocked = scanMessage(contentOf(message), active.scanner).blockedLabels;
        } catch (e) {
            // The modify hook runs next and withholds what could not be checked.
            logError(logger, LogEvent.MessageWithheld, { stage: 'prevent', error: errorKind(e) });
            return false;
        }
        if (blocked.length === 0) {
            return false;
        }
        this.counters.add('blocked', Object.fromEntries(blocked.map((l) => [l, 1])));
        logInfo(logger, LogEvent.MessageBlocked, { labels: blocked, room: message.room.id });
        await this.tellSender(message, blocked, read, logger, modify);
        return true;
    }

    /**
     * IPreMessageSentModify / IPreMessageUpdatedModify: returns the message to store. When it was
     * masked and archive_seal_originals is on, the original is sealed to the archive key first.
     */
    public async modify(message: IMessage, builder: IMessageBuilder, read: IRead, logger: ILogger,
        seal?: { event: 'sent' | 'edited'; persistence: IPersistence }): Promise<IMessage> {
        try {
            const active = await this.inScope(message, read, logger);
            if (!active) {
                return message;
            }
            const result = scanMessage(contentOf(message), active.scanner);
            if (result.blockedLabels.length > 0) {
                // The prevent hook refuses these; never store them if it did not run.
                return this.withhold(builder, logger, 'blocked_label');
            }
            if (!result.changed) {
                return message;
            }
            // Before the builder touches anything: it may share the message object.
            if (seal && this.sealer) await this.sealer.seal(message, seal.event, read, seal.persistence, logger);
            if (message.text !== undefined) builder.setText(result.content.text ?? '');
            if (message.alias !== undefined) builder.setUsernameAlias(result.content.alias ?? '');
            if (message.attachments !== undefined) builder.setAttachments(result.content.attachments as unknown as IMessageAttachment[]);
            this.counters.add('masked', result.counts);
            // No log line per masked message: Rocket.Chat stores every app log entry (a write per message);
            // the daily counters carry the numbers.
            if (active.masking.agentNotice) {
                this.pendingNotices.set(noticeKey(message.room.id, result.content.text), result.counts);
            }
            return builder.getMessage();
        } catch (e) {
            return this.withhold(builder, logger, errorKind(e));
        }
    }

    /** check of IPostMessageSent: only messages with a note waiting need the execute call. */
    public hasPendingNotice(message: IMessage): boolean {
        return this.pendingNotices.has(noticeKey(message.room.id, message.text));
    }

    /** IPostMessageSent: the optional note to agents of what was masked (hooks before it have no notifier). */
    public async afterSent(message: IMessage, read: IRead, modify: IModify, logger: ILogger): Promise<void> {
        const key = noticeKey(message.room.id, message.text);
        const counts = this.pendingNotices.get(key);
        if (!counts) {
            return;
        }
        this.pendingNotices.delete(key);
        const agent = await agentOf(message, read);
        if (!agent) {
            return;
        }
        try {
            const notice = modify.getCreator().startMessage().setRoom(message.room).setText(maskedNotice(counts)).getMessage();
            await modify.getNotifier().notifyUser(agent, notice);
        } catch (e) {
            logWarn(logger, LogEvent.NoticeFailed, { kind: 'masked', error: errorKind(e) });
        }
    }

    /** Notices waiting for IPostMessageSent, keyed by room and stored (masked) text; bounded. */
    private readonly pendingNotices = new BoundedMap<string, Partial<Record<Label, number>>>(500);

    private async inScope(message: IMessage, read: IRead, logger: ILogger): Promise<ActiveConfig | undefined> {
        const active = await this.config.get(read, logger);
        if (!active.masking.enabled) {
            return undefined;
        }
        const room = message.room;
        const departmentId = room.type === RoomType.LIVE_CHAT ? (room as ILivechatRoom).department?.id : undefined;
        return isInScope({ type: room.type, departmentId }, active.masking.scope) ? active : undefined;
    }

    private withhold(builder: IMessageBuilder, logger: ILogger, reason: string): IMessage {
        logError(logger, LogEvent.MessageWithheld, { reason });
        try {
            builder.setText(WITHHELD_TEXT);
            builder.setAttachments([]);
            builder.setUsernameAlias('');
            return builder.getMessage();
        } catch {
            // Refuse the message outright: an AppsEngineException is the one error the host honours.
            throw new AppsEngineException('PHI Conduit could not check this message for protected health information.');
        }
    }

    private async tellSender(message: IMessage, labels: readonly Label[], read: IRead, logger: ILogger, modify?: IModify): Promise<void> {
        if (!modify) {
            return;
        }
        try {
            const fromVisitor = message.room.type === RoomType.LIVE_CHAT && isVisitor(message);
            if (fromVisitor) {
                // Visitors are not users: the notifier cannot reach them, so the app says it in the room.
                const appUser = await read.getUserReader().getAppUser();
                const builder = modify.getCreator().startLivechatMessage().setRoom(message.room).setText(blockedNoticeForVisitor(labels));
                if (appUser) builder.setSender(appUser);
                await modify.getCreator().finish(builder);
            } else {
                const notice = modify.getCreator().startMessage().setRoom(message.room).setText(blockedNoticeForAgent(labels)).getMessage();
                await modify.getNotifier().notifyUser(message.sender, notice);
            }
        } catch (e) {
            logWarn(logger, LogEvent.NoticeFailed, { kind: 'blocked', error: errorKind(e) });
        }
    }
}

function contentOf(message: IMessage): MessageContent {
    return { text: message.text, alias: message.alias, attachments: message.attachments as MessageContent['attachments'] };
}

/** Rocket.Chat marks a livechat visitor's message with the visitor token (its `isMessageFromVisitor`). */
function isVisitor(message: IMessage): boolean {
    return typeof (message as IMessage & { token?: unknown }).token === 'string';
}

async function agentOf(message: IMessage, read: IRead) {
    if (message.room.type !== RoomType.LIVE_CHAT) {
        return message.sender;
    }
    const servedBy = (message.room as ILivechatRoom).servedBy;
    return servedBy ? ((await read.getUserReader().getById(servedBy.id)) ?? servedBy) : undefined;
}

function noticeKey(roomId: string, text: string | undefined): string {
    return `${roomId}\u0000${text ?? ''}`;
}

/** A Map that forgets its oldest entries beyond a size, so unclaimed notices cannot pile up. */
class BoundedMap<K, V> extends Map<K, V> {
    constructor(private readonly limit: number) {
        super();
    }

    public override set(key: K, value: V): this {
        super.set(key, value);
        while (this.size > this.limit) {
            this.delete(this.keys().next().value as K);
        }
        return this;
    }
}
