import { parsePolicy, type MaskingPolicy, type PolicyError } from './policy';
import { parseList, type ScopeConfig } from './chat/scope';
import { normaliseMime, type UploadConfig, type UploadPolicy } from './chat/uploads';
import { SettingId } from './settingIds';

/** Everything the hooks need, parsed and validated once from the settings. */
export interface MaskingConfig {
    readonly enabled: boolean;
    readonly scope: ScopeConfig;
    readonly policy: MaskingPolicy;
    readonly agentNotice: boolean;
    readonly uploads: UploadConfig;
}

export interface ConfigError {
    /** The setting id, as administrators see it. */
    readonly settingId: string;
    readonly line?: number;
    /** What is wrong; never contains a secret or a matched text. */
    readonly message: string;
}

export type SettingValues = Readonly<Partial<Record<SettingId, unknown>>>;

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly ConfigError[] };

const UPLOAD_POLICIES: readonly UploadPolicy[] = ['allow', 'block_images', 'block_all', 'allow_listed'];
const MIME = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/(?:\*|[a-z0-9][a-z0-9!#$&^_.+-]{0,126})$/;

function bool(values: SettingValues, id: SettingId, fallback: boolean, errors: ConfigError[]): boolean {
    const v = values[id];
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'boolean') return v;
    if (v === 'true' || v === 'false') return v === 'true';
    errors.push({ settingId: id, message: 'must be true or false' });
    return fallback;
}

function str(values: SettingValues, id: SettingId, fallback: string, errors: ConfigError[]): string {
    const v = values[id];
    if (v === undefined || v === null) return fallback;
    if (typeof v === 'string') return v;
    errors.push({ settingId: id, message: 'must be text' });
    return fallback;
}

export function parseMaskingConfig(values: SettingValues): Parsed<MaskingConfig> {
    const errors: ConfigError[] = [];
    const enabled = bool(values, SettingId.MaskingEnabled, true, errors);
    const agentNotice = bool(values, SettingId.MaskingAgentNotice, false, errors);

    const scopeValue = str(values, SettingId.MaskingScope, 'livechat', errors);
    if (scopeValue !== 'livechat' && scopeValue !== 'all') {
        errors.push({ settingId: SettingId.MaskingScope, message: 'must be "livechat" or "all"' });
    }
    const departments = parseList(str(values, SettingId.MaskingDepartments, '', errors));

    const uploadPolicy = str(values, SettingId.UploadPolicy, 'block_images', errors) as UploadPolicy;
    if (!UPLOAD_POLICIES.includes(uploadPolicy)) {
        errors.push({ settingId: SettingId.UploadPolicy, message: `must be one of ${UPLOAD_POLICIES.join(', ')}` });
    }
    const allowedTypes = parseList(str(values, SettingId.UploadAllowedTypes, '', errors)).map(normaliseMime);
    allowedTypes.forEach((t, i) => {
        if (!MIME.test(t)) {
            errors.push({ settingId: SettingId.UploadAllowedTypes, message: `entry ${i + 1} is not a MIME type such as text/plain or image/*` });
        }
    });

    const policy = parsePolicy({
        masking_style: values[SettingId.MaskingStyle],
        masking_labels: values[SettingId.MaskingLabels],
        masking_block_labels: values[SettingId.MaskingBlockLabels],
        masking_custom_patterns: values[SettingId.MaskingCustomPatterns],
        masking_allow_terms: values[SettingId.MaskingAllowTerms],
    });
    if (!policy.ok) {
        errors.push(...policy.errors.map((e: PolicyError) => ({ settingId: e.settingId, line: e.line, message: e.message })));
    }

    if (errors.length > 0 || !policy.ok) {
        return { ok: false, errors };
    }
    return {
        ok: true,
        value: {
            enabled,
            agentNotice,
            scope: { scope: scopeValue as ScopeConfig['scope'], departments },
            policy: policy.policy,
            uploads: { policy: uploadPolicy, allowedTypes },
        },
    };
}

/** "masking_custom_patterns (line 3): ..." — how a configuration error is shown to administrators. */
export function describeConfigError(e: ConfigError): string {
    return `${e.settingId}${e.line !== undefined ? ` (line ${e.line})` : ''}: ${e.message}`;
}
