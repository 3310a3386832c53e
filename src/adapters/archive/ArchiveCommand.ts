import type { IHttp, ILogger, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { ISlashCommand, SlashCommandContext } from '@rocket.chat/apps-engine/definition/slashcommands';
import { errorKind, LogEvent, logInfo, logWarn } from '../logging/LogEvent';
import type { ArchiveService } from './ArchiveService';
import { statusText } from './notices';
import { mayManageArchive } from './roles';

const USAGE = 'Usage: /phi-conduit archive status | /phi-conduit archive retry <room id>';

/**
 * `/phi-conduit archive status` lists pending and failed archive deliveries by room id;
 * `/phi-conduit archive retry <room id>` retries a failed one. Administrators and livechat managers
 * only; the answer is an ephemeral notice to the caller.
 */
export class PhiConduitCommand implements ISlashCommand {
    public readonly command = 'phi-conduit';
    public readonly i18nParamsExample = 'phi_conduit_command_params';
    public readonly i18nDescription = 'phi_conduit_command_description';
    public readonly providesPreview = false;

    /** `app` is a property so that the runtime can hand this command the logger of each call (wrapComposedApp). */
    constructor(private readonly app: { getLogger(): ILogger }, private readonly archive: ArchiveService) {}

    public async executor(context: SlashCommandContext, read: IRead, modify: IModify, _http: IHttp, persis: IPersistence): Promise<void> {
        const sender = context.getSender();
        const logger = this.app.getLogger();
        const [area, action, arg] = context.getArguments();
        let text: string;
        try {
            if (!(await mayManageArchive(read, sender.id))) {
                text = 'Only administrators and livechat managers can use /phi-conduit archive.';
            } else if (area === 'archive' && action === 'status') {
                text = statusText(await this.archive.status(read, persis, logger));
                logInfo(logger, LogEvent.ArchiveStatusRead, { via: 'command' });
            } else if (area === 'archive' && action === 'retry' && arg) {
                text = (await this.archive.revive(arg, read, persis, modify, logger))
                    ? `Room ${arg} will be retried now.`
                    : `Room ${arg} has no failed archive delivery.`;
            } else {
                text = USAGE;
            }
        } catch (e) {
            logWarn(logger, LogEvent.ArchiveStoreFailed, { stage: 'command', error: errorKind(e) });
            text = 'PHI Conduit could not read the archive status; see the app logs.';
        }
        const message = modify.getCreator().startMessage().setRoom(context.getRoom()).setText(text).getMessage();
        await modify.getNotifier().notifyUser(sender, message);
    }
}
