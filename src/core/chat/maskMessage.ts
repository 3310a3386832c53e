import type { Scanner } from '../engine';
import type { Label } from '../types';

/** The text-bearing parts of a chat message that the app checks (a subset of Rocket.Chat's IMessage). */
export interface MessageContent {
    readonly text?: string;
    readonly alias?: string;
    readonly attachments?: readonly AttachmentContent[];
}

export interface AttachmentContent {
    readonly text?: string;
    readonly description?: string;
    readonly title?: { readonly value?: string; readonly [k: string]: unknown };
    readonly author?: { readonly name?: string; readonly [k: string]: unknown };
    readonly fields?: ReadonlyArray<{ readonly title?: string; readonly value?: string; readonly [k: string]: unknown }>;
    readonly [k: string]: unknown;
}

export interface MessageScan<T extends MessageContent> {
    /** The message with every text-bearing part masked (structure and other fields untouched). */
    readonly content: T;
    /** True when any part changed. */
    readonly changed: boolean;
    /** Findings per label over all parts (counts only: safe to log and to store). */
    readonly counts: Partial<Record<Label, number>>;
    /** Labels whose action is block; when non-empty the message must not be delivered. */
    readonly blockedLabels: readonly Label[];
}

/**
 * Scans every text-bearing part of a message with one compiled scanner. Pure: the input is not
 * modified. Throws only if the scanner does (callers treat that as "could not be checked").
 */
export function scanMessage<T extends MessageContent>(message: T, scanner: Scanner): MessageScan<T> {
    const counts: Partial<Record<Label, number>> = {};
    const blocked = new Set<Label>();
    let changed = false;

    const mask = (value: string | undefined): string | undefined => {
        if (value === undefined || value === null || value === '') {
            return value;
        }
        if (typeof value !== 'string') {
            // A malformed message is not passed unchecked: the caller withholds it.
            throw new TypeError('a text part of the message is not a string');
        }
        const result = scanner.scan(value);
        for (const f of result.findings) {
            counts[f.type] = (counts[f.type] ?? 0) + 1;
        }
        result.blockedLabels.forEach((l) => blocked.add(l));
        // A blocked part has no masked text; it is withheld entirely (the whole message is refused).
        const out = result.masked ?? '';
        if (out !== value) {
            changed = true;
        }
        return out;
    };

    const attachments = message.attachments?.map((a) => {
        const copy: Record<string, unknown> = { ...a };
        if (a.text !== undefined) copy.text = mask(a.text);
        if (a.description !== undefined) copy.description = mask(a.description);
        if (a.title?.value !== undefined) copy.title = { ...a.title, value: mask(a.title.value) };
        if (a.author?.name !== undefined) copy.author = { ...a.author, name: mask(a.author.name) };
        if (a.fields) copy.fields = a.fields.map((f) => ({ ...f, title: mask(f.title), value: mask(f.value) }));
        return copy as AttachmentContent;
    });

    const content = { ...message } as T & { text?: string; alias?: string; attachments?: readonly AttachmentContent[] };
    if (message.text !== undefined) content.text = mask(message.text);
    if (message.alias !== undefined) content.alias = mask(message.alias);
    if (attachments !== undefined) content.attachments = attachments;

    return { content, changed, counts, blockedLabels: [...blocked].sort() };
}
