import fs from 'node:fs';
import path from 'node:path';

/** One row of Rocket.Chat's `rocketchat_apps_persistence` collection. */
export interface PersistenceRecord {
    _id: string;
    appId: string;
    associations?: Array<{ model: string; id: string }>;
    data: unknown;
}

/**
 * Where the persistence bridge keeps its records. Every operation goes through `transaction`,
 * which hands the current records to `fn` and stores what `fn` leaves in the array, atomically
 * with respect to other users of the same backend. The in-memory backend serves one process;
 * {@link JsonFilePersistenceBackend} shares one JSON file between processes (two hosts, e.g.
 * two Rocket.Chat instances of one cluster) using a lock file.
 */
export interface PersistenceBackend {
    transaction<T>(fn: (records: PersistenceRecord[]) => T): Promise<T>;
    /** A deep copy of every record, for tests to read what the host stored. */
    snapshot(): Promise<PersistenceRecord[]>;
}

function clone<T>(value: T): T {
    return structuredClone(value);
}

export class InMemoryPersistenceBackend implements PersistenceBackend {
    private records: PersistenceRecord[] = [];

    public async transaction<T>(fn: (records: PersistenceRecord[]) => T): Promise<T> {
        return fn(this.records);
    }

    public async snapshot(): Promise<PersistenceRecord[]> {
        return clone(this.records);
    }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Records in one JSON file, shared by every process that opens the same path. A transaction takes
 * `<file>.lock` (O_EXCL create), reads the file, runs `fn`, writes the file atomically (rename)
 * and releases the lock. A lock older than `staleLockMs` is broken (its holder died).
 * Dates inside `data` come back as ISO strings, as they would from a JSON round trip.
 */
export class JsonFilePersistenceBackend implements PersistenceBackend {
    private readonly lockPath: string;

    constructor(
        private readonly file: string,
        private readonly staleLockMs = 10_000,
    ) {
        this.lockPath = `${file}.lock`;
        fs.mkdirSync(path.dirname(file), { recursive: true });
    }

    public async transaction<T>(fn: (records: PersistenceRecord[]) => T): Promise<T> {
        await this.lock();
        try {
            const records = this.read();
            const result = fn(records);
            const tmp = `${this.file}.${process.pid}.tmp`;
            fs.writeFileSync(tmp, JSON.stringify(records));
            fs.renameSync(tmp, this.file);
            return result;
        } finally {
            fs.rmSync(this.lockPath, { force: true });
        }
    }

    public async snapshot(): Promise<PersistenceRecord[]> {
        return this.read();
    }

    private read(): PersistenceRecord[] {
        try {
            return JSON.parse(fs.readFileSync(this.file, 'utf8')) as PersistenceRecord[];
        } catch (e) {
            if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
                return [];
            }
            throw e;
        }
    }

    private async lock(): Promise<void> {
        const deadline = Date.now() + 30_000;
        for (;;) {
            try {
                fs.writeFileSync(this.lockPath, String(process.pid), { flag: 'wx' });
                return;
            } catch (e) {
                if ((e as NodeJS.ErrnoException).code !== 'EEXIST') {
                    throw e;
                }
            }
            try {
                const age = Date.now() - fs.statSync(this.lockPath).mtimeMs;
                if (age > this.staleLockMs) {
                    fs.rmSync(this.lockPath, { force: true });
                    continue;
                }
            } catch {
                continue;
            }
            if (Date.now() > deadline) {
                throw new Error(`JsonFilePersistenceBackend: could not lock ${this.file} within 30 s`);
            }
            await sleep(5);
        }
    }
}
