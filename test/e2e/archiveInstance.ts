/**
 * A second Rocket.Chat instance for the two-instance archive test, in its own process (AppManager
 * is one per process): an embedded host on the SAME app persistence file (JsonFilePersistenceBackend),
 * with the same rooms and stored messages as the first instance (in Rocket.Chat they live in the
 * shared database). Protocol on stdin/stdout, one JSON line each:
 *   <- argv[2]: path of a JSON file { persistenceFile, zip, appId, settings, uniqueID, users, visitors, rooms, messages, closeAt }
 *   -> {"ready":true}          <- "go"        -> {"closed":[...job states]}      <- "stop"   -> {"stopped":true}
 * Run with: npx tsx test/e2e/archiveInstance.ts <config.json>
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { EmbeddedHost, JsonFilePersistenceBackend, ManualClock, type StoredMessage } from '../host/EmbeddedHost';

interface InstanceConfig {
    readonly persistenceFile: string;
    readonly zip: string;
    readonly appId: string;
    readonly settings: Record<string, unknown>;
    readonly uniqueID: string;
    readonly clockStart: number;
    readonly closeAt: number;
    readonly users: IUser[];
    readonly visitors: Array<Record<string, unknown> & { id: string }>;
    readonly rooms: Array<Record<string, unknown> & { id: string }>;
    readonly messages: StoredMessage[];
    readonly closedBy: string;
}

const TIME_FIELDS = ['createdAt', 'updatedAt', 'closedAt', 'editedAt', '_updatedAt', 'lastLoginAt', 'ts'];

function reviveTimes<T>(o: T): T {
    if (o && typeof o === 'object') {
        for (const [k, v] of Object.entries(o as Record<string, unknown>)) {
            if (TIME_FIELDS.includes(k) && typeof v === 'string') (o as Record<string, unknown>)[k] = new Date(v);
            else if (v && typeof v === 'object') reviveTimes(v);
        }
    }
    return o;
}

function send(line: object): void {
    process.stdout.write(`${JSON.stringify(line)}\n`);
}

async function main(): Promise<void> {
    const config = JSON.parse(readFileSync(process.argv[2], 'utf8')) as InstanceConfig;
    const clock = new ManualClock(config.clockStart);
    const host = await EmbeddedHost.start({ persistence: new JsonFilePersistenceBackend(config.persistenceFile), clock });
    const lines = createInterface({ input: process.stdin });
    const next = (() => {
        const queue: string[] = [];
        const waiters: Array<(l: string) => void> = [];
        lines.on('line', (l) => (waiters.length ? waiters.shift()!(l) : queue.push(l)));
        return (): Promise<string> => new Promise((resolve) => (queue.length ? resolve(queue.shift()!) : waiters.push(resolve)));
    })();
    try {
        host.state.serverSettings.set('uniqueID', config.uniqueID);
        await host.installZip(config.zip);
        const { archive_transport: transport, ...rest } = config.settings;
        for (const [id, value] of Object.entries(rest)) await host.setSetting(config.appId, id, value);
        await host.setSetting(config.appId, 'archive_transport', transport);
        for (const u of config.users) host.state.users.set(u.id, reviveTimes(u));
        for (const v of config.visitors) host.state.visitors.set(v.id, reviveTimes(v) as never);
        for (const r of config.rooms) host.state.rooms.set(r.id, reviveTimes(r) as never);
        for (const m of config.messages) host.state.messages.push(reviveTimes(m));
        send({ ready: true });

        if ((await next()) !== 'go') throw new Error('expected go');
        clock.set(config.closeAt);
        const closer = host.state.users.get(config.closedBy);
        await Promise.all(config.rooms.map((r) => host.closeLivechatRoom(r.id, { closedBy: closer })));
        await host.settle();
        const records = await host.persistenceRecords(config.appId);
        const jobs = records.filter((r) => (r.associations ?? []).some((a) => a.id === 'phi-conduit:archive-job')).map((r) => (r.data as { job: unknown }).job);
        send({ closed: jobs, errors: host.errors.length });

        await next();
    } finally {
        await host.stop();
        lines.close();
    }
    send({ stopped: true });
}

main().catch((e: unknown) => {
    send({ error: e instanceof Error ? e.message : String(e) });
    process.exitCode = 1;
});
