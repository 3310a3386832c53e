import { generateKeyPairSync } from 'node:crypto';

import type { IHttpResponse } from '@rocket.chat/apps-engine/definition/accessors';
import type { IEmail } from '@rocket.chat/apps-engine/definition/email';
import type { ILivechatContact } from '@rocket.chat/apps-engine/definition/livechat';
import type { IMessage } from '@rocket.chat/apps-engine/definition/messages';
import type { AppInterface } from '@rocket.chat/apps-engine/definition/metadata';
import type { IOAuthApp, IOAuthAppParams } from '@rocket.chat/apps-engine/definition/accessors/IOAuthApp';
import type { IOutboundEmailMessageProvider, IOutboundMessageProviders, IOutboundPhoneMessageProvider } from '@rocket.chat/apps-engine/definition/outboundCommunication';
import type { IRole } from '@rocket.chat/apps-engine/definition/roles';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import type { ISlashCommand } from '@rocket.chat/apps-engine/definition/slashcommands';
import type { IUIKitInteraction, UIKitIncomingInteraction } from '@rocket.chat/apps-engine/definition/uikit';
import type { IUpload } from '@rocket.chat/apps-engine/definition/uploads';
import type { IUploadDetails } from '@rocket.chat/apps-engine/definition/uploads/IUploadDetails';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import type { AppVideoConference, VideoConference } from '@rocket.chat/apps-engine/definition/videoConferences';
import type { IVideoConfProvider } from '@rocket.chat/apps-engine/definition/videoConfProviders';
import type { IWorkspaceToken } from '@rocket.chat/apps-engine/definition/cloud/IWorkspaceToken';
import type { ProxiedApp } from '@rocket.chat/apps-engine/server/ProxiedApp';
import type { AppStatus } from '@rocket.chat/apps-engine/definition/AppStatus';
import {
    ApiBridge,
    AppActivationBridge,
    AppDetailChangesBridge,
    CloudWorkspaceBridge,
    CommandBridge,
    ContactBridge,
    EmailBridge,
    EnvironmentalVariableBridge,
    ExperimentalBridge,
    HttpBridge,
    ModerationBridge,
    OutboundMessageBridge,
    RoleBridge,
    ServerSettingBridge,
    UiInteractionBridge,
    UploadBridge,
    VideoConferenceBridge,
} from '@rocket.chat/apps-engine/server/bridges';
import type { IHttpBridgeRequestInfo, IInternalBridge, IInternalFederationBridge, IListenerBridge } from '@rocket.chat/apps-engine/server/bridges';
import { OAuthAppsBridge } from '@rocket.chat/apps-engine/server/bridges/OAuthAppsBridge';
import { ThreadBridge } from '@rocket.chat/apps-engine/server/bridges/ThreadBridge';
import type { AppApi } from '@rocket.chat/apps-engine/server/managers/AppApi';
import type { AppManager } from '@rocket.chat/apps-engine/server/AppManager';

import type { HostState } from '../HostState';
import { meteorId } from '../ids';

/** An app endpoint as the API bridge registered it (Rocket.Chat mounts an express router). */
export interface RegisteredEndpoint {
    appId: string;
    path: string;
    computedPath: string;
    authRequired: boolean;
    api: AppApi;
}

/** Rocket.Chat's AppApisBridge (apps/meteor/app/apps/server/bridges/api.ts): the route table. */
export class HostApiBridge extends ApiBridge {
    public readonly endpoints = new Map<string, RegisteredEndpoint[]>();

    protected async registerApi(api: AppApi, appId: string): Promise<void> {
        if (typeof api.api !== 'object' || typeof api.endpoint.path !== 'string') {
            throw new Error('Invalid Api parameter provided, it must be a valid IApi object.');
        }
        const list = this.endpoints.get(appId) ?? [];
        list.push({ appId, path: api.endpoint.path, computedPath: api.computedPath, authRequired: !!api.endpoint.authRequired, api });
        this.endpoints.set(appId, list);
    }

    protected async unregisterApis(appId: string): Promise<void> {
        this.endpoints.delete(appId);
    }
}

/** Slash commands registered by apps (Rocket.Chat's AppCommandsBridge). */
export class HostCommandBridge extends CommandBridge {
    constructor(private readonly state: HostState) {
        super();
    }

    protected async doesCommandExist(command: string, _appId: string): Promise<boolean> {
        return this.state.commands.has(command.toLowerCase());
    }

    protected async enableCommand(command: string, _appId: string): Promise<void> {
        const c = this.state.commands.get(command.toLowerCase());
        if (!c) throw new Error(`The command is not currently disabled: "${command}"`);
        c.enabled = true;
    }

    protected async disableCommand(command: string, _appId: string): Promise<void> {
        const c = this.state.commands.get(command.toLowerCase());
        if (!c) throw new Error(`The command does not exist in the system currently: "${command}"`);
        c.enabled = false;
    }

    protected async modifyCommand(command: ISlashCommand, appId: string): Promise<void> {
        const c = this.state.commands.get(command.command.toLowerCase());
        if (!c) throw new Error(`The command does not exist in the system currently (or it is disabled): "${command.command}"`);
        c.definition = command;
        c.appId = appId;
    }

    protected async registerCommand(command: ISlashCommand, appId: string): Promise<void> {
        this.state.commands.set(command.command.toLowerCase(), { appId, command: command.command.toLowerCase(), enabled: true, definition: command });
    }

    protected async unregisterCommand(command: string, _appId: string): Promise<void> {
        this.state.commands.delete(command.toLowerCase());
    }
}

/** Rocket.Chat's own settings (read-only for apps, through IServerSettingRead). */
export class HostServerSettingBridge extends ServerSettingBridge {
    constructor(private readonly state: HostState) {
        super();
    }

    protected async getAll(_appId: string): Promise<Array<ISetting>> {
        return [...this.state.serverSettings].map(([id, value]) => this.asSetting(id, value));
    }

    protected async getOneById(id: string, _appId: string): Promise<ISetting> {
        if (!this.state.serverSettings.has(id)) {
            throw new Error(`The setting "${id}" is not readable.`);
        }
        return this.asSetting(id, this.state.serverSettings.get(id));
    }

    protected async hideGroup(_name: string, _appId: string): Promise<void> {
        throw new Error('Method not implemented.');
    }

    protected async hideSetting(_id: string, _appId: string): Promise<void> {
        throw new Error('Method not implemented.');
    }

    protected async isReadableById(id: string, _appId: string): Promise<boolean> {
        return this.state.serverSettings.has(id);
    }

    protected async updateOne(setting: ISetting, _appId: string): Promise<void> {
        this.state.serverSettings.set(setting.id, setting.value);
    }

    protected async incrementValue(id: string, value: number, _appId: string): Promise<void> {
        this.state.serverSettings.set(id, Number(this.state.serverSettings.get(id) ?? 0) + value);
    }

    private asSetting(id: string, value: unknown): ISetting {
        return { id, value, packageValue: value, type: typeof value === 'boolean' ? 'boolean' : 'string', required: false, public: false, i18nLabel: id } as ISetting;
    }
}

export class HostEnvironmentalVariableBridge extends EnvironmentalVariableBridge {
    constructor(private readonly state: HostState) {
        super();
    }

    protected async getValueByName(envVarName: string, _appId: string): Promise<string | undefined> {
        return this.state.env.get(envVarName);
    }

    protected async isReadable(envVarName: string, _appId: string): Promise<boolean> {
        return this.state.env.has(envVarName);
    }

    protected async isSet(envVarName: string, _appId: string): Promise<boolean> {
        return this.state.env.has(envVarName);
    }
}

export class HostAppActivationBridge extends AppActivationBridge {
    public readonly statusChanges: Array<{ appId: string; status: AppStatus }> = [];

    protected async appAdded(_app: ProxiedApp): Promise<void> {}

    protected async appUpdated(_app: ProxiedApp): Promise<void> {}

    protected async appRemoved(_app: ProxiedApp): Promise<void> {}

    protected async appStatusChanged(app: ProxiedApp, status: AppStatus): Promise<void> {
        this.statusChanges.push({ appId: app.getID(), status });
    }

    protected async actionsChanged(): Promise<void> {}
}

export class HostAppDetailChangesBridge extends AppDetailChangesBridge {
    protected onAppSettingsChange(_appId: string, _setting: ISetting): void {}
}

/**
 * IHttp: Rocket.Chat performs the request with its own fetch. The host does the same with
 * Node's fetch (bodies as strings, like the JSON-RPC bridge carries them).
 */
export class HostHttpBridge extends HttpBridge {
    protected async call(info: IHttpBridgeRequestInfo): Promise<IHttpResponse> {
        const { request, method, url } = info;
        const u = new URL(url);
        for (const [k, v] of Object.entries(request.params ?? {})) {
            u.searchParams.set(k, String(v));
        }
        const headers: Record<string, string> = { ...(request.headers ?? {}) };
        let body: string | undefined = request.content;
        if (request.data !== undefined) {
            body = JSON.stringify(request.data);
            headers['content-type'] = headers['content-type'] ?? 'application/json';
        }
        const res = await fetch(u, { method: method.toUpperCase(), headers, body });
        const content = await res.text();
        let data: unknown;
        try {
            data = JSON.parse(content);
        } catch {
            data = undefined;
        }
        const resHeaders: Record<string, string> = {};
        res.headers.forEach((v, k) => {
            resHeaders[k] = v;
        });
        return { url: u.toString(), method, statusCode: res.status, headers: resHeaders, content, data } as IHttpResponse;
    }
}

export class HostUploadBridge extends UploadBridge {
    constructor(private readonly state: HostState) {
        super();
    }

    protected async getById(id: string, _appId: string): Promise<IUpload> {
        const u = this.state.uploads.get(id);
        return (u ? { id: u.id, name: u.name, size: u.size, type: u.type, room: this.state.rooms.get(u.roomId) } : undefined) as unknown as IUpload;
    }

    protected async getBuffer(upload: IUpload, _appId: string): Promise<Buffer> {
        const u = this.state.uploads.get(upload.id);
        if (!u) throw new Error('Upload not found');
        return u.content;
    }

    protected async createUpload(details: IUploadDetails, buffer: Buffer, _appId: string): Promise<IUpload> {
        const id = meteorId();
        this.state.uploads.set(id, { id, name: details.name, type: details.type, size: buffer.length, roomId: details.rid, userId: details.userId, content: buffer });
        return { id, name: details.name, size: buffer.length, type: details.type } as unknown as IUpload;
    }
}

export class HostEmailBridge extends EmailBridge {
    public readonly sent: IEmail[] = [];

    protected async sendEmail(email: IEmail, _appId: string): Promise<void> {
        this.sent.push(email);
    }
}

export class HostUiInteractionBridge extends UiInteractionBridge {
    constructor(private readonly state: HostState) {
        super();
    }

    protected async notifyUser(user: IUser, interaction: IUIKitInteraction, _appId: string): Promise<void> {
        this.state.log({ source: 'host', severity: 'info', method: 'uiInteraction.notifyUser', args: [user.id, interaction.type] });
    }
}

export class HostCloudWorkspaceBridge extends CloudWorkspaceBridge {
    protected async getWorkspaceToken(_scope: string, _appId: string): Promise<IWorkspaceToken> {
        return { token: '', expiresAt: new Date(0) };
    }
}

export class HostVideoConferenceBridge extends VideoConferenceBridge {
    protected async create(_call: AppVideoConference, _appId: string): Promise<string> {
        throw new Error('Video conferences are not supported by the embedded host');
    }

    protected async getById(_callId: string, _appId: string): Promise<VideoConference> {
        throw new Error('Video conferences are not supported by the embedded host');
    }

    protected async update(_call: VideoConference, _appId: string): Promise<void> {
        throw new Error('Video conferences are not supported by the embedded host');
    }

    protected async registerProvider(_info: IVideoConfProvider, _appId: string): Promise<void> {}

    protected async unRegisterProvider(_info: IVideoConfProvider, _appId: string): Promise<void> {}
}

export class HostOAuthAppsBridge extends OAuthAppsBridge {
    protected async create(_oAuthApp: IOAuthAppParams, _appId: string): Promise<string | null> {
        return null;
    }

    protected async getById(_id: string, _appId: string): Promise<IOAuthApp | null> {
        return null;
    }

    protected async getByName(_name: string, _appId: string): Promise<Array<IOAuthApp | null>> {
        return [];
    }

    protected async update(_oAuthApp: IOAuthAppParams, _id: string, _appId: string): Promise<void> {}

    protected async delete(_id: string, _appId: string): Promise<void> {}

    protected async purge(_appId: string): Promise<void> {}
}

export class HostModerationBridge extends ModerationBridge {
    protected async report(_messageId: string, _description: string, _userId: string, _appId: string): Promise<void> {}

    protected async dismissReportsByMessageId(_messageId: string, _reason: string, _action: string, _appId: string): Promise<void> {}

    protected async dismissReportsByUserId(_userId: string, _reason: string, _action: string, _appId: string): Promise<void> {}
}

export class HostThreadBridge extends ThreadBridge {
    constructor(private readonly state: HostState) {
        super();
    }

    protected async getById(messageId: string, _appId: string): Promise<Array<IMessage>> {
        return this.state.messages.filter((m) => m.threadId === messageId).map((m) => structuredClone(m));
    }
}

export class HostRoleBridge extends RoleBridge {
    protected async getOneByIdOrName(_idOrName: string, _appId: string): Promise<IRole | null> {
        return null;
    }

    protected async getCustomRoles(_appId: string): Promise<Array<IRole>> {
        return [];
    }
}

export class HostOutboundMessageBridge extends OutboundMessageBridge {
    protected async registerPhoneProvider(_info: IOutboundPhoneMessageProvider, _appId: string): Promise<void> {}

    protected async registerEmailProvider(_info: IOutboundEmailMessageProvider, _appId: string): Promise<void> {}

    protected async unRegisterProvider(_info: IOutboundMessageProviders, _appId: string): Promise<void> {}
}

export class HostContactBridge extends ContactBridge {
    protected async getById(_contactId: string, _appId: string): Promise<ILivechatContact | undefined> {
        return undefined;
    }

    protected async verifyContact(): Promise<void> {}

    protected async addContactEmail(_contactId: string, _email: string, _appId: string): Promise<ILivechatContact> {
        throw new Error('Contacts are not supported by the embedded host');
    }
}

export class HostExperimentalBridge extends ExperimentalBridge {}

/** Room usernames for the engine's Room objects; the workspace public key for licences. */
export class HostInternalBridge implements IInternalBridge {
    constructor(private readonly state: HostState) {}

    public async doGetUsernamesOfRoomById(roomId: string): Promise<Array<string>> {
        return this.doGetUsernamesOfRoomByIdSync(roomId);
    }

    public doGetUsernamesOfRoomByIdSync(roomId: string): Array<string> {
        return [...(this.state.rooms.get(roomId)?.usernames ?? [])];
    }

    public async doGetWorkspacePublicKey(): Promise<ISetting> {
        return { id: 'Cloud_Workspace_PublicKey', value: '', packageValue: '' } as ISetting;
    }
}

let keyPair: { privateKey: string; publicKey: string } | undefined;

/** The engine signs every installed app (RS512 JWT) with this key pair; generated once per process. */
export class HostInternalFederationBridge implements IInternalFederationBridge {
    public async getPrivateKey(): Promise<string | null> {
        return HostInternalFederationBridge.keys().privateKey;
    }

    public async getPublicKey(): Promise<string | null> {
        return HostInternalFederationBridge.keys().publicKey;
    }

    private static keys(): { privateKey: string; publicKey: string } {
        keyPair ??= generateKeyPairSync('rsa', {
            modulusLength: 2048,
            publicKeyEncoding: { type: 'spki', format: 'pem' },
            privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
        });
        return keyPair;
    }
}

/** IListenerBridge is what Rocket.Chat's own code calls; the host calls the listener manager. */
export class HostListenerBridge implements IListenerBridge {
    constructor(private readonly getManager: () => AppManager) {}

    public async messageEvent(int: AppInterface, message: IMessage): Promise<void | boolean | IMessage> {
        return this.getManager().getListenerManager().executeListener(int as never, message as never) as Promise<void | boolean | IMessage>;
    }

    public async roomEvent(int: AppInterface, room: IRoom): Promise<void | boolean | IRoom> {
        return this.getManager().getListenerManager().executeListener(int as never, room as never) as Promise<void | boolean | IRoom>;
    }

    public async uiKitInteractionEvent(int: AppInterface, action: UIKitIncomingInteraction): Promise<void | boolean> {
        return this.getManager().getListenerManager().executeListener(int as never, action as never) as Promise<void | boolean>;
    }
}

