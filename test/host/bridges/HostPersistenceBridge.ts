import type { RocketChatAssociationRecord } from '@rocket.chat/apps-engine/definition/metadata';
import { PersistenceBridge } from '@rocket.chat/apps-engine/server/bridges';

import type { PersistenceBackend, PersistenceRecord } from '../PersistenceBackend';
import { objectId } from '../ids';

type Assoc = { model: string; id: string };

// Association records cross the JSON-RPC bridge as plain `{ model, id }` objects.
const plain = (a: RocketChatAssociationRecord | Assoc): Assoc => ({ model: String((a as unknown as Assoc).model), id: String((a as unknown as Assoc).id) });
const sameAssoc = (a: Assoc, b: Assoc): boolean => a.model === b.model && a.id === b.id;

/** Mongo `{ associations: { $all: wanted } }`: the record carries every wanted association (AND). */
function hasAll(record: PersistenceRecord, wanted: Assoc[]): boolean {
    const have = record.associations ?? [];
    return wanted.every((w) => have.some((h) => sameAssoc(h, w)));
}

/** Mongo `{ associations: wanted }` on an array field: the same elements in the same order. */
function equalArray(record: PersistenceRecord, wanted: Assoc[]): boolean {
    const have = record.associations;
    return Array.isArray(have) && have.length === wanted.length && have.every((h, i) => sameAssoc(h, wanted[i]));
}

/**
 * Rocket.Chat's AppPersistenceBridge (apps/meteor/app/apps/server/bridges/persistence.ts), over a
 * pluggable backend. Its semantics, reproduced on purpose because an app must live with them:
 * - readByAssociations / removeByAssociations match records carrying ALL the given associations
 *   (AND, `$all`), other associations on the record do not matter;
 * - removeByAssociations returns the data of every matching record but deletes only the FIRST
 *   (Rocket.Chat calls `deleteOne`);
 * - updateByAssociations matches the association array exactly (same records, same order) and
 *   updates only the first match; with upsert and no match it inserts. When it updates an existing
 *   record Rocket.Chat's `result.upsertedId.toString()` throws (upsertedId is null), so the app
 *   sees an error although the update was applied: reproduced;
 * - update(id) throws "Not implemented." (an open Apps-Engine issue, #557);
 * - readById returns `{}` for an unknown id; remove(id) returns undefined.
 * All queries are scoped to the calling app.
 */
export class HostPersistenceBridge extends PersistenceBridge {
    /**
     * @param rocketChatQuirks when false, updateByAssociations resolves normally after updating an
     *   existing record (for an app that wants to test its logic apart from that quirk).
     */
    constructor(
        private readonly backend: PersistenceBackend,
        private readonly rocketChatQuirks = true,
    ) {
        super();
    }

    protected async purge(appId: string): Promise<void> {
        await this.backend.transaction((records) => {
            // Rocket.Chat calls deleteOne({ appId }) here; purge only happens on uninstall.
            const i = records.findIndex((r) => r.appId === appId);
            if (i >= 0) {
                records.splice(i, 1);
            }
        });
    }

    protected async create(data: object, appId: string): Promise<string> {
        assertObject(data);
        const _id = objectId();
        await this.backend.transaction((records) => {
            records.push({ _id, appId, data: structuredClone(data) });
        });
        return _id;
    }

    protected async createWithAssociations(data: object, associations: Array<RocketChatAssociationRecord>, appId: string): Promise<string> {
        assertObject(data);
        const _id = objectId();
        await this.backend.transaction((records) => {
            records.push({ _id, appId, associations: associations.map(plain), data: structuredClone(data) });
        });
        return _id;
    }

    protected async readById(id: string, appId: string): Promise<object> {
        return this.backend.transaction((records) => {
            const r = records.find((x) => x._id === id && x.appId === appId);
            return (r ? structuredClone(r.data) : {}) as object;
        });
    }

    protected async readByAssociations(associations: Array<RocketChatAssociationRecord>, appId: string): Promise<Array<object>> {
        const wanted = associations.map(plain);
        return this.backend.transaction((records) =>
            records.filter((r) => r.appId === appId && hasAll(r, wanted)).map((r) => structuredClone(r.data) as object),
        );
    }

    protected async remove(id: string, appId: string): Promise<object | undefined> {
        return this.backend.transaction((records) => {
            const i = records.findIndex((x) => x._id === id && x.appId === appId);
            if (i < 0) {
                return undefined;
            }
            const [removed] = records.splice(i, 1);
            return removed.data as object;
        });
    }

    protected async removeByAssociations(associations: Array<RocketChatAssociationRecord>, appId: string): Promise<Array<object> | undefined> {
        const wanted = associations.map(plain);
        return this.backend.transaction((records) => {
            const matching = records.filter((r) => r.appId === appId && hasAll(r, wanted));
            if (matching.length > 0) {
                records.splice(records.indexOf(matching[0]), 1);
            }
            return matching.map((r) => structuredClone(r.data) as object);
        });
    }

    protected async update(_id: string, data: object, _upsert: boolean, _appId: string): Promise<string> {
        assertObject(data);
        throw new Error('Not implemented.');
    }

    protected async updateByAssociations(
        associations: Array<RocketChatAssociationRecord>,
        data: object,
        upsert: boolean,
        appId: string,
    ): Promise<string> {
        assertObject(data);
        const wanted = associations.map(plain);
        const upsertedId = await this.backend.transaction((records) => {
            const existing = records.find((r) => r.appId === appId && equalArray(r, wanted));
            if (existing) {
                existing.data = structuredClone(data);
                return null;
            }
            if (!upsert) {
                return null;
            }
            const _id = objectId();
            records.push({ _id, appId, associations: wanted, data: structuredClone(data) });
            return _id;
        });
        if (upsertedId === null && this.rocketChatQuirks) {
            // What Rocket.Chat's `result.upsertedId.toString()` does when nothing was upserted.
            throw new TypeError("Cannot read properties of null (reading 'toString')");
        }
        return upsertedId ?? '';
    }
}

function assertObject(data: unknown): void {
    if (typeof data !== 'object') {
        throw new Error('Attempted to store an invalid data type, it must be an object.');
    }
}
