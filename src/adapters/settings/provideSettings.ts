import type { ISettingsExtend } from '@rocket.chat/apps-engine/definition/accessors';
import { SETTINGS } from './definitions';

/** Provides every setting, awaiting each call (a `map` without await would drop errors). */
export async function provideSettings(settings: ISettingsExtend): Promise<void> {
    for (const setting of SETTINGS) {
        await settings.provideSetting(setting);
    }
}
