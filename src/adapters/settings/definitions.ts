import { ISetting, SettingType } from '@rocket.chat/apps-engine/definition/settings';
import { LABELS } from '../../core/types';
import { Section, SettingId } from '../../core/settingIds';

type Definition = Omit<ISetting, 'i18nLabel' | 'i18nDescription' | 'required' | 'public'> & {
    required?: boolean;
};

const choices = (id: SettingId, keys: readonly string[]) =>
    keys.map((key) => ({ key, i18nLabel: `${id}_${key}` }));

const labelChoices = LABELS.map((key) => ({ key, i18nLabel: `label_${key}` }));

const DEFINITIONS: readonly Definition[] = [
    // ---- Masking -------------------------------------------------------------------------
    { id: SettingId.MaskingEnabled, section: Section.Masking, type: SettingType.BOOLEAN, packageValue: true },
    {
        id: SettingId.MaskingScope, section: Section.Masking, type: SettingType.SELECT, packageValue: 'livechat',
        values: choices(SettingId.MaskingScope, ['livechat', 'all']),
    },
    { id: SettingId.MaskingDepartments, section: Section.Masking, type: SettingType.STRING, packageValue: '' },
    {
        id: SettingId.MaskingStyle, section: Section.Masking, type: SettingType.SELECT, packageValue: 'x',
        values: choices(SettingId.MaskingStyle, ['x', 'partial', 'token']),
    },
    {
        id: SettingId.MaskingLabels, section: Section.Masking, type: SettingType.MULTI_SELECT,
        packageValue: [...LABELS], values: labelChoices,
    },
    {
        id: SettingId.MaskingBlockLabels, section: Section.Masking, type: SettingType.MULTI_SELECT,
        packageValue: [], values: labelChoices,
    },
    {
        id: SettingId.MaskingCustomPatterns, section: Section.Masking, type: SettingType.STRING, multiline: true,
        packageValue: '',
    },
    {
        id: SettingId.MaskingAllowTerms, section: Section.Masking, type: SettingType.STRING, multiline: true,
        packageValue: '',
    },
    { id: SettingId.MaskingAgentNotice, section: Section.Masking, type: SettingType.BOOLEAN, packageValue: false },
    {
        id: SettingId.UploadPolicy, section: Section.Masking, type: SettingType.SELECT, packageValue: 'block_images',
        values: choices(SettingId.UploadPolicy, ['allow', 'block_images', 'block_all', 'allow_listed']),
    },
    {
        id: SettingId.UploadAllowedTypes, section: Section.Masking, type: SettingType.STRING,
        packageValue: 'text/plain, application/pdf',
    },
    // ---- Archive -------------------------------------------------------------------------
    {
        id: SettingId.ArchiveTransport, section: Section.Archive, type: SettingType.SELECT, packageValue: 'none',
        values: choices(SettingId.ArchiveTransport, ['none', 'sftp', 'https', 'both']),
    },
    { id: SettingId.ArchiveSftpHost, section: Section.Archive, type: SettingType.STRING, packageValue: '' },
    { id: SettingId.ArchiveSftpPort, section: Section.Archive, type: SettingType.NUMBER, packageValue: 22 },
    { id: SettingId.ArchiveSftpUsername, section: Section.Archive, type: SettingType.STRING, packageValue: '' },
    { id: SettingId.ArchiveSftpPrivateKey, section: Section.Archive, type: SettingType.PASSWORD, packageValue: '' },
    { id: SettingId.ArchiveSftpHostFingerprint, section: Section.Archive, type: SettingType.STRING, packageValue: '' },
    {
        id: SettingId.ArchiveSftpDirectory, section: Section.Archive, type: SettingType.STRING,
        packageValue: 'phi-conduit',
    },
    { id: SettingId.ArchiveHttpsUrl, section: Section.Archive, type: SettingType.STRING, packageValue: '' },
    {
        id: SettingId.ArchiveHttpsCaPem, section: Section.Archive, type: SettingType.STRING, multiline: true,
        packageValue: '',
    },
    {
        id: SettingId.ArchiveHttpsClientCertPem, section: Section.Archive, type: SettingType.STRING, multiline: true,
        packageValue: '',
    },
    {
        id: SettingId.ArchiveHttpsClientKeyPem, section: Section.Archive, type: SettingType.PASSWORD,
        packageValue: '',
    },
    { id: SettingId.ArchiveHttpsHmacSecret, section: Section.Archive, type: SettingType.PASSWORD, packageValue: '' },
    {
        id: SettingId.ArchivePgpPublicKey, section: Section.Archive, type: SettingType.STRING, multiline: true,
        packageValue: '',
    },
    { id: SettingId.ArchiveSealOriginals, section: Section.Archive, type: SettingType.BOOLEAN, packageValue: false },
    {
        id: SettingId.ArchivePurgeMode, section: Section.Archive, type: SettingType.SELECT, packageValue: 'messages',
        values: choices(SettingId.ArchivePurgeMode, ['none', 'messages', 'room']),
    },
    { id: SettingId.ArchiveRetryDays, section: Section.Archive, type: SettingType.NUMBER, packageValue: 7 },
];

/** The settings the app provides, with i18n keys derived from their ids. None is public. */
export const SETTINGS: readonly ISetting[] = DEFINITIONS.map((d) => ({
    required: false,
    ...d,
    public: false,
    i18nLabel: d.id,
    i18nDescription: `${d.id}_description`,
}));
