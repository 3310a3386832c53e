import type { IMessage, IMessageRaw } from '@rocket.chat/apps-engine/definition/messages';
import type { IRoom, IRoomRaw } from '@rocket.chat/apps-engine/definition/rooms';
import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { RoomBridge } from '@rocket.chat/apps-engine/server/bridges';
import type { GetMessagesOptions, GetRoomsFilters, GetRoomsOptions } from '@rocket.chat/apps-engine/server/bridges/RoomBridge';

import type { HostCore } from '../HostCore';
import type { StoredMessage } from '../HostState';
import { meteorId } from '../ids';

/**
 * Rocket.Chat's AppRoomBridge (apps/meteor/app/apps/server/bridges/rooms.ts). getMessages follows
 * its query: the room's messages without system messages (`t`) and hidden ones (edit history),
 * thread replies only when showThreadMessages, sorted by createdAt only when asked (else insertion
 * order), with skip/limit (the engine's accessor caps limit at 100).
 */
export class HostRoomBridge extends RoomBridge {
    constructor(private readonly core: HostCore) {
        super();
    }

    protected async create(room: IRoom, members: Array<string>, _appId: string): Promise<string> {
        const id = meteorId();
        const userIds = members.map((username) => this.userByUsername(username)?.id).filter((x): x is string => !!x);
        this.core.state.rooms.set(id, {
            ...structuredClone(room),
            id,
            usernames: members,
            userIds,
            createdAt: this.core.state.clock.now(),
        });
        return id;
    }

    protected async getById(roomId: string, _appId: string): Promise<IRoom> {
        const room = this.core.state.rooms.get(roomId);
        return (room ? structuredClone(room) : undefined) as IRoom;
    }

    protected async getByName(roomName: string, _appId: string): Promise<IRoom> {
        const room = [...this.core.state.rooms.values()].find((r) => r.slugifiedName === roomName);
        return (room ? structuredClone(room) : undefined) as IRoom;
    }

    protected async getCreatorById(roomId: string, _appId: string): Promise<IUser | undefined> {
        return this.core.state.rooms.get(roomId)?.creator;
    }

    protected async getCreatorByName(roomName: string, _appId: string): Promise<IUser | undefined> {
        return [...this.core.state.rooms.values()].find((r) => r.slugifiedName === roomName)?.creator;
    }

    protected async getDirectByUsernames(usernames: Array<string>, _appId: string): Promise<IRoom | undefined> {
        const wanted = [...usernames].sort().join(',');
        return [...this.core.state.rooms.values()].find(
            (r) => r.type === RoomType.DIRECT_MESSAGE && [...(r.usernames ?? [])].sort().join(',') === wanted,
        );
    }

    protected async getMembers(roomId: string, _appId: string): Promise<Array<IUser>> {
        const room = this.core.state.rooms.get(roomId);
        return (room?.userIds ?? []).map((id) => this.core.state.users.get(id)).filter((u): u is IUser => !!u);
    }

    protected async getAllRooms(filters: GetRoomsFilters, options: GetRoomsOptions, _appId: string): Promise<Array<IRoomRaw>> {
        let rooms = [...this.core.state.rooms.values()];
        if (filters.types?.length) {
            rooms = rooms.filter((r) => filters.types!.includes(r.type));
        }
        if (filters.teams !== undefined) {
            rooms = rooms.filter((r) => !!r.isTeamMain === filters.teams);
        }
        if (filters.discussions !== undefined) {
            rooms = rooms.filter((r) => !!r.parentRoom === filters.discussions);
        }
        const skip = options.skip ?? 0;
        return rooms.slice(skip, skip + (options.limit ?? 100)).map((r) => ({
            id: r.id,
            slugifiedName: r.slugifiedName,
            displayName: r.displayName,
            type: r.type,
            creator: r.creator ? { _id: r.creator.id, username: r.creator.username, name: r.creator.name } : undefined,
            userIds: r.userIds,
            usernames: r.usernames,
            createdAt: r.createdAt,
            updatedAt: r.updatedAt,
            closedAt: (r as { closedAt?: Date }).closedAt,
        })) as IRoomRaw[];
    }

    protected async update(room: IRoom, members: Array<string>, _appId: string): Promise<void> {
        const current = this.core.state.rooms.get(room.id);
        if (!current) {
            throw new Error('A room must exist to be updated.');
        }
        const added = members.map((username) => this.userByUsername(username)).filter((u): u is IUser => !!u);
        const next = { ...current, ...structuredClone(room) };
        next.usernames = [...new Set([...(current.usernames ?? []), ...members])];
        next.userIds = [...new Set([...(current.userIds ?? []), ...added.map((u) => u.id)])];
        this.core.state.rooms.set(room.id, next);
    }

    protected async createDiscussion(room: IRoom, _parentMessage: IMessage | undefined, _reply: string | undefined, members: Array<string>, appId: string): Promise<string> {
        return this.create(room, members, appId);
    }

    protected async delete(roomId: string, _appId: string): Promise<void> {
        this.core.state.rooms.delete(roomId);
        for (let i = this.core.state.messages.length - 1; i >= 0; i--) {
            if (this.core.state.messages[i].room.id === roomId) {
                this.core.state.messages.splice(i, 1);
            }
        }
    }

    protected async getModerators(_roomId: string, _appId: string): Promise<Array<IUser>> {
        return [];
    }

    protected async getOwners(roomId: string, _appId: string): Promise<Array<IUser>> {
        const creator = this.core.state.rooms.get(roomId)?.creator;
        return creator ? [creator] : [];
    }

    protected async getLeaders(_roomId: string, _appId: string): Promise<Array<IUser>> {
        return [];
    }

    protected async getMessages(roomId: string, options: GetMessagesOptions, _appId: string): Promise<IMessageRaw[]> {
        const { limit, skip = 0, sort, showThreadMessages } = options;
        let list = this.core.state.messages.filter((m) => m.room.id === roomId && !m._hidden && !m.t && (showThreadMessages || !m.threadId));
        if (sort?.createdAt) {
            const dir = sort.createdAt === 'desc' ? -1 : 1;
            // A message whose Modify result was merged carries createdAt as an ISO string (JSON from the runtime).
            const time = (d: unknown): number => (d === undefined ? 0 : new Date(d as string | Date).getTime());
            list = [...list].sort((a, b) => dir * (time(a.createdAt) - time(b.createdAt)));
        }
        return list.slice(skip, limit ? skip + limit : undefined).map(toRaw);
    }

    protected async removeUsers(roomId: string, usernames: Array<string>, _appId: string): Promise<void> {
        const room = this.core.state.rooms.get(roomId);
        if (!room) {
            return;
        }
        const ids = usernames.map((u) => this.userByUsername(u)?.id);
        room.usernames = (room.usernames ?? []).filter((u) => !usernames.includes(u));
        room.userIds = (room.userIds ?? []).filter((id) => !ids.includes(id));
    }

    protected async getUnreadByUser(_roomId: string, _uid: string, _options: GetMessagesOptions, _appId: string): Promise<IMessageRaw[]> {
        return [];
    }

    protected async getUserUnreadMessageCount(_roomId: string, _uid: string, _appId: string): Promise<number> {
        return 0;
    }

    private userByUsername(username: string): IUser | undefined {
        return [...this.core.state.users.values()].find((u) => u.username === username);
    }
}

/** Rocket.Chat's convertMessageRaw: a light message with `roomId` and a user lookup as sender. */
export function toRaw(m: StoredMessage): IMessageRaw {
    return {
        id: m.id,
        roomId: m.room.id,
        sender: { _id: m.sender.id, username: m.sender.username, name: m.sender.name },
        createdAt: m.createdAt as Date,
        threadId: m.threadId,
        text: m.text,
        updatedAt: m.updatedAt,
        editor: m.editor ? { _id: m.editor.id, username: m.editor.username, name: m.editor.name } : undefined,
        editedAt: m.editedAt,
        alias: m.alias,
        attachments: m.attachments,
        groupable: m.groupable,
        customFields: m.customFields,
    } as IMessageRaw;
}
