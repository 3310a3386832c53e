import type { IAppInfo } from '@rocket.chat/apps-engine/definition/metadata';
import type { IMarketplaceInfo } from '@rocket.chat/apps-engine/server/marketplace';
import type { ILoggerStorageEntry } from '@rocket.chat/apps-engine/server/logging';
import { AppLogStorage, AppMetadataStorage, AppSourceStorage } from '@rocket.chat/apps-engine/server/storage';
import type { IAppLogStorageFindOptions, IAppStorageItem } from '@rocket.chat/apps-engine/server/storage';
import type { AppStatus } from '@rocket.chat/apps-engine/definition/AppStatus';
import type { ISetting } from '@rocket.chat/apps-engine/definition/settings';

import type { HostState } from './HostState';
import { objectId } from './ids';

/** Rocket.Chat's `rocketchat_apps` collection, in memory. */
export class MemoryAppMetadataStorage extends AppMetadataStorage {
    private readonly items = new Map<string, IAppStorageItem>();

    constructor() {
        super('embedded-host');
    }

    public async create(item: IAppStorageItem): Promise<IAppStorageItem> {
        if (this.items.has(item.id)) {
            throw new Error('App already exists.');
        }
        const stored = { ...item, _id: item._id ?? objectId(), createdAt: new Date(), updatedAt: new Date() };
        this.items.set(item.id, stored);
        return stored;
    }

    public async retrieveOne(id: string): Promise<IAppStorageItem | null> {
        return this.items.get(id) ?? null;
    }

    public async retrieveAll(): Promise<Map<string, IAppStorageItem>> {
        return new Map(this.items);
    }

    public async retrieveAllPrivate(): Promise<Map<string, IAppStorageItem>> {
        return new Map([...this.items].filter(([, i]) => i.installationSource === 'private'));
    }

    public async remove(id: string): Promise<{ success: boolean }> {
        return { success: this.items.delete(id) };
    }

    public async updatePartialAndReturnDocument(
        item: Partial<IAppStorageItem>,
        options?: { unsetPermissionsGranted?: boolean },
    ): Promise<IAppStorageItem> {
        const current = [...this.items.values()].find((i) => i._id === item._id || i.id === item.id);
        if (!current) {
            throw new Error('App not found');
        }
        const next = { ...current, ...item, updatedAt: new Date() };
        if (options?.unsetPermissionsGranted) {
            delete next.permissionsGranted;
        }
        this.items.set(next.id, next);
        return next;
    }

    public async updateStatus(_id: string, status: AppStatus): Promise<boolean> {
        return this.patch(_id, { status });
    }

    public async updateSetting(_id: string, setting: ISetting): Promise<boolean> {
        const item = this.byObjectId(_id);
        if (!item) {
            return false;
        }
        item.settings = { ...item.settings, [setting.id]: setting };
        return true;
    }

    public async updateAppInfo(_id: string, info: IAppInfo): Promise<boolean> {
        return this.patch(_id, { info });
    }

    public async updateMarketplaceInfo(_id: string, marketplaceInfo: IMarketplaceInfo[]): Promise<boolean> {
        return this.patch(_id, { marketplaceInfo });
    }

    private byObjectId(_id: string): IAppStorageItem | undefined {
        return [...this.items.values()].find((i) => i._id === _id);
    }

    private patch(_id: string, fields: Partial<IAppStorageItem>): boolean {
        const item = this.byObjectId(_id);
        if (!item) {
            return false;
        }
        Object.assign(item, fields, { updatedAt: new Date() });
        return true;
    }
}

/** Rocket.Chat stores app packages in GridFS or the file system; here, in memory. */
export class MemoryAppSourceStorage extends AppSourceStorage {
    private readonly zips = new Map<string, Buffer>();

    public async store(item: IAppStorageItem, zip: Buffer): Promise<string> {
        this.zips.set(item.id, zip);
        return `memory:${item.id}`;
    }

    public async fetch(item: IAppStorageItem): Promise<Buffer> {
        const zip = this.zips.get(item.id);
        if (!zip) {
            throw new Error(`No package stored for app ${item.id}`);
        }
        return zip;
    }

    public async update(item: IAppStorageItem, zip: Buffer): Promise<string> {
        return this.store(item, zip);
    }

    public async remove(item: IAppStorageItem): Promise<void> {
        this.zips.delete(item.id);
    }
}

/**
 * Rocket.Chat's `rocketchat_apps_logs` collection: every entry the app's logger produced during a
 * call (the runtime sends them back with each result). Flattened into HostState.logs so tests
 * can scan them for PHI; the raw entries are kept too.
 */
export class CapturingAppLogStorage extends AppLogStorage {
    public readonly raw: ILoggerStorageEntry[] = [];

    constructor(private readonly state: HostState) {
        super('embedded-host');
    }

    public async storeEntries(logEntry: ILoggerStorageEntry): Promise<ILoggerStorageEntry> {
        this.raw.push(logEntry);
        for (const e of logEntry.entries ?? []) {
            this.state.logs.push({
                source: 'app',
                appId: logEntry.appId,
                method: e.method ?? logEntry.method,
                severity: String(e.severity),
                args: e.args ?? [],
                at: e.timestamp ? new Date(e.timestamp) : this.state.clock.now(),
            });
        }
        return logEntry;
    }

    public async findPaginated(
        query: { [field: string]: unknown },
        options?: IAppLogStorageFindOptions,
    ): Promise<{ logs: ILoggerStorageEntry[]; total: number }> {
        const all = this.raw.filter((l) => (query.appId ? l.appId === query.appId : true));
        const skip = options?.skip ?? 0;
        const limit = options?.limit ?? all.length;
        return { logs: all.slice(skip, skip + limit), total: all.length };
    }

    public async getEntriesFor(appId: string): Promise<ILoggerStorageEntry[]> {
        return this.raw.filter((l) => l.appId === appId);
    }

    public async removeEntriesFor(appId: string): Promise<void> {
        for (let i = this.raw.length - 1; i >= 0; i--) {
            if (this.raw[i].appId === appId) {
                this.raw.splice(i, 1);
            }
        }
    }
}
