import type { IExtraRoomParams } from '@rocket.chat/apps-engine/definition/accessors/ILivechatCreator';
import type {
    IDepartment,
    ILivechatMessage,
    ILivechatRoom,
    ILivechatTransferData,
    IVisitor,
    IVisitorExternalIdentifier,
    ResolveVisitorContactData,
} from '@rocket.chat/apps-engine/definition/livechat';
import type { IMessage } from '@rocket.chat/apps-engine/definition/messages';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { LivechatBridge } from '@rocket.chat/apps-engine/server/bridges';

import type { HostCore } from '../HostCore';
import type { HostDirectory } from '../HostDirectory';

type Visitor = IVisitor & { id: string };

/**
 * Rocket.Chat's AppLivechatBridge (apps/meteor/app/apps/server/bridges/livechat.ts), enough for an
 * app that reads livechat rooms, visitors and messages, writes messages into a room (visitor or
 * agent), and closes rooms. Visitor messages go through the same sendMessage pipeline (and app
 * hooks) as user messages.
 */
export class HostLivechatBridge extends LivechatBridge {
    constructor(
        private readonly core: HostCore,
        private readonly livechat: HostDirectory,
    ) {
        super();
    }

    protected isOnline(_departmentId?: string, _appId?: string): boolean {
        return true;
    }

    protected async isOnlineAsync(_departmentId?: string, _appId?: string): Promise<boolean> {
        return true;
    }

    protected async createMessage(message: ILivechatMessage, _appId: string): Promise<string> {
        const sender = message.visitor ? { visitor: this.visitorByToken(message.visitor.token) ?? (message.visitor as Visitor) } : message.sender;
        const result = await this.core.sendMessage({
            roomId: message.room.id,
            sender,
            text: message.text ?? '',
            attachments: message.attachments,
            alias: message.alias,
            customFields: message.customFields,
        });
        if (result.refused) {
            throw result.refused.error instanceof Error ? result.refused.error : new Error(result.refused.reason);
        }
        if (!result.stored) {
            throw new TypeError("Cannot read properties of undefined (reading '_id')");
        }
        return result.stored.id;
    }

    protected async getMessageById(messageId: string, _appId: string): Promise<ILivechatMessage> {
        const m = this.core.state.findMessage(messageId);
        return (m ? structuredClone(m) : undefined) as ILivechatMessage;
    }

    protected async updateMessage(message: ILivechatMessage, _appId: string): Promise<void> {
        if (!message.id) {
            throw new Error('A message must exist to update.');
        }
        await this.core.updateMessage(message.id, { text: message.text, attachments: message.attachments });
    }

    protected async createVisitor(visitor: IVisitor, _appId: string): Promise<string> {
        return this.livechat.createVisitor(visitor).id;
    }

    protected async createAndReturnVisitor(visitor: IVisitor, _appId: string): Promise<IVisitor | undefined> {
        return this.livechat.createVisitor(visitor);
    }

    protected async findVisitors(query: object, _appId: string): Promise<Array<IVisitor>> {
        const q = query as Record<string, unknown>;
        return [...this.core.state.visitors.values()].filter((v) =>
            Object.entries(q).every(([k, val]) => (v as unknown as Record<string, unknown>)[k === '_id' ? 'id' : k] === val),
        );
    }

    protected async findVisitorById(id: string, _appId: string): Promise<IVisitor | undefined> {
        return this.core.state.visitors.get(id);
    }

    protected async findVisitorByEmail(email: string, _appId: string): Promise<IVisitor | undefined> {
        return [...this.core.state.visitors.values()].find((v) => v.visitorEmails?.some((e) => e.address === email));
    }

    protected async findVisitorByToken(token: string, _appId: string): Promise<IVisitor | undefined> {
        return this.visitorByToken(token);
    }

    protected async findVisitorByPhoneNumber(phoneNumber: string, _appId: string): Promise<IVisitor | undefined> {
        return [...this.core.state.visitors.values()].find((v) => v.phone?.some((p) => p.phoneNumber === phoneNumber));
    }

    protected async resolveVisitor(
        _externalId: Omit<IVisitorExternalIdentifier, 'appId'>,
        _contactData: ResolveVisitorContactData | undefined,
        _appId: string,
    ): Promise<IVisitor | undefined> {
        return undefined;
    }

    protected async transferVisitor(_visitor: IVisitor, transferData: ILivechatTransferData, _appId: string): Promise<boolean> {
        const room = this.core.state.rooms.get(transferData.currentRoom.id) as ILivechatRoom | undefined;
        if (!room) {
            return false;
        }
        if (transferData.targetAgent) {
            room.servedBy = transferData.targetAgent;
        }
        return true;
    }

    protected async updateVisitorExternalId(
        _visitorId: string,
        _externalId: Omit<IVisitorExternalIdentifier, 'appId'>,
        _appId: string,
    ): Promise<IVisitor | undefined> {
        return undefined;
    }

    protected async createRoom(visitor: IVisitor, agent: IUser, _appId: string, extraParams?: IExtraRoomParams): Promise<ILivechatRoom> {
        const v = this.visitorByToken(visitor.token) ?? this.livechat.createVisitor(visitor);
        return this.livechat.createLivechatRoom({ visitor: v, agent, customFields: extraParams?.customFields });
    }

    protected async closeRoom(room: ILivechatRoom, comment: string, closer: IUser | undefined, _appId: string): Promise<boolean> {
        await this.core.closeLivechatRoom(room.id, { closedBy: closer, comment });
        return true;
    }

    protected async countOpenRoomsByAgentId(agentId: string, _appId: string): Promise<number> {
        return (await this.findOpenRoomsByAgentId(agentId, _appId)).length;
    }

    protected async findOpenRoomsByAgentId(agentId: string, _appId: string): Promise<Array<ILivechatRoom>> {
        return this.livechatRooms().filter((r) => r.isOpen && r.servedBy?.id === agentId);
    }

    protected async findRooms(visitor: IVisitor, departmentId: string | null, _appId: string): Promise<Array<ILivechatRoom>> {
        return this.livechatRooms().filter(
            (r) => r.visitor?.token === visitor.token && (departmentId ? r.department?.id === departmentId : true),
        );
    }

    protected async findDepartmentByIdOrName(value: string, _appId: string): Promise<IDepartment | undefined> {
        return this.core.state.departments.get(value) ?? [...this.core.state.departments.values()].find((d) => d.name === value);
    }

    protected async findDepartmentsEnabledWithAgents(_appId: string): Promise<Array<IDepartment>> {
        return [...this.core.state.departments.values()].filter((d) => d.enabled && d.numberOfAgents > 0);
    }

    protected async _fetchLivechatRoomMessages(_appId: string, roomId: string): Promise<Array<IMessage>> {
        // Messages.findLivechatMessages: user messages and the livechat-close message.
        return this.core.state.messages
            .filter((m) => m.room.id === roomId && (!m.t || m.t === 'livechat-close'))
            .map((m) => structuredClone(m));
    }

    protected async setCustomFields(
        data: { token: IVisitor['token']; key: string; value: string; overwrite: boolean },
        _appId: string,
    ): Promise<number> {
        const v = this.visitorByToken(data.token);
        if (!v) {
            return 0;
        }
        v.livechatData = v.livechatData ?? {};
        if (!data.overwrite && v.livechatData[data.key] !== undefined) {
            return 0;
        }
        v.livechatData[data.key] = data.value;
        return 1;
    }

    private visitorByToken(token: string): Visitor | undefined {
        return [...this.core.state.visitors.values()].find((v) => v.token === token);
    }

    private livechatRooms(): ILivechatRoom[] {
        return [...this.core.state.rooms.values()].filter((r): r is ILivechatRoom => r.type === 'l');
    }
}
