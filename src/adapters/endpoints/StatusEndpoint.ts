import type { IHttp, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import { ApiEndpoint, type IApiEndpointInfo, type IApiRequest, type IApiResponse } from '@rocket.chat/apps-engine/definition/api';
import { HttpStatusCode } from '@rocket.chat/apps-engine/definition/accessors';
import type { ArchiveConfigStore } from '../archive/ArchiveConfigStore';
import type { ConfigStore } from '../config/ConfigStore';

/**
 * GET .../status: whether masking is on, which archive transport is in force, and whether the
 * settings are valid (with the ids of the settings that are not). No PHI, no setting values, no
 * room ids (those are in the authenticated archive/status). Used by monitoring and by the tests.
 */
export class StatusEndpoint extends ApiEndpoint {
    public override path = 'status';

    constructor(app: ConstructorParameters<typeof ApiEndpoint>[0], private readonly config: ConfigStore, private readonly version: string,
        private readonly archive?: ArchiveConfigStore) {
        super(app);
    }

    public async get(_request: IApiRequest, _endpoint: IApiEndpointInfo, read: IRead, _modify: IModify, _http: IHttp,
        _persis: IPersistence): Promise<IApiResponse> {
        const active = await this.config.get(read, this.app.getLogger());
        const archive = await this.archive?.get(read, this.app.getLogger());
        const errors = [...this.config.lastErrors, ...(this.archive?.lastErrors ?? [])];
        return this.json({
            status: HttpStatusCode.OK,
            content: {
                app: 'phi-conduit',
                version: this.version,
                masking: active.masking.enabled ? 'on' : 'off',
                scope: active.masking.scope.scope,
                archive: archive ? archive.transport : 'unconfigured',
                configuration: errors.length === 0 ? 'valid' : 'invalid',
                configurationSource: active.source,
                invalidSettings: [...new Set(errors.map((e) => e.settingId))],
            },
        });
    }
}
