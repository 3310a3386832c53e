/**
 * The archive's storage classes over a fake of Rocket.Chat's persistence bridge with its quirks
 * (docs/embedded-host.md): updateByAssociations throws after updating an existing record,
 * removeByAssociations deletes only the first match, reads match all given associations.
 * The real bridge is exercised by the e2e tests; this pins the behaviour the classes rely on.
 */
import type { IPersistence, IPersistenceRead } from '@rocket.chat/apps-engine/definition/accessors';
import type { RocketChatAssociationRecord } from '@rocket.chat/apps-engine/definition/metadata';
import { createJob, recordReceipt, startAttempt, type DeliveryReceipt } from '../../../src/core/archive/delivery';
import { ArchiveJobRecords, mergeJobs } from '../../../src/adapters/archive/storage/ArchiveJobRecords';
import { misc, removeAll, roomAssociation, upsertRecord } from '../../../src/adapters/archive/storage/records';

interface Row { data: Record<string, unknown>; associations: Array<{ model: string; id: string }> }

function fakePersistence(): { persis: IPersistence; reader: IPersistenceRead; rows: Row[] } {
    const rows: Row[] = [];
    const key = (a: RocketChatAssociationRecord) => ({ model: String(a.getModel()), id: a.getID() });
    const matchesAll = (row: Row, assoc: RocketChatAssociationRecord[]) =>
        assoc.map(key).every((k) => row.associations.some((r) => r.model === k.model && r.id === k.id));
    const persis = {
        createWithAssociations: async (data: object, assoc: RocketChatAssociationRecord[]) => {
            rows.push({ data: structuredClone(data) as Record<string, unknown>, associations: assoc.map(key) });
            return String(rows.length);
        },
        updateByAssociations: async (assoc: RocketChatAssociationRecord[], data: object, upsert: boolean) => {
            const exact = rows.find((r) => JSON.stringify(r.associations) === JSON.stringify(assoc.map(key)));
            if (exact) {
                exact.data = structuredClone(data) as Record<string, unknown>;
                throw new TypeError("Cannot read properties of null (reading 'toString')");
            }
            if (upsert) rows.push({ data: structuredClone(data) as Record<string, unknown>, associations: assoc.map(key) });
            return 'new';
        },
        removeByAssociations: async (assoc: RocketChatAssociationRecord[]) => {
            const i = rows.findIndex((r) => matchesAll(r, assoc));
            const found = rows.filter((r) => matchesAll(r, assoc)).map((r) => r.data);
            if (i >= 0) rows.splice(i, 1);
            return found;
        },
    } as unknown as IPersistence;
    const reader = {
        readByAssociations: async (assoc: RocketChatAssociationRecord[]) => rows.filter((r) => matchesAll(r, assoc)).map((r) => structuredClone(r.data)),
    } as unknown as IPersistenceRead;
    return { persis, reader, rows };
}

const receipt = (destination: 'sftp' | 'https'): DeliveryReceipt => ({
    destination, location: `${destination}://archive.example.invalid/x`, sha256: 'a'.repeat(64), size: 10,
    deliveredAt: '2026-03-04T00:00:00.000Z', outcome: 'delivered', encrypted: true, idempotencyKey: `phic1-${'b'.repeat(64)}`,
});

describe('archive storage over Rocket.Chat persistence semantics', () => {
    test('save replaces the job record despite the error updateByAssociations throws after an update', async () => {
        const { persis, reader, rows } = fakePersistence();
        const store = new ArchiveJobRecords(persis, reader);
        const job = createJob('RoomUnit0000000001', ['sftp'], 1000);
        await store.save(job);
        await store.save(startAttempt(job, 1000));
        expect(rows).toHaveLength(1);
        expect(await store.load('RoomUnit0000000001')).toMatchObject({ state: 'delivering', attempts: 1 });
    });

    test('an update error that did not apply is not hidden', async () => {
        const { reader } = fakePersistence();
        const failing = { updateByAssociations: async () => { throw new Error('down'); } } as unknown as IPersistence;
        await expect(upsertRecord(failing, reader, [], { a: 1 })).rejects.toThrow('down');
    });

    test('attempt digests are one record per attempt: two writers never overwrite each other', async () => {
        const { persis, reader } = fakePersistence();
        const a = new ArchiveJobRecords(persis, reader);
        const b = new ArchiveJobRecords(persis, reader);
        await Promise.all([a.addAttemptDigest('R1', 'attempt1', '1'.repeat(64)), b.addAttemptDigest('R1', 'attempt2', '2'.repeat(64))]);
        expect((await a.attemptDigests('R1')).sort()).toEqual(['1'.repeat(64), '2'.repeat(64)]);
        expect(await a.attemptDigests('R2')).toEqual([]);
    });

    test('the open index: marked once, listed, and removed completely even when duplicated by two instances', async () => {
        const { persis, reader } = fakePersistence();
        const store = new ArchiveJobRecords(persis, reader);
        await store.markOpen('R1');
        await store.markOpen('R1');
        // A second instance that checked before the first wrote: a duplicate index record.
        await persis.createWithAssociations({ roomId: 'R1' }, [misc('phi-conduit:archive-open'), roomAssociation('R1')]);
        await store.markOpen('R2');
        expect(await store.openRooms()).toEqual(['R1', 'R2']);
        await store.markDone('R1');
        expect(await store.openRooms()).toEqual(['R2']);
    });

    test('removeAll deletes every match although each call removes one', async () => {
        const { persis, reader, rows } = fakePersistence();
        for (let i = 0; i < 5; i++) await persis.createWithAssociations({ i }, [misc('k')]);
        expect(await removeAll(persis, reader, [misc('k')])).toBe(5);
        expect(rows).toHaveLength(0);
    });

    test('two copies of a job (two instances created it): the most advanced state wins and receipts are united', () => {
        const base = createJob('R1', ['sftp', 'https'], 1000);
        const a = recordReceipt(startAttempt(base, 1000), receipt('sftp'));
        const b = recordReceipt(startAttempt(base, 1001), receipt('https'));
        const merged = mergeJobs([a, b]);
        expect(merged).toMatchObject({ state: 'delivered' });
        expect(Object.keys(merged!.receipts).sort()).toEqual(['https', 'sftp']);
        expect(mergeJobs([])).toBeUndefined();
    });
});
