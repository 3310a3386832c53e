import type { IHttp, IModify, IPersistence, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import { HttpStatusCode } from '@rocket.chat/apps-engine/definition/accessors';
import { ApiEndpoint, type IApiEndpointInfo, type IApiRequest, type IApiResponse } from '@rocket.chat/apps-engine/definition/api';
import type { ArchiveService } from './ArchiveService';
import { mayManageArchive } from './roles';

/**
 * GET .../archive/status: pending and failed archive deliveries by room id, with states and error
 * codes, never content. Requires a logged-in administrator or livechat manager.
 */
export class ArchiveStatusEndpoint extends ApiEndpoint {
    public override path = 'archive/status';
    public authRequired = true;

    constructor(app: ConstructorParameters<typeof ApiEndpoint>[0], private readonly archive: ArchiveService) {
        super(app);
    }

    public async get(request: IApiRequest, _endpoint: IApiEndpointInfo, read: IRead, _modify: IModify, _http: IHttp,
        persis: IPersistence): Promise<IApiResponse> {
        if (!request.user) {
            return this.json({ status: HttpStatusCode.UNAUTHORIZED, content: { error: 'authentication required' } });
        }
        if (!(await mayManageArchive(read, request.user.id))) {
            return this.json({ status: HttpStatusCode.FORBIDDEN, content: { error: 'administrators and livechat managers only' } });
        }
        return this.json({ status: HttpStatusCode.OK, content: await this.archive.status(read, persis, this.app.getLogger()) });
    }
}
