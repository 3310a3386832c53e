import './realmDates';
import { AppBridges } from '@rocket.chat/apps-engine/server/bridges';
import type { AppManager } from '@rocket.chat/apps-engine/server/AppManager';

import type { HostCore } from '../HostCore';
import type { HostDirectory } from '../HostDirectory';
import type { PersistenceBackend } from '../PersistenceBackend';
import { HostLivechatBridge } from './HostLivechatBridge';
import { HostMessageBridge } from './HostMessageBridge';
import {
    HostApiBridge,
    HostAppActivationBridge,
    HostAppDetailChangesBridge,
    HostCloudWorkspaceBridge,
    HostCommandBridge,
    HostContactBridge,
    HostEmailBridge,
    HostEnvironmentalVariableBridge,
    HostExperimentalBridge,
    HostHttpBridge,
    HostInternalBridge,
    HostInternalFederationBridge,
    HostListenerBridge,
    HostModerationBridge,
    HostOAuthAppsBridge,
    HostOutboundMessageBridge,
    HostRoleBridge,
    HostServerSettingBridge,
    HostThreadBridge,
    HostUiInteractionBridge,
    HostUploadBridge,
    HostVideoConferenceBridge,
} from './HostOtherBridges';
import { HostPersistenceBridge } from './HostPersistenceBridge';
import { HostRoomBridge } from './HostRoomBridge';
import { HostSchedulerBridge } from './HostSchedulerBridge';
import { HostUserBridge } from './HostUserBridge';

/** The 28 bridges the engine asks for, each behaving like Rocket.Chat's where it matters here. */
export class HostBridges extends AppBridges {
    public readonly api = new HostApiBridge();
    public readonly activation = new HostAppActivationBridge();
    public readonly detailChanges = new HostAppDetailChangesBridge();
    public readonly cloud = new HostCloudWorkspaceBridge();
    public readonly command: HostCommandBridge;
    public readonly contact = new HostContactBridge();
    public readonly email = new HostEmailBridge();
    public readonly env: HostEnvironmentalVariableBridge;
    public readonly experimental = new HostExperimentalBridge();
    public readonly http = new HostHttpBridge();
    public readonly internal: HostInternalBridge;
    public readonly federation = new HostInternalFederationBridge();
    public readonly listener: HostListenerBridge;
    public readonly livechat: HostLivechatBridge;
    public readonly message: HostMessageBridge;
    public readonly moderation = new HostModerationBridge();
    public readonly oauth = new HostOAuthAppsBridge();
    public readonly outbound = new HostOutboundMessageBridge();
    public readonly persistence: HostPersistenceBridge;
    public readonly role = new HostRoleBridge();
    public readonly room: HostRoomBridge;
    public readonly scheduler: HostSchedulerBridge;
    public readonly serverSetting: HostServerSettingBridge;
    public readonly thread: HostThreadBridge;
    public readonly uiInteraction: HostUiInteractionBridge;
    public readonly upload: HostUploadBridge;
    public readonly user: HostUserBridge;
    public readonly video = new HostVideoConferenceBridge();

    constructor(core: HostCore, directory: HostDirectory, backend: PersistenceBackend, getManager: () => AppManager, persistenceQuirks: boolean) {
        super();
        const { state } = core;
        this.command = new HostCommandBridge(state);
        this.env = new HostEnvironmentalVariableBridge(state);
        this.internal = new HostInternalBridge(state);
        this.listener = new HostListenerBridge(getManager);
        this.livechat = new HostLivechatBridge(core, directory);
        this.message = new HostMessageBridge(core);
        this.persistence = new HostPersistenceBridge(backend, persistenceQuirks);
        this.room = new HostRoomBridge(core);
        this.scheduler = new HostSchedulerBridge(state);
        this.serverSetting = new HostServerSettingBridge(state);
        this.thread = new HostThreadBridge(state);
        this.uiInteraction = new HostUiInteractionBridge(state);
        this.upload = new HostUploadBridge(state);
        this.user = new HostUserBridge(state);
    }

    public getCommandBridge() { return this.command; }
    public getContactBridge() { return this.contact; }
    public getApiBridge() { return this.api; }
    public getAppDetailChangesBridge() { return this.detailChanges; }
    public getEnvironmentalVariableBridge() { return this.env; }
    public getHttpBridge() { return this.http; }
    public getListenerBridge() { return this.listener; }
    public getLivechatBridge() { return this.livechat; }
    public getMessageBridge() { return this.message; }
    public getPersistenceBridge() { return this.persistence; }
    public getAppActivationBridge() { return this.activation; }
    public getRoomBridge() { return this.room; }
    public getInternalBridge() { return this.internal; }
    public getInternalFederationBridge() { return this.federation; }
    public getServerSettingBridge() { return this.serverSetting; }
    public getUploadBridge() { return this.upload; }
    public getEmailBridge() { return this.email; }
    public getUserBridge() { return this.user; }
    public getUiInteractionBridge() { return this.uiInteraction; }
    public getSchedulerBridge() { return this.scheduler; }
    public getCloudWorkspaceBridge() { return this.cloud; }
    public getVideoConferenceBridge() { return this.video; }
    public getOAuthAppsBridge() { return this.oauth; }
    public getModerationBridge() { return this.moderation; }
    public getThreadBridge() { return this.thread; }
    public getRoleBridge() { return this.role; }
    public getOutboundMessageBridge() { return this.outbound; }
    public getExperimentalBridge() { return this.experimental; }
}
