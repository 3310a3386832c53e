import type {
    IAppAccessors, IConfigurationExtend, IConfigurationModify, IEnvironmentRead, IHttp, ILogger, IMessageBuilder, IModify,
    IPersistence, IRead,
} from '@rocket.chat/apps-engine/definition/accessors';
import { ApiSecurity, ApiVisibility } from '@rocket.chat/apps-engine/definition/api';
import { App } from '@rocket.chat/apps-engine/definition/App';
import type {
    IMessage, IPostMessageSent, IPostSystemMessageSent, IPreMessageSentModify, IPreMessageSentPrevent, IPreMessageUpdatedModify, IPreMessageUpdatedPrevent,
} from '@rocket.chat/apps-engine/definition/messages';
import type { IAppInfo } from '@rocket.chat/apps-engine/definition/metadata';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';
import type { IFileUploadContext, IPreFileUpload } from '@rocket.chat/apps-engine/definition/uploads';
import type { ILivechatRoom, IPostLivechatRoomClosed } from '@rocket.chat/apps-engine/definition/livechat';
import { PhiConduitCommand } from './adapters/archive/ArchiveCommand';
import { ArchiveConfigStore } from './adapters/archive/ArchiveConfigStore';
import { ArchiveAttemptJob, ArchiveSweepJob } from './adapters/archive/ArchiveJobs';
import { ARCHIVE_SWEEP_INTERVAL, ARCHIVE_SWEEP_JOB, ArchiveService } from './adapters/archive/ArchiveService';
import { ArchiveStatusEndpoint } from './adapters/archive/ArchiveStatusEndpoint';
import { OriginalSealer } from './adapters/archive/OriginalSealer';
import { ConfigStore } from './adapters/config/ConfigStore';
import { StatusEndpoint } from './adapters/endpoints/StatusEndpoint';
import { MessageGuard } from './adapters/hooks/MessageGuard';
import { UploadGuard } from './adapters/hooks/UploadGuard';
import { FLUSH_COUNTERS_JOB, FLUSH_INTERVAL, FlushCountersJob } from './adapters/jobs/FlushCountersJob';
import { provideSettings } from './adapters/settings/provideSettings';
import { FindingCounters } from './adapters/storage/FindingCounters';

/** PHI Conduit. This class only wires: every hook delegates to a handler in src/adapters. */
export class PhiConduitApp extends App implements IPreMessageSentPrevent, IPreMessageSentModify, IPreMessageUpdatedPrevent,
    IPreMessageUpdatedModify, IPostMessageSent, IPreFileUpload, IPostLivechatRoomClosed, IPostSystemMessageSent {
    private readonly config = new ConfigStore();
    private readonly archiveConfig = new ArchiveConfigStore();
    private readonly counters = new FindingCounters();
    private readonly messages = new MessageGuard(this.config, this.counters, new OriginalSealer(this.archiveConfig));
    private readonly uploads = new UploadGuard(this.config);
    private readonly archive = new ArchiveService(this.archiveConfig, this.getID());

    constructor(info: IAppInfo, logger: ILogger, accessors: IAppAccessors) {
        super(info, logger, accessors);
    }

    protected override async extendConfiguration(configuration: IConfigurationExtend): Promise<void> {
        await provideSettings(configuration.settings);
        await configuration.api.provideApi({
            visibility: ApiVisibility.PUBLIC,
            security: ApiSecurity.UNSECURE,
            endpoints: [new StatusEndpoint(this, this.config, this.getVersion(), this.archiveConfig), new ArchiveStatusEndpoint(this, this.archive)],
        });
        await configuration.slashCommands.provideSlashCommand(new PhiConduitCommand(this, this.archive));
        await configuration.scheduler.registerProcessors([
            new FlushCountersJob(this.counters), new ArchiveAttemptJob(this.archive), new ArchiveSweepJob(this.archive),
        ]);
    }

    public override async onEnable(_environment: IEnvironmentRead, configurationModify: IConfigurationModify): Promise<boolean> {
        await configurationModify.scheduler.scheduleRecurring({ id: FLUSH_COUNTERS_JOB, interval: FLUSH_INTERVAL, skipImmediate: true });
        this.archive.enabled();
        await configurationModify.scheduler.scheduleRecurring({ id: ARCHIVE_SWEEP_JOB, interval: ARCHIVE_SWEEP_INTERVAL });
        return true;
    }

    /**
     * The runtime logs the result of every call into the app, and Rocket.Chat stores those logs: the
     * default (returning the setting) would store every new value, secrets included. Returning null
     * makes the engine keep the new value as given (`result || setting`), and keeps it out of the logs.
     */
    public override async onPreSettingUpdate(): Promise<ISetting> {
        return null as unknown as ISetting;
    }

    public override async onSettingUpdated(_setting: ISetting, _configurationModify: IConfigurationModify, read: IRead, _http: IHttp): Promise<void> {
        await Promise.all([this.config.refresh(read, this.getLogger()), this.archiveConfig.refresh(read, this.getLogger())]);
    }

    public async executePostSystemMessageSent(message: IMessage, read: IRead, _http: IHttp, persistence: IPersistence): Promise<void> {
        await this.archive.onSystemMessage(message, read, persistence, this.getLogger());
    }

    public async executePostLivechatRoomClosed(room: ILivechatRoom, read: IRead, _http: IHttp, persistence: IPersistence, modify?: IModify): Promise<void> {
        await this.archive.onRoomClosed(room, read, persistence, this.getLogger(), modify);
    }

    public async checkPreMessageSentPrevent(message: IMessage, read: IRead): Promise<boolean> {
        return this.messages.mayPrevent(message, read, this.getLogger());
    }

    // The Deno runtime passes the modifier as a fifth argument to "prevent" listeners (it is not in the typings).
    public async executePreMessageSentPrevent(message: IMessage, read: IRead, _http: IHttp, _persistence: IPersistence, modify?: IModify): Promise<boolean> {
        return this.messages.prevent(message, read, this.getLogger(), modify);
    }

    public async checkPreMessageSentModify(message: IMessage, read: IRead): Promise<boolean> {
        return this.messages.mustModify(message, read, this.getLogger());
    }

    public async executePreMessageSentModify(message: IMessage, builder: IMessageBuilder, read: IRead, _http: IHttp, persistence: IPersistence): Promise<IMessage> {
        return this.messages.modify(message, builder, read, this.getLogger(), { event: 'sent', persistence });
    }

    public async checkPreMessageUpdatedPrevent(message: IMessage, read: IRead): Promise<boolean> {
        return this.messages.mayPrevent(message, read, this.getLogger());
    }

    public async executePreMessageUpdatedPrevent(message: IMessage, read: IRead, _http: IHttp, _persistence: IPersistence, modify?: IModify): Promise<boolean> {
        return this.messages.prevent(message, read, this.getLogger(), modify);
    }

    public async checkPreMessageUpdatedModify(message: IMessage, read: IRead): Promise<boolean> {
        return this.messages.mustModify(message, read, this.getLogger());
    }

    public async executePreMessageUpdatedModify(message: IMessage, builder: IMessageBuilder, read: IRead, _http: IHttp, persistence: IPersistence): Promise<IMessage> {
        return this.messages.modify(message, builder, read, this.getLogger(), { event: 'edited', persistence });
    }

    public async checkPostMessageSent(message: IMessage): Promise<boolean> {
        return this.messages.hasPendingNotice(message);
    }

    public async executePostMessageSent(message: IMessage, read: IRead, _http: IHttp, _persistence: IPersistence, modify: IModify): Promise<void> {
        await this.messages.afterSent(message, read, modify, this.getLogger());
    }

    public async executePreFileUpload(context: IFileUploadContext, read: IRead): Promise<void> {
        await this.uploads.check(context, read, this.getLogger());
    }
}
