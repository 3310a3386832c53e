import type { Label } from '../types';

/** Human names of the labels in notices: they name kinds of data, never the data. */
const NAMES: Record<Label, readonly [en: string, es: string]> = {
    PERSON: ['name', 'nombre'],
    DATE: ['date', 'fecha'],
    AGE_OVER_89: ['age over 89', 'edad mayor de 89'],
    ADDRESS: ['address', 'dirección'],
    PHONE: ['phone number', 'número de teléfono'],
    FAX: ['fax number', 'número de fax'],
    EMAIL: ['email address', 'correo electrónico'],
    SSN: ['Social Security number', 'número de Seguro Social'],
    MRN: ['medical record number', 'número de expediente'],
    HEALTH_PLAN_ID: ['health plan id', 'id de plan de salud'],
    ACCOUNT_NUMBER: ['account number', 'número de cuenta'],
    LICENSE_NUMBER: ['licence number', 'número de licencia'],
    NPI: ['provider id (NPI)', 'id de proveedor (NPI)'],
    VEHICLE_ID: ['vehicle id', 'id de vehículo'],
    DEVICE_ID: ['device id', 'id de dispositivo'],
    URL: ['web address', 'dirección web'],
    IP_ADDRESS: ['IP address', 'dirección IP'],
    CREDIT_CARD: ['card number', 'número de tarjeta'],
    IBAN: ['bank account (IBAN)', 'cuenta bancaria (IBAN)'],
    CUSTOM: ['restricted term', 'término restringido'],
};

export type Lang = 'en' | 'es';

export function labelName(label: Label, lang: Lang = 'en'): string {
    return NAMES[label][lang === 'es' ? 1 : 0];
}

/** "1 date, 2 health plan ids" — counts per kind, in label order. */
export function describeCounts(counts: Partial<Record<Label, number>>, lang: Lang = 'en'): string {
    return Object.entries(counts)
        .filter(([, n]) => (n ?? 0) > 0)
        .map(([label, n]) => `${n} ${labelName(label as Label, lang)}${n !== 1 && lang === 'en' ? 's' : ''}`)
        .join(', ');
}

/** Ephemeral note to an agent after masking: "PHI Conduit masked 1 date, 1 health plan id." */
export function maskedNotice(counts: Partial<Record<Label, number>>): string {
    return `PHI Conduit masked ${describeCounts(counts)} in this message before it was stored.`;
}

/** Tells an agent (ephemeral) which kinds of data made the app refuse a message. */
export function blockedNoticeForAgent(labels: readonly Label[]): string {
    return `PHI Conduit did not send your message: it contained ${labels.map((l) => labelName(l)).join(', ')}, `
        + 'which this workspace does not allow in chat. Please rephrase without it.';
}

/** Tells a livechat visitor (in the room, bilingual: visitors have no language setting the app can read). */
export function blockedNoticeForVisitor(labels: readonly Label[]): string {
    const en = labels.map((l) => labelName(l, 'en')).join(', ');
    const es = labels.map((l) => labelName(l, 'es')).join(', ');
    return `Your last message was not delivered because it contained: ${en}. Please do not share it in this chat.\n`
        + `Su último mensaje no se entregó porque contenía: ${es}. Por favor, no lo comparta en este chat.`;
}

/** Replaces a message whose content could not be checked (fail closed). */
export const WITHHELD_TEXT = '[PHI Conduit withheld this message because it could not be checked for protected health information.]';

/** Why an upload was refused, for the uploader (no file content, no file name). */
export function uploadRefusedText(reason: 'uploads_blocked' | 'images_blocked' | 'type_not_allowed' | 'phi_found' | 'unchecked',
    labels: readonly Label[] = []): string {
    switch (reason) {
        case 'uploads_blocked': return 'File uploads are not allowed in this chat.';
        case 'images_blocked': return 'Images and scans are not allowed in this chat: they can show faces and other identifiers.';
        case 'type_not_allowed': return 'This type of file is not allowed in this chat.';
        case 'phi_found': return `This file was not uploaded because it contains ${labels.map((l) => labelName(l)).join(', ')}.`;
        case 'unchecked': return 'This file was not uploaded because it could not be checked for protected health information.';
    }
}
