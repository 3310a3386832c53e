import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

import type { ILivechatRoom, IVisitor } from '@rocket.chat/apps-engine/definition/livechat';
import type { IMessage, IMessageAttachment } from '@rocket.chat/apps-engine/definition/messages';
import { AppInterface } from '@rocket.chat/apps-engine/definition/metadata';
import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import { UserType } from '@rocket.chat/apps-engine/definition/users';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import type { AppManager } from '@rocket.chat/apps-engine/server/AppManager';

import type { HostState, HostUpload, StoredMessage } from './HostState';
import { userRecord } from './HostDirectory';
import { meteorId } from './ids';

/** Who sends a message: a Rocket.Chat user, or a livechat visitor (not an IUser). */
export type Sender = { user: IUser } | { visitor: IVisitor & { id: string } };

export interface SendMessageInput {
    roomId: string;
    /** A user (agent, staff) or `{ visitor }` for a livechat visitor. */
    sender: IUser | { visitor: IVisitor & { id: string } };
    text: string;
    attachments?: IMessageAttachment[];
    alias?: string;
    customFields?: Record<string, unknown>;
    threadId?: string;
    /** Pre-set message id (Rocket.Chat clients generate one); default a new id. */
    id?: string;
    /** System message type; system messages skip nothing in the pipeline but fire IPostSystemMessageSent. */
    t?: string;
}

export interface Refusal {
    /** The exception's message (what Rocket.Chat returns to the client). */
    reason: string;
    /** `AppsEngineException` (or a subclass name when known), `EssentialAppDisabledException`, or the error name. */
    name: string;
    /** True when an app refused with an AppsEngineException; false for any other error. */
    byApp: boolean;
    error: unknown;
}

export interface SendMessageResult {
    /** What the host stored, when it stored the message. */
    stored?: StoredMessage;
    /** An IPreMessageSentPrevent hook returned true: nothing stored, no error to the sender. */
    prevented?: boolean;
    /** The operation was refused (an app threw an AppsEngineException): nothing stored. */
    refused?: Refusal;
}

export interface UpdateMessageInput {
    text?: string;
    attachments?: IMessageAttachment[];
    customFields?: Record<string, unknown>;
    /** Who edits (default: the original sender when it is a user). */
    editor?: IUser;
}

export interface UpdateMessageResult {
    updated?: StoredMessage;
    /** IPreMessageUpdatedPrevent returned true: Rocket.Chat throws error-app-prevented-updating. */
    prevented?: boolean;
    refused?: Refusal;
}

export interface UploadInput {
    roomId: string;
    user?: IUser;
    visitor?: IVisitor & { id: string };
    name: string;
    type: string;
    content: Buffer;
}

export interface UploadResult {
    accepted: boolean;
    upload?: HostUpload;
    reason?: string;
    refused?: Refusal;
}

export interface CoreOptions {
    /** Rocket.Chat's Message_KeepHistory: an edit keeps the previous version as a hidden message. */
    keepMessageHistory: boolean;
    /** Wait for post-event hooks (IPostMessageSent, IPostLivechatRoomClosed, ...) before returning. */
    waitForPostHooks: boolean;
}

/**
 * What the host does around the apps, following Rocket.Chat's server code:
 * - sendMessage: apps/meteor/app/lib/server/functions/sendMessage.ts
 * - updateMessage: apps/meteor/app/lib/server/functions/updateMessage.ts
 * - closeLivechatRoom: apps/meteor/app/livechat/server/lib/closeRoom.ts (afterRoomClosed)
 * - uploadFile: AppListenerBridge.uploadEvent (apps/meteor/app/apps/server/bridges/listeners.ts)
 * - the orchestrator's triggerEvent (apps/meteor/ee/server/apps/orchestrator.ts) lets
 *   exceptions through; ProxiedApp.call (engine) already swallowed anything that was not an
 *   AppsEngineException.
 */
export class HostCore {
    private readonly background = new Set<Promise<unknown>>();

    constructor(
        public readonly state: HostState,
        private readonly getManager: () => AppManager,
        public readonly options: CoreOptions,
    ) {}

    // -----------------------------------------------------------------------------------------
    // Conversions (what Rocket.Chat's converters give the apps)
    // -----------------------------------------------------------------------------------------

    public room(roomId: string): IRoom | ILivechatRoom {
        const room = this.state.rooms.get(roomId);
        if (!room) {
            throw new Error(`Room ${roomId} not found`);
        }
        return structuredClone(room);
    }

    /** A livechat visitor as the message converter presents a visitor sender (not a real IUser). */
    public visitorAsSender(visitor: IVisitor & { id: string }): IUser {
        const now = this.state.clock.now();
        return userRecord({ id: visitor.id, username: visitor.username, name: visitor.name, type: UserType.UNKNOWN, roles: ['livechat-guest'] }, now);
    }

    // -----------------------------------------------------------------------------------------
    // Messages
    // -----------------------------------------------------------------------------------------

    public async sendMessage(input: SendMessageInput): Promise<SendMessageResult> {
        const room = this.room(input.roomId);
        const isVisitor = typeof input.sender === 'object' && 'visitor' in input.sender;
        const sender = isVisitor
            ? this.visitorAsSender((input.sender as { visitor: IVisitor & { id: string } }).visitor)
            : structuredClone(input.sender as IUser);
        let message: StoredMessage = {
            id: input.id ?? meteorId(),
            room,
            sender,
            text: input.text ?? '',
            createdAt: this.state.clock.now(),
            groupable: true,
        } as StoredMessage;
        if (input.attachments) message.attachments = structuredClone(input.attachments);
        if (input.alias) message.alias = input.alias;
        if (input.customFields) message.customFields = structuredClone(input.customFields);
        if (input.threadId) message.threadId = input.threadId;
        if (input.t) message.t = input.t;
        if (isVisitor) message.token = (input.sender as { visitor: IVisitor }).visitor.token;

        const lm = this.getManager().getListenerManager();
        try {
            const prevent = await lm.executeListener(AppInterface.IPreMessageSentPrevent, this.forApps(message));
            if (prevent) {
                return { prevented: true };
            }
            const extended = await lm.executeListener(AppInterface.IPreMessageSentExtend, this.forApps(message));
            const result = await lm.executeListener(AppInterface.IPreMessageSentModify, extended as unknown as IMessage);
            if (typeof result === 'object' && result !== null) {
                message = this.merge(message, result as IMessage);
            }
        } catch (error) {
            return { refused: toRefusal(error) };
        }

        if (this.state.findMessage(message.id)) {
            return {}; // Rocket.Chat: a message with this id already exists, nothing happens
        }
        this.state.messages.push(message);
        const event = message.t ? 'executePostSystemMessageSent' : 'executePostMessageSent';
        await this.fireAndForget(event, () => this.post(event, this.forApps(message)));
        return { stored: structuredClone(message) };
    }

    public async updateMessage(messageId: string, changes: UpdateMessageInput): Promise<UpdateMessageResult> {
        const original = this.state.findMessage(messageId);
        if (!original) {
            throw new Error(`Message ${messageId} not found`);
        }
        const editor = changes.editor ?? original.sender;
        const edited: StoredMessage = structuredClone(original);
        if (changes.text !== undefined) edited.text = changes.text;
        if (changes.attachments !== undefined) edited.attachments = structuredClone(changes.attachments);
        if (changes.customFields !== undefined) edited.customFields = structuredClone(changes.customFields);
        edited.room = this.room(original.room.id);

        let message = edited;
        const lm = this.getManager().getListenerManager();
        try {
            const prevent = await lm.executeListener(AppInterface.IPreMessageUpdatedPrevent, this.forApps(edited));
            if (prevent) {
                return { prevented: true };
            }
            const extended = await lm.executeListener(AppInterface.IPreMessageUpdatedExtend, this.forApps(edited));
            const result = await lm.executeListener(AppInterface.IPreMessageUpdatedModify, extended as unknown as IMessage);
            if (typeof result === 'object' && result !== null) {
                message = this.merge(edited, result as IMessage);
            }
        } catch (error) {
            return { refused: toRefusal(error) };
        }

        if (this.options.keepMessageHistory) {
            this.state.messages.push({ ...structuredClone(original), id: meteorId(), _hidden: true, customFields: { ...original.customFields, parentId: original.id } });
        }
        message.editedAt = this.state.clock.now();
        message.editor = structuredClone(editor);
        message.updatedAt = message.editedAt;
        const index = this.state.messages.indexOf(original);
        this.state.messages[index] = message;
        await this.fireAndForget('IPostMessageUpdated', () => this.post('executePostMessageUpdated', this.forApps(message)));
        return { updated: structuredClone(message) };
    }

    /** Deletes a message (IPreMessageDeletePrevent, then IPostMessageDeleted). */
    public async deleteMessage(messageId: string, by: IUser): Promise<{ deleted: boolean; prevented?: boolean; refused?: Refusal }> {
        const message = this.state.findMessage(messageId);
        if (!message) {
            return { deleted: false };
        }
        const lm = this.getManager().getListenerManager();
        try {
            const prevent = await lm.executeListener(AppInterface.IPreMessageDeletePrevent, this.forApps(message));
            if (prevent) {
                return { deleted: false, prevented: true };
            }
        } catch (error) {
            return { deleted: false, refused: toRefusal(error) };
        }
        this.state.messages.splice(this.state.messages.indexOf(message), 1);
        this.state.deletedMessages.push(message);
        await this.fireAndForget('IPostMessageDeleted', () => this.post('executePostMessageDelete', { message: this.forApps(message), user: by }));
        return { deleted: true };
    }

    /** A system message stored directly (Message.saveSystemMessage): no pre-message hooks. */
    public saveSystemMessage(roomId: string, t: string, text: string, by: IUser): StoredMessage {
        const message: StoredMessage = {
            id: meteorId(),
            room: this.room(roomId),
            sender: structuredClone(by),
            text,
            createdAt: this.state.clock.now(),
            groupable: false,
            t,
        } as StoredMessage;
        this.state.messages.push(message);
        return message;
    }

    // -----------------------------------------------------------------------------------------
    // Livechat
    // -----------------------------------------------------------------------------------------

    /** Fires IPostLivechatRoomStarted for a room the directory created (Livechat createRoom does). */
    public async livechatRoomStarted(roomId: string): Promise<void> {
        const room = this.room(roomId);
        const lm = this.getManager().getListenerManager();
        await this.fireAndForget('IPostLivechatRoomStarted', () => lm.executeListener(AppInterface.IPostLivechatRoomStarted, room as ILivechatRoom));
    }

    public async closeLivechatRoom(
        roomId: string,
        opts: { closedBy?: IUser; byVisitor?: boolean; comment?: string },
    ): Promise<ILivechatRoom> {
        const room = this.state.rooms.get(roomId) as ILivechatRoom | undefined;
        if (!room || room.type !== RoomType.LIVE_CHAT) {
            throw new Error(`Livechat room ${roomId} not found`);
        }
        if (!room.isOpen) {
            throw new Error('error-room-already-closed');
        }
        const now = this.state.clock.now();
        room.isOpen = false;
        room.closedAt = now;
        room.closer = opts.byVisitor ? 'visitor' : opts.closedBy ? 'user' : 'bot';
        if (opts.closedBy) {
            room.closedBy = structuredClone(opts.closedBy);
        }
        room.updatedAt = now;
        const closer = opts.byVisitor ? this.visitorAsSender(room.visitor as IVisitor & { id: string }) : opts.closedBy ?? room.servedBy ?? room.creator;
        this.saveSystemMessage(roomId, 'livechat-close', opts.comment ?? '', closer);
        const newRoom = structuredClone(room);
        const lm = this.getManager().getListenerManager();
        // process.nextTick(() => { void ...ILivechatRoomClosedHandler; void ...IPostLivechatRoomClosed })
        await this.fireAndForget('ILivechatRoomClosedHandler+IPostLivechatRoomClosed', async () => {
            await new Promise((r) => process.nextTick(r));
            await Promise.all([
                this.track('ILivechatRoomClosedHandler', lm.executeListener(AppInterface.ILivechatRoomClosedHandler, newRoom)),
                this.track('IPostLivechatRoomClosed', lm.executeListener(AppInterface.IPostLivechatRoomClosed, newRoom)),
            ]);
        });
        return structuredClone(room);
    }

    // -----------------------------------------------------------------------------------------
    // Uploads
    // -----------------------------------------------------------------------------------------

    public async uploadFile(input: UploadInput): Promise<UploadResult> {
        this.room(input.roomId);
        const manager = this.getManager();
        const tmpfile = path.join(manager.getTempFilePath(), randomUUID());
        await fs.promises.writeFile(tmpfile, input.content);
        try {
            await manager.getListenerManager().executeListener(AppInterface.IPreFileUpload, {
                file: {
                    name: input.name || '',
                    size: input.content.length,
                    type: input.type || '',
                    rid: input.roomId,
                    userId: input.user?.id ?? '',
                    visitorToken: input.visitor?.token,
                },
                path: tmpfile,
            } as never);
        } catch (error) {
            const refused = toRefusal(error);
            return { accepted: false, reason: refused.reason, refused };
        } finally {
            await fs.promises.unlink(tmpfile).catch(() => undefined);
        }
        const upload: HostUpload = {
            id: meteorId(),
            name: input.name,
            type: input.type,
            size: input.content.length,
            roomId: input.roomId,
            userId: input.user?.id,
            visitorToken: input.visitor?.token,
            content: Buffer.from(input.content),
        };
        this.state.uploads.set(upload.id, upload);
        return { accepted: true, upload };
    }

    // -----------------------------------------------------------------------------------------
    // Background work (post hooks, fire-and-forget in Rocket.Chat)
    // -----------------------------------------------------------------------------------------

    /** Runs `fn` without making the caller wait (unless waitForPostHooks); errors are recorded. */
    public async fireAndForget(where: string, fn: () => Promise<unknown>): Promise<void> {
        const p = this.track(where, Promise.resolve().then(fn));
        if (this.options.waitForPostHooks) {
            await p;
        }
    }

    /** Waits until every background task has finished (including ones started meanwhile). */
    public async settle(): Promise<void> {
        while (this.background.size > 0) {
            await Promise.allSettled([...this.background]);
        }
    }

    private track(where: string, p: Promise<unknown>): Promise<void> {
        const tracked = p.then(
            () => undefined,
            (error) => this.state.recordError(where, error),
        );
        this.background.add(tracked);
        void tracked.finally(() => this.background.delete(tracked));
        return tracked;
    }

    /**
     * The engine's executeListener starts these post-message events without awaiting them (and so
     * does Rocket.Chat); the host calls the same listener-manager method directly so that it can
     * wait for it (waitForPostHooks) or track it (settle()).
     */
    private post(
        method: 'executePostMessageSent' | 'executePostSystemMessageSent' | 'executePostMessageUpdated' | 'executePostMessageDelete',
        data: unknown,
    ): Promise<unknown> {
        const lm = this.getManager().getListenerManager() as unknown as Record<string, (d: unknown) => Promise<unknown>>;
        return lm[method](data);
    }

    private forApps(message: StoredMessage): IMessage {
        const { t, _hidden: _h, ...rest } = structuredClone(message);
        // Rocket.Chat's message converter gives apps the system type `t` as `type`.
        return (t ? { ...rest, type: t } : rest) as IMessage;
    }

    /**
     * `Object.assign(message, convertAppMessage(result))` as sendMessage/updateMessage do. The
     * converter (apps/meteor/app/apps/server/converters/messages.ts) always sets `msg` from
     * `text` (so a result without text stores no text), but sets attachments, alias, customFields
     * ... only when present: a key the app deleted keeps the ORIGINAL value (to drop attachments an
     * app must return `attachments: []`). Room and sender stay the host's.
     */
    private merge(message: StoredMessage, result: IMessage): StoredMessage {
        const { room: _room, sender: _sender, id: _id, text, attachments, createdAt, ...fields } = result as StoredMessage;
        Object.assign(message, fields);
        // The runtime's JSON turns the Date into {} (or a string): Rocket.Chat keeps a Date `ts`.
        const ts = createdAt === undefined ? NaN : new Date(createdAt as unknown as string).getTime();
        if (Number.isFinite(ts)) message.createdAt = new Date(ts);
        message.text = typeof text === 'string' ? text : undefined;
        if (Array.isArray(attachments)) {
            message.attachments = attachments;
        }
        for (const [k, v] of Object.entries(message)) {
            if (v === null && k !== 'text') {
                delete (message as unknown as Record<string, unknown>)[k];
            }
        }
        return message;
    }
}

export function toRefusal(error: unknown): Refusal {
    const e = error as { name?: string; message?: string; constructor?: { name?: string } } | undefined;
    const name = e?.name ?? e?.constructor?.name ?? 'Error';
    const byApp = name === 'AppsEngineException' || e?.constructor?.name === 'AppsEngineException';
    return { reason: e?.message ?? String(error), name, byApp, error };
}
