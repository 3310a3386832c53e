import { SettingType } from '@rocket.chat/apps-engine/definition/settings';
import en from '../../../i18n/en.json';
import es from '../../../i18n/es.json';
import { SETTINGS } from '../../../src/adapters/settings/definitions';
import { Section, SettingId } from '../../../src/core/settingIds';

const enKeys = en as Record<string, string>;
const esKeys = es as Record<string, string>;

describe('settings as data', () => {
    test('every declared id is provided exactly once, and nothing else is', () => {
        const ids = SETTINGS.map((s) => s.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect([...ids].sort()).toEqual([...Object.values(SettingId)].sort());
    });

    test.each(SETTINGS.map((s) => [s.id, s] as const))('%s has a label and a description in English and Spanish', (_id, s) => {
        for (const dict of [enKeys, esKeys]) {
            expect(dict[s.i18nLabel]?.trim()).toBeTruthy();
            expect(dict[s.i18nDescription as string]?.trim()).toBeTruthy();
        }
        expect(s.i18nLabel).toBe(s.id);
        expect(s.i18nDescription).toBe(`${s.id}_description`);
    });

    test('every choice of a select has a translated label', () => {
        for (const s of SETTINGS) {
            for (const v of s.values ?? []) {
                expect(enKeys[v.i18nLabel]).toBeTruthy();
                expect(esKeys[v.i18nLabel]).toBeTruthy();
            }
            if (s.type === SettingType.SELECT) {
                expect(s.values?.map((v) => v.key)).toContain(s.packageValue);
            }
        }
    });

    test('each setting sits in a declared section, whose name is translated', () => {
        const sections = new Set<string>(Object.values(Section));
        for (const s of SETTINGS) {
            expect(sections.has(s.section as string)).toBe(true);
        }
        for (const sec of sections) {
            expect(enKeys[sec]).toBeTruthy();
            expect(esKeys[sec]).toBeTruthy();
        }
    });

    test('no setting is public, and secrets are password fields', () => {
        expect(SETTINGS.filter((s) => s.public)).toEqual([]);
        const secrets = [SettingId.ArchiveSftpPrivateKey, SettingId.ArchiveHttpsClientKeyPem, SettingId.ArchiveHttpsHmacSecret];
        for (const id of secrets) {
            expect(SETTINGS.find((s) => s.id === id)?.type).toBe(SettingType.PASSWORD);
        }
    });

    test('English and Spanish catalogues have the same keys', () => {
        expect(Object.keys(esKeys).sort()).toEqual(Object.keys(enKeys).sort());
    });
});
