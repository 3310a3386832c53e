import type { ILogger, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import { describeConfigError, parseMaskingConfig, type ConfigError, type MaskingConfig, type SettingValues } from '../../core/config';
import { createScanner, type Scanner } from '../../core/engine';
import { DEFAULT_POLICY } from '../../core/policy';
import { SettingId } from '../../core/settingIds';
import { errorKind, LogEvent, logError, logInfo, type LogFields } from '../logging/LogEvent';

/** A setting problem: the setting id and a message that never contains the value. */
export interface SettingProblem {
    readonly settingId: string;
    readonly message: string;
}

export type LoadResult<T, E extends SettingProblem> =
    | { readonly ok: true; readonly value: T; readonly loaded?: LogFields }
    | { readonly ok: false; readonly errors: readonly E[] };

/**
 * The cache every configuration of the app shares (STYLE.md §3): settings are read once into a
 * validated object, refreshed from `onSettingUpdated` and after `ttlMs` (several Rocket.Chat
 * instances), concurrent refreshes are joined into one, and a bad value is logged with its setting
 * id while the last good configuration stays in force.
 */
export abstract class CachedSettings<T, E extends SettingProblem> {
    private value?: T;
    private loadedAt = -Infinity;
    private errors: readonly E[] = [];
    private inFlight?: Promise<readonly E[]>;

    constructor(protected readonly now: () => number = Date.now, private readonly ttlMs = 60_000) {}

    /** Reads the setting values and parses them (may be async: key checks). */
    protected abstract load(read: IRead): Promise<LoadResult<T, E>>;

    protected abstract describe(error: E): string;

    /**
     * The last good configuration (refreshed first if stale), or undefined if none was ever valid.
     * Invalid settings are read again only after the expiry or a settings change, not per message.
     */
    protected async current(read: IRead, logger: ILogger): Promise<T | undefined> {
        if (this.now() - this.loadedAt > this.ttlMs) {
            await this.refresh(read, logger);
        }
        return this.value;
    }

    /** Problems found in the settings at the last refresh (empty when all are valid). */
    public get lastErrors(): readonly E[] {
        return this.errors;
    }

    public refresh(read: IRead, logger: ILogger): Promise<readonly E[]> {
        this.inFlight ??= this.doRefresh(read, logger).finally(() => {
            this.inFlight = undefined;
        });
        return this.inFlight;
    }

    private async doRefresh(read: IRead, logger: ILogger): Promise<readonly E[]> {
        let result: LoadResult<T, E>;
        try {
            result = await this.load(read);
        } catch (e) {
            // Keep what we have; try again on the next use.
            logError(logger, LogEvent.ConfigReadFailed, { error: errorKind(e) });
            return this.errors;
        }
        this.loadedAt = this.now();
        if (!result.ok) {
            this.errors = result.errors;
            for (const e of result.errors) {
                logError(logger, LogEvent.ConfigInvalid, { setting: e.settingId, problem: this.describe(e) });
            }
            return this.errors;
        }
        this.errors = [];
        this.value = result.value;
        logInfo(logger, LogEvent.ConfigLoaded, result.loaded ?? {});
        return this.errors;
    }
}

/** Reads the given settings in parallel (one round trip each, once per refresh). */
export async function readSettings(read: IRead, ids: readonly string[]): Promise<Record<string, unknown>> {
    const reader = read.getEnvironmentReader().getSettings();
    const values = await Promise.all(ids.map((id) => reader.getValueById(id)));
    return Object.fromEntries(ids.map((id, i) => [id, values[i]]));
}

/** The configuration the hooks run with, and the scanner compiled from it. */
export interface ActiveConfig {
    readonly masking: MaskingConfig;
    readonly scanner: Scanner;
    /** Where it came from: the settings, or the protective defaults (no valid settings read yet). */
    readonly source: 'settings' | 'defaults';
}

/** Used until valid settings have been read: masks every label, the most protective choice. */
const DEFAULT_MASKING: MaskingConfig = {
    enabled: true,
    agentNotice: false,
    scope: { scope: 'livechat', departments: [] },
    policy: DEFAULT_POLICY,
    uploads: { policy: 'block_images', allowedTypes: [] },
};

const MASKING_IDS = Object.values(SettingId).filter((id) => id.startsWith('masking_') || id.startsWith('upload_'));

/** The masking and upload configuration (settings sections Masking and Uploads). */
export class ConfigStore extends CachedSettings<ActiveConfig, ConfigError> {
    private defaults?: ActiveConfig;

    /** The configuration in force (refreshed if stale). Never throws. */
    public async get(read: IRead, logger: ILogger): Promise<ActiveConfig> {
        return (await this.current(read, logger)) ?? this.fallback();
    }

    protected async load(read: IRead): Promise<LoadResult<ActiveConfig, ConfigError>> {
        const parsed = parseMaskingConfig((await readSettings(read, MASKING_IDS)) as SettingValues);
        if (!parsed.ok) {
            return parsed;
        }
        return {
            ok: true,
            value: { masking: parsed.value, scanner: createScanner(parsed.value.policy), source: 'settings' },
            loaded: { enabled: parsed.value.enabled, scope: parsed.value.scope.scope },
        };
    }

    protected describe(error: ConfigError): string {
        return describeConfigError(error);
    }

    private fallback(): ActiveConfig {
        this.defaults ??= { masking: DEFAULT_MASKING, scanner: createScanner(DEFAULT_POLICY), source: 'defaults' };
        return this.defaults;
    }
}
