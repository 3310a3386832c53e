import type { IDepartment, ILivechatRoom, IVisitor } from '@rocket.chat/apps-engine/definition/livechat';
import type { IMessage } from '@rocket.chat/apps-engine/definition/messages';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';

import type { Clock } from './Clock';
import type { PersistenceBackend } from './PersistenceBackend';

/**
 * A message as the host stored it, in the Apps-Engine shape (what Rocket.Chat's message converter
 * hands to apps), plus the two core fields the room reader filters on.
 */
export type StoredMessage = IMessage & {
    id: string;
    /** System message type (`livechat-close`, `command`, ...); absent for user messages. */
    t?: string;
    _hidden?: boolean;
    /** Livechat visitor token, set on messages sent by a visitor. */
    token?: string;
};

/** An ephemeral notice (MessageBridge.notifyUser / notifyRoom): only its recipient sees it. */
export interface HostNotification {
    kind: 'user' | 'room';
    /** The recipient user id. notifyRoom fans out to every member that is a user (not visitors). */
    userId: string;
    roomId?: string;
    text?: string;
    message: IMessage;
    at: Date;
}

/** One line of everything logged: the app's logger (as stored by Rocket.Chat), engine and host. */
export interface HostLogEntry {
    source: 'app' | 'engine' | 'host';
    appId?: string;
    method?: string;
    severity: string;
    /** The logged arguments, as the app passed them (after the JSON-RPC round trip). */
    args: unknown[];
    at: Date;
}

export interface HostUpload {
    id: string;
    name: string;
    type: string;
    size: number;
    roomId: string;
    userId?: string;
    visitorToken?: string;
    content: Buffer;
}

export interface RegisteredSlashCommand {
    appId: string;
    command: string;
    enabled: boolean;
    definition: unknown;
}

export interface HostError {
    where: string;
    error: unknown;
    at: Date;
}

/**
 * The host's "database": everything the bridges read and write. One instance per EmbeddedHost.
 */
export class HostState {
    public readonly users = new Map<string, IUser>();
    public readonly visitors = new Map<string, IVisitor & { id: string }>();
    public readonly rooms = new Map<string, IRoom | ILivechatRoom>();
    public readonly departments = new Map<string, IDepartment>();
    /** Messages in insertion order (Mongo's natural order), all rooms. */
    public readonly messages: StoredMessage[] = [];
    public readonly deletedMessages: StoredMessage[] = [];
    public readonly notifications: HostNotification[] = [];
    public readonly logs: HostLogEntry[] = [];
    public readonly uploads = new Map<string, HostUpload>();
    public readonly commands = new Map<string, RegisteredSlashCommand>();
    /** Errors of work the host runs in the background (post hooks, jobs), like Rocket.Chat's log. */
    public readonly errors: HostError[] = [];
    /** Server settings (Rocket.Chat's own, read through IServerSettingRead). */
    public readonly serverSettings = new Map<string, unknown>();
    /** Environment variables the apps may read (IEnvironmentalVariableRead). */
    public readonly env = new Map<string, string>();

    constructor(
        public readonly clock: Clock,
        public readonly persistence: PersistenceBackend,
    ) {}

    public findMessage(id: string): StoredMessage | undefined {
        return this.messages.find((m) => m.id === id);
    }

    public log(entry: Omit<HostLogEntry, 'at'>): void {
        this.logs.push({ ...entry, at: this.clock.now() });
    }

    public recordError(where: string, error: unknown): void {
        this.errors.push({ where, error, at: this.clock.now() });
        this.log({ source: 'host', severity: 'error', method: where, args: [error instanceof Error ? error.message : String(error)] });
    }
}
