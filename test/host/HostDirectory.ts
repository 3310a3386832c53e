import type { IDepartment, ILivechatRoom, IVisitor } from '@rocket.chat/apps-engine/definition/livechat';
import { RoomType } from '@rocket.chat/apps-engine/definition/rooms';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import { UserStatusConnection, UserType } from '@rocket.chat/apps-engine/definition/users';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { HostState } from './HostState';
import { meteorId } from './ids';

export type Visitor = IVisitor & { id: string };

export interface CreateUserInput {
    username: string;
    name?: string;
    roles?: string[];
    email?: string;
    type?: UserType;
}

export interface CreateRoomInput {
    type: 'c' | 'p' | 'd';
    name?: string;
    creator?: IUser;
    members?: IUser[];
}

export interface CreateLivechatRoomInput {
    /** The visitor (an existing one, or fields to create one). */
    visitor: Visitor | Partial<IVisitor>;
    /** The agent serving the room (a user); default: a new agent user. */
    agent?: IUser;
    department?: IDepartment | { id: string; name?: string };
    customFields?: Record<string, unknown>;
}

/** An online, enabled user record as Rocket.Chat's user converter presents one; `fields` override the defaults. */
export function userRecord(fields: Partial<IUser> & Pick<IUser, 'id' | 'username'>, now: Date): IUser {
    return {
        name: fields.username,
        emails: [],
        type: UserType.USER,
        isEnabled: true,
        roles: ['user'],
        status: 'online',
        statusConnection: UserStatusConnection.ONLINE,
        utcOffset: 0,
        createdAt: now,
        updatedAt: now,
        lastLoginAt: now,
        ...fields,
    };
}

/** Users, visitors, rooms and departments of the host (what tests create before sending messages). */
export class HostDirectory {
    constructor(private readonly state: HostState) {}

    public createUser(input: CreateUserInput): IUser {
        const now = this.state.clock.now();
        const user = userRecord({
            id: meteorId(),
            username: input.username,
            name: input.name ?? input.username,
            emails: input.email ? [{ address: input.email, verified: true }] : [],
            type: input.type ?? UserType.USER,
            roles: input.roles ?? ['user'],
        }, now);
        this.state.users.set(user.id, user);
        return structuredClone(user);
    }

    public createVisitor(input: Partial<IVisitor> = {}): Visitor {
        const id = input.id ?? meteorId();
        const token = input.token ?? meteorId();
        const visitor: Visitor = {
            ...input,
            id,
            token,
            username: input.username ?? `guest-${this.state.visitors.size + 1}`,
            name: input.name ?? input.username ?? `Guest ${this.state.visitors.size + 1}`,
            updatedAt: this.state.clock.now(),
        };
        this.state.visitors.set(id, visitor);
        return structuredClone(visitor);
    }

    public createRoom(input: CreateRoomInput): IRoom {
        const creator = input.creator ?? this.anyUser();
        const members = [creator, ...(input.members ?? [])].filter((u, i, a) => a.findIndex((x) => x.id === u.id) === i);
        const id = meteorId();
        const name = input.name ?? (input.type === 'd' ? members.map((m) => m.username).join('') : `room-${id.slice(0, 6)}`);
        const room: IRoom = {
            id,
            slugifiedName: name,
            displayName: name,
            type: input.type as RoomType,
            creator,
            usernames: members.map((m) => m.username),
            userIds: members.map((m) => m.id),
            isDefault: false,
            isReadOnly: false,
            displaySystemMessages: true,
            messageCount: 0,
            createdAt: this.state.clock.now(),
            updatedAt: this.state.clock.now(),
        };
        this.state.rooms.set(id, room);
        return structuredClone(room);
    }

    public createLivechatRoom(input: CreateLivechatRoomInput): ILivechatRoom {
        const visitor =
            input.visitor.id && this.state.visitors.has(input.visitor.id) ? this.state.visitors.get(input.visitor.id)! : this.createVisitor(input.visitor);
        const agent = input.agent ?? this.createUser({ username: `agent-${meteorId().slice(0, 5)}`, roles: ['user', 'livechat-agent'] });
        const id = meteorId();
        const now = this.state.clock.now();
        let department: IDepartment | undefined;
        if (input.department) {
            department = this.state.departments.get(input.department.id) ?? {
                enabled: true,
                updatedAt: now,
                numberOfAgents: 1,
                showOnOfflineForm: true,
                showOnRegistration: true,
                ...input.department,
            };
            this.state.departments.set(department.id, department);
        }
        const room: ILivechatRoom = {
            id,
            slugifiedName: visitor.username,
            displayName: visitor.name,
            type: RoomType.LIVE_CHAT,
            creator: agent,
            usernames: [agent.username],
            // Subscriptions exist for the agent only: visitors are not users.
            userIds: [agent.id],
            isDefault: false,
            isReadOnly: false,
            displaySystemMessages: true,
            messageCount: 0,
            createdAt: now,
            updatedAt: now,
            visitor: structuredClone(visitor),
            department,
            servedBy: agent,
            responseBy: undefined,
            isWaitingResponse: false,
            isOpen: true,
            closer: undefined as unknown as ILivechatRoom['closer'],
            customFields: input.customFields,
        };
        this.state.rooms.set(id, room);
        return structuredClone(room);
    }

    private anyUser(): IUser {
        const first = [...this.state.users.values()].find((u) => u.type === UserType.USER);
        return first ?? this.createUser({ username: 'admin', roles: ['admin', 'user'] });
    }
}
