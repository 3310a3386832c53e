import type { ILogger, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import { describeConfigError, parseMaskingConfig, type ConfigError, type MaskingConfig, type SettingValues } from '../../core/config';
import { createScanner, type Scanner } from '../../core/engine';
import { DEFAULT_POLICY } from '../../core/policy';
import { SettingId } from '../../core/settingIds';
import { errorKind, LogEvent, logError, logInfo } from '../logging/LogEvent';

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

/**
 * Reads every setting once into a validated object and caches it. Each accessor call is a round
 * trip to the host, so settings are never read per message: the cache is refreshed from
 * `onSettingUpdated`, and after `ttlMs` as a safety net for several Rocket.Chat instances.
 * A bad value is logged with the setting id and the last good configuration stays in force.
 */
export class ConfigStore {
    private active?: ActiveConfig;
    private loadedAt = -Infinity;
    private errors: readonly ConfigError[] = [];

    constructor(private readonly now: () => number = Date.now, private readonly ttlMs = 60_000) {}

    /** The configuration in force (refreshed if stale). Never throws. */
    public async get(read: IRead, logger: ILogger): Promise<ActiveConfig> {
        if (!this.active || this.now() - this.loadedAt > this.ttlMs) {
            await this.refresh(read, logger);
        }
        return this.active ?? this.fallback();
    }

    /** Problems found in the settings at the last refresh (empty when all are valid). */
    public get lastErrors(): readonly ConfigError[] {
        return this.errors;
    }

    public async refresh(read: IRead, logger: ILogger): Promise<readonly ConfigError[]> {
        let values: SettingValues;
        try {
            values = await readAll(read);
        } catch (e) {
            // Keep what we have; try again on the next message.
            logError(logger, LogEvent.ConfigReadFailed, { error: errorKind(e) });
            return this.errors;
        }
        this.loadedAt = this.now();
        const parsed = parseMaskingConfig(values);
        if (!parsed.ok) {
            this.errors = parsed.errors;
            for (const e of parsed.errors) {
                logError(logger, LogEvent.ConfigInvalid, { setting: e.settingId, problem: describeConfigError(e) });
            }
            return this.errors;
        }
        this.errors = [];
        this.active = { masking: parsed.value, scanner: createScanner(parsed.value.policy), source: 'settings' };
        logInfo(logger, LogEvent.ConfigLoaded, { enabled: parsed.value.enabled, scope: parsed.value.scope.scope });
        return this.errors;
    }

    private fallback(): ActiveConfig {
        this.active = { masking: DEFAULT_MASKING, scanner: createScanner(DEFAULT_POLICY), source: 'defaults' };
        return this.active;
    }
}

async function readAll(read: IRead): Promise<SettingValues> {
    const reader = read.getEnvironmentReader().getSettings();
    const ids = Object.values(SettingId).filter((id) => id.startsWith('masking_') || id.startsWith('upload_'));
    const values = await Promise.all(ids.map((id) => reader.getValueById(id)));
    return Object.fromEntries(ids.map((id, i) => [id, values[i]]));
}
