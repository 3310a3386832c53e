import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { AppStatusUtils } from '@rocket.chat/apps-engine/definition/AppStatus';
import type { ILivechatRoom } from '@rocket.chat/apps-engine/definition/livechat';
import type { IPermission } from '@rocket.chat/apps-engine/definition/permissions/IPermission';
import type { IRoom } from '@rocket.chat/apps-engine/definition/rooms';
import { SlashCommandContext } from '@rocket.chat/apps-engine/definition/slashcommands';
import type { IUser } from '@rocket.chat/apps-engine/definition/users';
import { AppManager } from '@rocket.chat/apps-engine/server/AppManager';
import type { ProxiedApp } from '@rocket.chat/apps-engine/server/ProxiedApp';

import { HostBridges } from './bridges/HostBridges';
import type { HostJob } from './bridges/HostSchedulerBridge';
import type { Clock } from './Clock';
import { ManualClock, SystemClock } from './Clock';
import { HostCore } from './HostCore';
import type {
    SendMessageInput,
    SendMessageResult,
    UpdateMessageInput,
    UpdateMessageResult,
    UploadInput,
    UploadResult,
} from './HostCore';
import { HostDirectory } from './HostDirectory';
import type { CreateLivechatRoomInput, CreateRoomInput, CreateUserInput, Visitor } from './HostDirectory';
import { HostState } from './HostState';
import type { HostError, HostLogEntry, HostNotification, StoredMessage } from './HostState';
import { InMemoryPersistenceBackend } from './PersistenceBackend';
import type { PersistenceBackend, PersistenceRecord } from './PersistenceBackend';
import { CapturingAppLogStorage, MemoryAppMetadataStorage, MemoryAppSourceStorage } from './storage';

export type { SendMessageInput, SendMessageResult, UpdateMessageInput, UpdateMessageResult, UploadInput, UploadResult } from './HostCore';
export type { HostError, HostLogEntry, HostNotification, StoredMessage } from './HostState';
export type { PersistenceBackend, PersistenceRecord } from './PersistenceBackend';
export { InMemoryPersistenceBackend, JsonFilePersistenceBackend } from './PersistenceBackend';
export { ManualClock, SystemClock } from './Clock';
export type { Clock } from './Clock';
export type { Visitor } from './HostDirectory';

export interface EmbeddedHostOptions {
    /** Where app persistence lives (default: in memory, private to this host). */
    persistence?: PersistenceBackend;
    /**
     * The host's clock. Default: a ManualClock starting now; jobs run when the test advances it.
     * A SystemClock makes the host poll for due jobs every `pollJobsEveryMs` (the demo).
     */
    clock?: Clock;
    pollJobsEveryMs?: number;
    /** Rocket.Chat's Message_KeepHistory (default false, Rocket.Chat's default). */
    keepMessageHistory?: boolean;
    /**
     * Wait for post-event hooks (IPostMessageSent, IPostLivechatRoomClosed ...) before returning
     * from sendMessage / closeLivechatRoom (default true, for deterministic tests). Rocket.Chat
     * does not wait; with false, use `settle()`.
     */
    waitForPostHooks?: boolean;
    /** Reproduce Rocket.Chat's updateByAssociations error on an existing record (default true). */
    persistenceQuirks?: boolean;
    /** Also print what the engine writes to the console (default: env PHI_HOST_ECHO=1). */
    echoConsole?: boolean;
    /** APPS_ENGINE_RUNTIME_TIMEOUT for calls into the app, ms (default: the engine's 30 000). */
    runtimeTimeoutMs?: number;
}

export interface InstallOptions {
    /** Permissions granted at install (default: those listed in the zip's app.json). */
    permissionsGranted?: IPermission[];
    /** Enable after install (default true). */
    enable?: boolean;
    /** The installing user (default: the host's admin). */
    user?: IUser;
}

export interface CallEndpointOptions {
    method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS';
    headers?: Record<string, string>;
    query?: Record<string, string>;
    /** The request body as parsed by the server (`content` of IApiRequest). */
    body?: unknown;
    /** The authenticated user (endpoints with authRequired answer 401 without one). */
    user?: IUser;
    /** For private endpoints: the hash in the URL (default: the right one). */
    privateHash?: string;
}

export interface EndpointResponse {
    status: number;
    headers: Record<string, string>;
    content: unknown;
}

/** Only one host at a time per process: AppManager is a singleton. */
let running: EmbeddedHost | undefined;

function engineDir(): string {
    return path.dirname(require.resolve('@rocket.chat/apps-engine/package.json'));
}

function denoBinDir(): string {
    return path.dirname(require.resolve('deno/package.json'));
}

/** Fails early, with the fix, when scripts/setup-host.mjs has not run since the last install. */
function assertSetupDone(): void {
    const config = path.join(engineDir(), 'deno-runtime', 'deno.jsonc');
    const text = fs.readFileSync(config, 'utf8');
    const exe = path.join(denoBinDir(), 'deno');
    if (!text.includes('phi-shims') || !fs.existsSync(exe) || !fs.existsSync(path.join(engineDir(), '.deno-cache'))) {
        throw new Error('The Apps-Engine Deno runtime is not set up: run `node scripts/setup-host.mjs` (npm runs it as postinstall).');
    }
}

function isAlive(pid: number): boolean {
    try {
        process.kill(pid, 0);
        return true;
    } catch (e) {
        return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
}

function childOf(app: ProxiedApp): ChildProcess | undefined {
    return (app.getRuntimeController() as unknown as { deno?: ChildProcess }).deno;
}

/**
 * The real Apps-Engine (AppManager of @rocket.chat/apps-engine 1.62.0, apps in Deno subprocesses)
 * with in-memory bridges that behave like Rocket.Chat's. See docs/embedded-host.md.
 */
export class EmbeddedHost {
    public readonly state: HostState;
    public readonly clock: Clock;
    public readonly directory: HostDirectory;
    /** The admin user the host creates at start (installs apps, default creator of rooms). */
    public readonly admin: IUser;
    public readonly manager: AppManager;
    public readonly bridges: HostBridges;
    private readonly core: HostCore;
    private readonly tempDir: string;
    private readonly children = new Set<ChildProcess>();
    private readonly restoreConsole: () => void;
    private poller?: NodeJS.Timeout;
    private stopped = false;

    private constructor(options: EmbeddedHostOptions) {
        this.clock = options.clock ?? new ManualClock();
        this.state = new HostState(this.clock, options.persistence ?? new InMemoryPersistenceBackend());
        this.directory = new HostDirectory(this.state);
        this.core = new HostCore(this.state, () => this.manager, {
            keepMessageHistory: options.keepMessageHistory ?? false,
            waitForPostHooks: options.waitForPostHooks ?? true,
        });
        this.bridges = new HostBridges(this.core, this.directory, this.state.persistence, () => this.manager, options.persistenceQuirks ?? true);
        this.tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'phi-host-'));
        this.restoreConsole = this.captureConsole(options.echoConsole ?? process.env.PHI_HOST_ECHO === '1');
        this.manager = new AppManager({
            metadataStorage: new MemoryAppMetadataStorage(),
            logStorage: new CapturingAppLogStorage(this.state),
            bridges: this.bridges,
            sourceStorage: new MemoryAppSourceStorage(),
            tempFilePath: this.tempDir,
        });
        this.admin = this.directory.createUser({ username: 'admin', name: 'Administrator', roles: ['admin', 'user'] });
    }

    /**
     * Starts a host. One host per process at a time (AppManager is a singleton): in jest, one host
     * per test file (`beforeAll` start, `afterAll` stop); a stopped host can be followed by another.
     */
    public static async start(options: EmbeddedHostOptions = {}): Promise<EmbeddedHost> {
        if (running) {
            throw new Error('An EmbeddedHost is already running in this process (AppManager is a singleton); stop it first.');
        }
        assertSetupDone();
        // The engine spawns a bare `deno` with this PATH and DENO_DIR.
        const denoDir = denoBinDir();
        const PATH = process.env.PATH ?? '';
        if (!PATH.split(path.delimiter).includes(denoDir)) {
            process.env.PATH = `${denoDir}${path.delimiter}${PATH}`;
        }
        process.env.DENO_DIR = path.join(engineDir(), '.deno-cache');
        if (options.runtimeTimeoutMs !== undefined) {
            process.env.APPS_ENGINE_RUNTIME_TIMEOUT = String(options.runtimeTimeoutMs);
        }
        // A previous host of this process has stopped: allow a new AppManager.
        (AppManager as unknown as { Instance?: AppManager }).Instance = undefined;
        const host = new EmbeddedHost(options);
        running = host;
        try {
            await host.manager.load();
        } catch (e) {
            await host.stop();
            throw e;
        }
        if (host.clock instanceof SystemClock || !(host.clock instanceof ManualClock)) {
            host.poller = setInterval(() => {
                void host.runDueJobs().catch((err) => host.state.recordError('scheduler.poll', err));
            }, options.pollJobsEveryMs ?? 250);
            host.poller.unref();
        }
        return host;
    }

    // -----------------------------------------------------------------------------------------
    // Apps
    // -----------------------------------------------------------------------------------------

    /** Installs (and by default enables) an app package; returns the app id. */
    public async installZip(zip: string | Buffer, options: InstallOptions = {}): Promise<string> {
        const buffer = typeof zip === 'string' ? fs.readFileSync(zip) : zip;
        const parsed = await this.manager.getParser().unpackageApp(buffer);
        const permissionsGranted = options.permissionsGranted ?? parsed.info.permissions;
        const aff = await this.manager.add(buffer, {
            enable: options.enable ?? true,
            permissionsGranted,
            user: (options.user ?? this.admin) as never,
        });
        if (aff.hasStorageError() || aff.getAppUserError()) {
            throw new Error(`Install failed: ${JSON.stringify({ storage: aff.getStorageError(), user: aff.getAppUserError() })}`);
        }
        const app = aff.getApp();
        this.trackChild(app);
        const status = await app.getStatus();
        if ((options.enable ?? true) && !AppStatusUtils.isEnabled(status)) {
            const errors = this.state.logs.filter((l) => l.severity === 'error').map((l) => JSON.stringify(l.args)).slice(-5);
            throw new Error(`App ${app.getID()} did not enable (status ${status}). Last errors: ${errors.join(' | ')}`);
        }
        return app.getID();
    }

    /** The app's status as the engine reports it ("manually_enabled", "disabled" ...). */
    public async appStatus(appId: string): Promise<string> {
        return this.app(appId).getStatus();
    }

    /** Process ids of the Deno subprocesses of the installed apps. */
    public denoPids(): number[] {
        return [...this.children].map((c) => c.pid).filter((p): p is number => typeof p === 'number');
    }

    // -----------------------------------------------------------------------------------------
    // Settings
    // -----------------------------------------------------------------------------------------

    /**
     * Changes an app setting the way Rocket.Chat's admin UI / REST API does
     * (AppSettingsManager.updateAppSetting): onPreSettingUpdate, store, onSettingUpdated.
     */
    public async setSetting(appId: string, settingId: string, value: unknown): Promise<void> {
        const current = this.manager.getSettingsManager().getAppSetting(appId, settingId);
        await this.manager.getSettingsManager().updateAppSetting(appId, { ...structuredClone(current), value });
    }

    /** The setting's effective value (value, else packageValue). */
    public getSettingValue(appId: string, settingId: string): unknown {
        const s = this.app(appId).getStorageItem().settings[settingId];
        if (!s) {
            throw new Error(`App ${appId} has no setting ${settingId}`);
        }
        return s.value !== undefined ? s.value : s.packageValue;
    }

    // -----------------------------------------------------------------------------------------
    // Users, rooms
    // -----------------------------------------------------------------------------------------

    public createUser(input: CreateUserInput): IUser {
        return this.directory.createUser(input);
    }

    public createVisitor(input: Partial<Visitor> = {}): Visitor {
        return this.directory.createVisitor(input);
    }

    public createRoom(input: CreateRoomInput): IRoom {
        return this.directory.createRoom(input);
    }

    public createLivechatRoom(input: CreateLivechatRoomInput): ILivechatRoom {
        return this.directory.createLivechatRoom(input);
    }

    /** Creates a livechat room and fires IPostLivechatRoomStarted, as Rocket.Chat's Livechat createRoom does. */
    public async openLivechatRoom(input: CreateLivechatRoomInput): Promise<ILivechatRoom> {
        const room = this.directory.createLivechatRoom(input);
        await this.core.livechatRoomStarted(room.id);
        return room;
    }

    public room(roomId: string): IRoom | ILivechatRoom | undefined {
        const r = this.state.rooms.get(roomId);
        return r ? structuredClone(r) : undefined;
    }

    public get rooms(): Array<IRoom | ILivechatRoom> {
        return [...this.state.rooms.values()].map((r) => structuredClone(r));
    }

    // -----------------------------------------------------------------------------------------
    // Events the host fires
    // -----------------------------------------------------------------------------------------

    /** Sends a message as Rocket.Chat's sendMessage does: Prevent → Extend → Modify → store → Post. */
    public sendMessage(input: SendMessageInput): Promise<SendMessageResult> {
        return this.core.sendMessage(input);
    }

    /** Edits a stored message through the IPreMessageUpdated* trio. */
    public updateMessage(messageId: string, changes: UpdateMessageInput): Promise<UpdateMessageResult> {
        return this.core.updateMessage(messageId, changes);
    }

    public deleteMessage(messageId: string, by: IUser = this.admin) {
        return this.core.deleteMessage(messageId, by);
    }

    /** An upload through IPreFileUpload; an AppsEngineException refuses it. */
    public uploadFile(input: UploadInput): Promise<UploadResult> {
        return this.core.uploadFile(input);
    }

    /** Closes a livechat room, then fires ILivechatRoomClosedHandler and IPostLivechatRoomClosed. */
    public closeLivechatRoom(roomId: string, opts: { closedBy?: IUser; byVisitor?: boolean; comment?: string } = {}): Promise<ILivechatRoom> {
        return this.core.closeLivechatRoom(roomId, opts);
    }

    /** Calls an app's HTTP endpoint as Rocket.Chat's API bridge routes it. */
    public async callEndpoint(appId: string, urlPath: string, options: CallEndpointOptions = {}): Promise<EndpointResponse> {
        const app = this.app(appId);
        const wanted = urlPath.split('?')[0];
        const endpoints = this.bridges.api.endpoints.get(appId) ?? [];
        let match: { path: string; params: Record<string, string>; authRequired: boolean } | undefined;
        for (const ep of endpoints) {
            const params = matchRoute(ep.path, wanted);
            if (params) {
                match = { path: ep.path, params, authRequired: ep.authRequired };
                break;
            }
        }
        if (!match) {
            return { status: 404, headers: {}, content: 'Not Found' };
        }
        if (match.authRequired && !options.user) {
            return { status: 401, headers: {}, content: { success: false, error: 'You must be logged in to do this.' } };
        }
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(options.headers ?? {})) {
            headers[k.toLowerCase()] = v;
        }
        const request = {
            method: (options.method ?? 'GET').toLowerCase(),
            headers,
            query: options.query ?? {},
            params: match.params,
            content: options.body,
            privateHash: options.privateHash ?? app.getStorageItem()._id,
            user: options.user,
        };
        try {
            const res = (await this.manager.getApiManager().executeApi(appId, match.path, request as never)) as {
                status: number;
                headers?: Record<string, string>;
                content?: unknown;
            };
            return { status: res?.status ?? 200, headers: res?.headers ?? {}, content: res?.content };
        } catch (e) {
            return { status: 500, headers: {}, content: (e as Error).message };
        }
    }

    /** Runs a slash command (`command` without the slash) as a user in a room. */
    public async runSlashCommand(command: string, args: string[], ctx: { user: IUser; room: IRoom; threadId?: string; triggerId?: string }): Promise<void> {
        await this.manager
            .getCommandManager()
            .executeCommand(command, new SlashCommandContext(ctx.user, ctx.room, args, ctx.threadId, ctx.triggerId));
    }

    // -----------------------------------------------------------------------------------------
    // Time and jobs
    // -----------------------------------------------------------------------------------------

    /** Advances the ManualClock by `ms` and runs the jobs that became due; returns how many ran. */
    public async advanceClock(ms: number): Promise<number> {
        if (!(this.clock instanceof ManualClock)) {
            throw new Error('advanceClock needs a ManualClock');
        }
        this.clock.advance(ms);
        return this.runDueJobs();
    }

    /** Runs the scheduler's due jobs (processors of the apps) now; returns how many ran. */
    public runDueJobs(): Promise<number> {
        return this.bridges.scheduler.runDueJobs();
    }

    /** The scheduler's jobs (one-time and recurring). */
    public get jobs(): HostJob[] {
        return this.bridges.scheduler.jobs;
    }

    /** Waits for background work (post hooks) to finish. */
    public settle(): Promise<void> {
        return this.core.settle();
    }

    // -----------------------------------------------------------------------------------------
    // What the host stored
    // -----------------------------------------------------------------------------------------

    /** Stored messages, in order; of one room when `roomId` is given. Includes system messages. */
    public messages(roomId?: string): StoredMessage[] {
        return this.state.messages.filter((m) => (roomId ? m.room.id === roomId : true)).map((m) => structuredClone(m));
    }

    public get deletedMessages(): StoredMessage[] {
        return this.state.deletedMessages.map((m) => structuredClone(m));
    }

    /** Ephemeral notices (notifyUser / notifyRoom). */
    public get notifications(): HostNotification[] {
        return this.state.notifications;
    }

    /** Everything logged: the app's logger (source 'app'), the engine's console ('engine'), host errors. */
    public get logs(): HostLogEntry[] {
        return this.state.logs;
    }

    /** Errors of background work (post hooks, jobs). */
    public get errors(): HostError[] {
        return this.state.errors;
    }

    /** Every log line as one string each, for scanning for PHI. */
    public logText(): string[] {
        return this.state.logs.map((l) => `${l.source} ${l.appId ?? ''} ${l.method ?? ''} ${l.severity} ${safeJson(l.args)}`);
    }

    /** The records of the persistence collection (of one app when given). */
    public async persistenceRecords(appId?: string): Promise<PersistenceRecord[]> {
        const all = await this.state.persistence.snapshot();
        return appId ? all.filter((r) => r.appId === appId) : all;
    }

    // -----------------------------------------------------------------------------------------
    // Shutdown
    // -----------------------------------------------------------------------------------------

    /**
     * Unloads the apps, kills their Deno subprocesses and waits until none is left (AppManager.unload
     * does not wait), removes the temp directory. Safe to call twice.
     */
    public async stop(): Promise<void> {
        if (this.stopped) {
            return;
        }
        this.stopped = true;
        if (this.poller) {
            clearInterval(this.poller);
        }
        try {
            await withTimeout(this.core.settle(), 10_000).catch(() => undefined);
            for (const app of await this.manager.get()) {
                this.trackChild(app);
            }
            await withTimeout(this.manager.unload(false), 20_000).catch((e) => this.state.recordError('stop.unload', e));
            await this.reapChildren();
        } finally {
            (AppManager as unknown as { Instance?: AppManager }).Instance = undefined;
            if (running === this) {
                running = undefined;
            }
            this.restoreConsole();
            fs.rmSync(this.tempDir, { recursive: true, force: true });
        }
    }

    private async reapChildren(): Promise<void> {
        for (const child of this.children) {
            const pid = child.pid;
            if (pid === undefined) {
                continue;
            }
            if (child.exitCode === null && child.signalCode === null) {
                const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
                if (!child.killed) {
                    child.kill('SIGKILL');
                }
                await withTimeout(exited, 5_000).catch(() => undefined);
            }
            if (isAlive(pid)) {
                process.kill(pid, 'SIGKILL');
                const deadline = Date.now() + 5_000;
                while (isAlive(pid) && Date.now() < deadline) {
                    await new Promise((r) => setTimeout(r, 20));
                }
            }
            if (isAlive(pid)) {
                throw new Error(`Deno subprocess ${pid} is still alive after stop()`);
            }
            child.stdin?.destroy();
            child.stdout?.destroy();
            child.stderr?.destroy();
        }
    }

    private trackChild(app: ProxiedApp): void {
        const child = childOf(app);
        if (child) {
            this.children.add(child);
        }
    }

    private app(appId: string): ProxiedApp {
        const app = this.manager.getOneById(appId);
        if (!app) {
            throw new Error(`No app ${appId}`);
        }
        return app;
    }

    /** Records what the engine prints (its errors, swallowed app errors, subprocess stderr). */
    private captureConsole(echo: boolean): () => void {
        const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
        const originals = methods.map((m) => console[m]);
        methods.forEach((m, i) => {
            console[m] = (...args: unknown[]) => {
                this.state.logs.push({ source: 'engine', severity: m, args, at: this.state.clock.now() });
                if (echo) {
                    originals[i].apply(console, args);
                }
            };
        });
        return () => {
            methods.forEach((m, i) => {
                console[m] = originals[i];
            });
        };
    }
}

/** Express-style route matching: `a/:id/b` against `a/42/b`. */
function matchRoute(route: string, urlPath: string): Record<string, string> | undefined {
    const r = route.trim().split('/').filter(Boolean);
    const u = urlPath.split('/').filter(Boolean);
    if (r.length !== u.length) {
        return undefined;
    }
    const params: Record<string, string> = {};
    for (let i = 0; i < r.length; i++) {
        if (r[i].startsWith(':')) {
            params[r[i].slice(1)] = decodeURIComponent(u[i]);
        } else if (r[i] !== u[i]) {
            return undefined;
        }
    }
    return params;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
    let timer: NodeJS.Timeout;
    return Promise.race([
        p.finally(() => clearTimeout(timer)),
        new Promise<T>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
        }),
    ]);
}

function safeJson(value: unknown): string {
    try {
        return JSON.stringify(value, (_k, v) => (v instanceof Error ? { name: v.name, message: v.message, stack: v.stack } : v));
    } catch {
        return String(value);
    }
}
