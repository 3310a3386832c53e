import type { IMessage, Reaction } from '@rocket.chat/apps-engine/definition/messages';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { MessageBridge } from '@rocket.chat/apps-engine/server/bridges';
import type { ITypingDescriptor } from '@rocket.chat/apps-engine/server/bridges/MessageBridge';

import type { HostCore } from '../HostCore';

/**
 * Rocket.Chat's AppMessageBridge (apps/meteor/app/apps/server/bridges/messages.ts):
 * - create() goes through the same sendMessage as a user's message, so every app's
 *   IPreMessageSent* hooks run on app-created messages too (an app must recognise its own);
 * - update() requires `editor` and an existing message, then runs the IPreMessageUpdated* trio;
 * - notifyUser() is an ephemeral message to one user; notifyRoom() fans out to the room's members
 *   that are users (subscriptions): livechat visitors get nothing.
 */
export class HostMessageBridge extends MessageBridge {
    constructor(private readonly core: HostCore) {
        super();
    }

    protected async create(message: IMessage, _appId: string): Promise<string> {
        const result = await this.core.sendMessage({
            roomId: message.room.id,
            sender: message.sender,
            text: message.text ?? '',
            attachments: message.attachments,
            alias: message.alias,
            customFields: message.customFields,
            threadId: message.threadId,
            id: message.id,
        });
        if (result.refused) {
            throw result.refused.error instanceof Error ? result.refused.error : new Error(result.refused.reason);
        }
        // Rocket.Chat returns `sentMessage._id`; a prevented message makes that throw.
        if (!result.stored) {
            throw new TypeError("Cannot read properties of undefined (reading '_id')");
        }
        return result.stored.id;
    }

    protected async update(message: IMessage, _appId: string): Promise<void> {
        if (!message.editor) {
            throw new Error('Invalid editor assigned to the message for the update.');
        }
        if (!message.id || !this.core.state.findMessage(message.id)) {
            throw new Error('A message must exist to update.');
        }
        const editor = this.core.state.users.get(message.editor.id);
        if (!editor) {
            throw new Error('Could not find message editor');
        }
        const result = await this.core.updateMessage(message.id, {
            text: message.text,
            attachments: message.attachments,
            customFields: message.customFields,
            editor,
        });
        if (result.prevented) {
            throw new Error('A Rocket.Chat App prevented the message updating.');
        }
        if (result.refused) {
            throw result.refused.error instanceof Error ? result.refused.error : new Error(result.refused.reason);
        }
    }

    protected async notifyUser(user: IUser, message: IMessage, _appId: string): Promise<void> {
        this.core.state.notifications.push({
            kind: 'user',
            userId: user.id,
            roomId: message.room?.id,
            text: message.text,
            message: structuredClone(message),
            at: this.core.state.clock.now(),
        });
    }

    protected async notifyRoom(room: IRoom, message: IMessage, _appId: string): Promise<void> {
        if (!room?.id) {
            return;
        }
        const stored = this.core.state.rooms.get(room.id);
        for (const userId of stored?.userIds ?? []) {
            if (!this.core.state.users.has(userId)) {
                continue;
            }
            this.core.state.notifications.push({
                kind: 'room',
                userId,
                roomId: room.id,
                text: message.text,
                message: structuredClone(message),
                at: this.core.state.clock.now(),
            });
        }
    }

    protected async typing(_options: ITypingDescriptor, _appId: string): Promise<void> {
        // Typing indicators are not recorded.
    }

    protected async getById(messageId: string, _appId: string): Promise<IMessage> {
        const m = this.core.state.findMessage(messageId);
        if (!m) {
            return undefined as unknown as IMessage;
        }
        const { t: _t, _hidden: _h, ...rest } = structuredClone(m);
        return { ...rest, room: this.core.room(m.room.id) } as IMessage;
    }

    protected async delete(message: IMessage, user: IUser, _appId: string): Promise<void> {
        if (!message.id) {
            throw new Error('Invalid message id');
        }
        await this.core.deleteMessage(message.id, user);
    }

    protected async addReaction(_messageId: string, _userId: string, _reaction: Reaction): Promise<void> {
        throw new Error('Reactions are not supported by the embedded host');
    }

    protected async removeReaction(_messageId: string, _userId: string, _reaction: Reaction): Promise<void> {
        throw new Error('Reactions are not supported by the embedded host');
    }
}
