import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { HostPersistenceBridge } from './bridges/HostPersistenceBridge';
import { InMemoryPersistenceBackend, JsonFilePersistenceBackend } from './PersistenceBackend';
import type { PersistenceBackend } from './PersistenceBackend';

type Assoc = { model: string; id: string };
type Api = {
    create(data: object, appId: string): Promise<string>;
    createWithAssociations(data: object, a: Assoc[], appId: string): Promise<string>;
    readById(id: string, appId: string): Promise<object>;
    readByAssociations(a: Assoc[], appId: string): Promise<object[]>;
    remove(id: string, appId: string): Promise<object | undefined>;
    removeByAssociations(a: Assoc[], appId: string): Promise<object[] | undefined>;
    update(id: string, data: object, upsert: boolean, appId: string): Promise<string>;
    updateByAssociations(a: Assoc[], data: object, upsert: boolean, appId: string): Promise<string>;
};

// The protected bridge methods, called the way the engine's do* wrappers call them.
const api = (backend: PersistenceBackend, quirks = true): Api => new HostPersistenceBridge(backend, quirks) as unknown as Api;

const room = (id: string): Assoc => ({ model: 'room', id });
const misc = (id: string): Assoc => ({ model: 'misc', id });

describe('persistence bridge: Rocket.Chat semantics', () => {
    test('readByAssociations ANDs associations and is scoped to the app', async () => {
        const p = api(new InMemoryPersistenceBackend());
        await p.createWithAssociations({ k: 1 }, [room('R'), misc('a')], 'app1');
        await p.createWithAssociations({ k: 2 }, [room('R'), misc('b')], 'app1');
        await p.createWithAssociations({ k: 3 }, [room('R'), misc('a')], 'app2');
        expect(await p.readByAssociations([room('R')], 'app1')).toEqual([{ k: 1 }, { k: 2 }]);
        expect(await p.readByAssociations([misc('a'), room('R')], 'app1')).toEqual([{ k: 1 }]);
        expect(await p.readByAssociations([misc('c')], 'app1')).toEqual([]);
    });

    test('readById returns {} for an unknown id; remove returns the data once', async () => {
        const p = api(new InMemoryPersistenceBackend());
        const id = await p.create({ k: 1 }, 'app1');
        expect(await p.readById(id, 'app1')).toEqual({ k: 1 });
        expect(await p.readById('nope', 'app1')).toEqual({});
        expect(await p.remove(id, 'app1')).toEqual({ k: 1 });
        expect(await p.remove(id, 'app1')).toBeUndefined();
    });

    test('removeByAssociations returns every match but deletes only the first (deleteOne)', async () => {
        const p = api(new InMemoryPersistenceBackend());
        await p.createWithAssociations({ k: 1 }, [misc('x')], 'app1');
        await p.createWithAssociations({ k: 2 }, [misc('x')], 'app1');
        expect(await p.removeByAssociations([misc('x')], 'app1')).toEqual([{ k: 1 }, { k: 2 }]);
        expect(await p.readByAssociations([misc('x')], 'app1')).toEqual([{ k: 2 }]);
    });

    test('update by id is not implemented in Rocket.Chat', async () => {
        const p = api(new InMemoryPersistenceBackend());
        const id = await p.create({ k: 1 }, 'app1');
        await expect(p.update(id, { k: 2 }, false, 'app1')).rejects.toThrow('Not implemented.');
    });

    test('updateByAssociations: exact association array, upsert inserts, updating an existing record throws after applying', async () => {
        const p = api(new InMemoryPersistenceBackend());
        const id = await p.updateByAssociations([misc('cfg'), room('R')], { v: 1 }, true, 'app1');
        expect(id).toMatch(/^[0-9a-f]{24}$/);
        await expect(p.updateByAssociations([misc('cfg'), room('R')], { v: 2 }, true, 'app1')).rejects.toThrow(/reading 'toString'/);
        expect(await p.readByAssociations([misc('cfg')], 'app1')).toEqual([{ v: 2 }]);
        // Another order is another array: no match, so upsert inserts a second record.
        await p.updateByAssociations([room('R'), misc('cfg')], { v: 3 }, true, 'app1');
        expect(await p.readByAssociations([misc('cfg')], 'app1')).toHaveLength(2);
        const lenient = api(new InMemoryPersistenceBackend(), false);
        await lenient.updateByAssociations([misc('cfg')], { v: 1 }, true, 'app1');
        await expect(lenient.updateByAssociations([misc('cfg')], { v: 2 }, true, 'app1')).resolves.toBe('');
    });

    test('JsonFilePersistenceBackend: two bridges on one file see each other (two hosts)', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'phi-persist-'));
        try {
            const file = path.join(dir, 'persistence.json');
            const a = api(new JsonFilePersistenceBackend(file));
            const b = api(new JsonFilePersistenceBackend(file));
            await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).createWithAssociations({ i }, [misc('shared')], 'app1')));
            expect(await a.readByAssociations([misc('shared')], 'app1')).toHaveLength(20);
            expect(fs.existsSync(`${file}.lock`)).toBe(false);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
