/** What happens to a file uploaded into a protected room (settings `upload_policy`, `upload_allowed_types`). */
export type UploadPolicy = 'allow' | 'block_images' | 'block_all' | 'allow_listed';

export interface UploadConfig {
    readonly policy: UploadPolicy;
    /** MIME types, lower case; `family/*` allows a family. */
    readonly allowedTypes: readonly string[];
}

export type UploadDecision =
    | { readonly action: 'accept' }
    /** Text-like content that must be scanned for PHI before it is accepted. */
    | { readonly action: 'scan' }
    | { readonly action: 'refuse'; readonly reason: 'uploads_blocked' | 'images_blocked' | 'type_not_allowed' };

/** Formats whose bytes are text we can scan. A file cannot be rewritten, so PHI in it means refusal. */
const TEXT_LIKE = [/^text\//, /^application\/(?:json|csv|xml|x-ndjson|ld\+json)$/, /\+(?:json|xml)$/];
/** Images and scans are where Safe Harbor items 16-17 (biometrics, full-face photos) live. */
const IMAGE_LIKE = [/^image\//, /^application\/(?:dicom|pdf)$/];

export function normaliseMime(type: string): string {
    return type.split(';')[0].trim().toLowerCase();
}

export function isTextLike(type: string): boolean {
    const t = normaliseMime(type);
    return TEXT_LIKE.some((re) => re.test(t));
}

function isImageLike(type: string): boolean {
    const t = normaliseMime(type);
    return IMAGE_LIKE.some((re) => re.test(t));
}

function listed(type: string, allowed: readonly string[]): boolean {
    const t = normaliseMime(type);
    return allowed.some((a) => (a.endsWith('/*') ? t.startsWith(a.slice(0, -1)) : a === t));
}

export function decideUpload(mimeType: string, config: UploadConfig): UploadDecision {
    switch (config.policy) {
        case 'block_all':
            return { action: 'refuse', reason: 'uploads_blocked' };
        case 'allow_listed':
            if (!listed(mimeType, config.allowedTypes)) {
                return { action: 'refuse', reason: 'type_not_allowed' };
            }
            break;
        case 'block_images':
            if (isImageLike(mimeType)) {
                return { action: 'refuse', reason: 'images_blocked' };
            }
            break;
        case 'allow':
            break;
    }
    return isTextLike(mimeType) ? { action: 'scan' } : { action: 'accept' };
}
