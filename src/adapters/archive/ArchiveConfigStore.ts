import type { ILogger, IRead } from '@rocket.chat/apps-engine/definition/accessors';
import { ARCHIVE_SETTING_IDS, parseArchiveConfig, type ArchiveConfig, type ConfigError, type SettingValues } from '../../core/archive/config';
import { validateArchiveKeys } from '../../transports/validate';
import { CachedSettings, readSettings, type LoadResult } from '../config/ConfigStore';

const IDS = Object.values(ARCHIVE_SETTING_IDS);

/**
 * The archive configuration (settings section Archive), parsed and its keys checked once, cached
 * like the masking configuration. A bad key, fingerprint, URL or PEM is logged with its setting id
 * and the last good configuration stays in force; until one was valid there is no archive config.
 */
export class ArchiveConfigStore extends CachedSettings<ArchiveConfig, ConfigError> {
    /** The archive configuration in force, or undefined when the settings were never valid. */
    public async get(read: IRead, logger: ILogger): Promise<ArchiveConfig | undefined> {
        return this.current(read, logger);
    }

    protected async load(read: IRead): Promise<LoadResult<ArchiveConfig, ConfigError>> {
        const parsed = parseArchiveConfig((await readSettings(read, IDS)) as SettingValues);
        if (!parsed.ok) {
            return parsed;
        }
        const keyErrors = await validateArchiveKeys(parsed.config, new Date(this.now()));
        if (keyErrors.length > 0) {
            return { ok: false, errors: keyErrors };
        }
        const c = parsed.config;
        return {
            ok: true,
            value: c,
            loaded: { archive: c.transport, encrypted: c.pgpPublicKey !== undefined, purge: c.purgeMode, seal: c.sealOriginals },
        };
    }

    protected describe(error: ConfigError): string {
        // The archive parser's messages already start with the setting id and never hold a value.
        return error.message;
    }
}
