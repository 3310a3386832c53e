/**
 * Transcript model, schema version "1" (docs/archive.md). Pure: built from plain records that
 * mirror the fields of Rocket.Chat's IMessage / ILivechatRoom we need; the adapter copies them.
 *
 * The document is deterministic: the same room and messages always give the same bytes (no clock,
 * keys sorted, messages ordered by (ts, id), duplicates from overlapping pages dropped). That is
 * what lets a retry recognise a copy that an earlier attempt already delivered.
 */

export const TRANSCRIPT_SCHEMA = 'phi-conduit/transcript';
export const TRANSCRIPT_SCHEMA_VERSION = '1';

export type SenderType = 'agent' | 'visitor' | 'bot' | 'system' | 'unknown';

/** Timestamps are accepted as Date, ISO string or epoch milliseconds. */
export type TimeInput = Date | string | number;

export interface AttachmentInput {
  readonly title?: string;
  readonly text?: string;
  readonly description?: string;
  /** Attachments can nest (quoted messages); nested ones are flattened in order. */
  readonly attachments?: readonly AttachmentInput[];
}

/** The fields of an IMessage the transcript uses. */
export interface TranscriptMessageInput {
  /** IMessage.id / _id */
  readonly id: string;
  readonly ts: TimeInput;
  readonly editedAt?: TimeInput;
  /** IMessage.editedBy id */
  readonly editedById?: string;
  /** The text Rocket.Chat stored (already masked). */
  readonly text?: string;
  readonly senderId?: string;
  readonly senderType: SenderType;
  /** IMessage.t: system message type (e.g. `uj`, `livechat-close`); absent for ordinary messages. */
  readonly t?: string;
  /** IMessage.tmid: id of the thread's first message. */
  readonly tmid?: string;
  readonly attachments?: readonly AttachmentInput[];
}

export type VisitorField = 'name' | 'username' | 'email' | 'phone';
export const VISITOR_FIELDS: readonly VisitorField[] = ['name', 'username', 'email', 'phone'];

export interface TranscriptVisitorInput {
  readonly id: string;
  readonly name?: string;
  readonly username?: string;
  readonly email?: string;
  readonly phone?: string;
}

/** The fields of an ILivechatRoom the transcript uses. */
export interface TranscriptRoomInput {
  readonly id: string;
  readonly departmentId?: string;
  /** servedBy plus earlier agents of the room, by id. */
  readonly agentIds?: readonly string[];
  readonly openedAt: TimeInput;
  readonly closedAt: TimeInput;
  readonly closedBy?: { readonly type: SenderType | 'user'; readonly id?: string };
  readonly tags?: readonly string[];
  readonly visitor: TranscriptVisitorInput;
}

/**
 * The original of a message the app masked, sealed by the message hook: an armored OpenPGP message
 * (to the archive's public key) of the JSON `{"text","alias","attachments"}` the sender typed.
 * The app cannot read it; the archive's key holder can.
 */
export interface SealedOriginal {
  /** Id of the stored (masked) message, when the hook knew it. */
  readonly messageId?: string;
  readonly event: 'sent' | 'edited';
  /** ISO time the hook sealed it. */
  readonly sealedAt: string;
  readonly pgp: string;
}

export interface TranscriptOptions {
  /** Visitor fields to include besides the id (a setting); default none. */
  readonly visitorFields?: readonly VisitorField[];
  /** Sealed originals of masked messages (archive_seal_originals); omitted from the document when none. */
  readonly sealedOriginals?: readonly SealedOriginal[];
  /** Adds `rendering`: renderTranscriptText of the same document, for people reading the archive without tools. */
  readonly includeRendering?: boolean;
}

export interface TranscriptAttachment {
  readonly title?: string;
  readonly text?: string;
  readonly description?: string;
}

export interface TranscriptMessage {
  readonly id: string;
  readonly ts: string;
  readonly sender: { readonly type: SenderType; readonly id?: string };
  readonly text: string;
  /** Present (true) only for system messages; `systemType` then carries IMessage.t. */
  readonly system?: true;
  readonly systemType?: string;
  readonly threadId?: string;
  readonly editedAt?: string;
  readonly editedById?: string;
  readonly attachments?: readonly TranscriptAttachment[];
}

export interface Transcript {
  readonly schema: typeof TRANSCRIPT_SCHEMA;
  readonly version: typeof TRANSCRIPT_SCHEMA_VERSION;
  readonly room: {
    readonly id: string;
    readonly departmentId?: string;
    readonly agentIds: readonly string[];
    readonly openedAt: string;
    readonly closedAt: string;
    readonly closedBy?: { readonly type: string; readonly id?: string };
    readonly tags: readonly string[];
  };
  readonly visitor: { readonly id: string; readonly name?: string; readonly username?: string; readonly email?: string; readonly phone?: string };
  readonly counts: { readonly messages: number; readonly systemMessages: number; readonly threadReplies: number; readonly edited: number };
  readonly messages: readonly TranscriptMessage[];
  /** Present only when originals were sealed (schema v1, optional field). */
  readonly sealedOriginals?: readonly SealedOriginal[];
  /** Optional: the plain-text rendering of this document (renderTranscriptText), one string. */
  readonly rendering?: string;
}

export class TranscriptInputError extends Error {
  override name = 'TranscriptInputError';
}

export function toIsoTime(value: TimeInput, field: string): string {
  const date = value instanceof Date ? value : new Date(value);
  const ms = date.getTime();
  if (!Number.isFinite(ms)) throw new TranscriptInputError(`${field} is not a valid time`);
  return date.toISOString();
}

function flattenAttachments(list: readonly AttachmentInput[] | undefined, out: TranscriptAttachment[], depth = 0): TranscriptAttachment[] {
  if (!list || depth > 8) return out;
  for (const a of list) {
    const entry: { title?: string; text?: string; description?: string } = {};
    if (typeof a.title === 'string' && a.title !== '') entry.title = a.title;
    if (typeof a.text === 'string' && a.text !== '') entry.text = a.text;
    if (typeof a.description === 'string' && a.description !== '') entry.description = a.description;
    if (Object.keys(entry).length > 0) out.push(entry);
    flattenAttachments(a.attachments, out, depth + 1);
  }
  return out;
}

function sortedUnique(values: readonly string[] | undefined): string[] {
  return [...new Set((values ?? []).filter((v) => typeof v === 'string' && v !== ''))].sort();
}

export function buildTranscript(
  room: TranscriptRoomInput,
  messages: Iterable<TranscriptMessageInput>,
  options: TranscriptOptions = {},
): Transcript {
  if (!room.id) throw new TranscriptInputError('room id is required');
  if (!room.visitor?.id) throw new TranscriptInputError('visitor id is required');

  const byId = new Map<string, TranscriptMessage & { tsMs: number }>();
  for (const m of messages) {
    if (!m.id) throw new TranscriptInputError('message id is required');
    const ts = toIsoTime(m.ts, 'message ts');
    const entry: Record<string, unknown> = {
      id: m.id,
      ts,
      sender: m.senderId ? { type: m.senderType, id: m.senderId } : { type: m.senderType },
      text: m.text ?? '',
    };
    if (m.t) { entry.system = true; entry.systemType = m.t; }
    if (m.tmid) entry.threadId = m.tmid;
    if (m.editedAt !== undefined) entry.editedAt = toIsoTime(m.editedAt, 'message editedAt');
    if (m.editedById) entry.editedById = m.editedById;
    const attachments = flattenAttachments(m.attachments, []);
    if (attachments.length > 0) entry.attachments = attachments;
    // Pages can overlap; the same id twice is one message (the later copy wins: it may carry an edit).
    byId.set(m.id, Object.assign(entry as unknown as TranscriptMessage, { tsMs: Date.parse(ts) }));
  }
  const ordered = [...byId.values()].sort((a, b) => a.tsMs - b.tsMs || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const list: TranscriptMessage[] = ordered.map(({ tsMs: _ignored, ...rest }) => rest);

  const include = new Set(options.visitorFields ?? []);
  const visitor: Record<string, string> = { id: room.visitor.id };
  for (const field of VISITOR_FIELDS) {
    const value = room.visitor[field];
    if (include.has(field) && typeof value === 'string' && value !== '') visitor[field] = value;
  }

  const roomOut: Record<string, unknown> = {
    id: room.id,
    agentIds: sortedUnique(room.agentIds),
    openedAt: toIsoTime(room.openedAt, 'room openedAt'),
    closedAt: toIsoTime(room.closedAt, 'room closedAt'),
    tags: sortedUnique(room.tags),
  };
  if (room.departmentId) roomOut.departmentId = room.departmentId;
  if (room.closedBy) roomOut.closedBy = room.closedBy.id ? { type: room.closedBy.type, id: room.closedBy.id } : { type: room.closedBy.type };

  const sealed = [...(options.sealedOriginals ?? [])]
    .filter((o) => typeof o.pgp === 'string' && o.pgp !== '')
    .map((o) => ({ ...(o.messageId ? { messageId: o.messageId } : {}), event: o.event, sealedAt: toIsoTime(o.sealedAt, 'sealedAt'), pgp: o.pgp }))
    .sort((a, b) => (a.sealedAt < b.sealedAt ? -1 : a.sealedAt > b.sealedAt ? 1 : (a.messageId ?? '') < (b.messageId ?? '') ? -1 : (a.messageId ?? '') > (b.messageId ?? '') ? 1 : a.pgp < b.pgp ? -1 : 1));

  const transcript: Transcript = {
    schema: TRANSCRIPT_SCHEMA,
    version: TRANSCRIPT_SCHEMA_VERSION,
    ...(sealed.length > 0 ? { sealedOriginals: sealed } : {}),
    room: roomOut as unknown as Transcript['room'],
    visitor: visitor as Transcript['visitor'],
    counts: {
      messages: list.length,
      systemMessages: list.filter((m) => m.system).length,
      threadReplies: list.filter((m) => m.threadId !== undefined).length,
      edited: list.filter((m) => m.editedAt !== undefined).length,
    },
    messages: list,
  };
  return options.includeRendering ? { ...transcript, rendering: renderTranscriptText(transcript) } : transcript;
}

/** JSON with keys sorted at every level (stable bytes), compact, newline-terminated. */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(sortKeys(value))}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

export function serializeTranscript(transcript: Transcript): string {
  return canonicalJson(transcript);
}

export function transcriptBytes(transcript: Transcript): Uint8Array {
  return new TextEncoder().encode(serializeTranscript(transcript));
}

/** A human-readable plain-text rendering of the same content. */
export function renderTranscriptText(t: Transcript): string {
  const lines: string[] = [];
  const who = (s: { type: string; id?: string }): string => (s.id ? `${s.type} ${s.id}` : s.type);
  lines.push(`PHI Conduit transcript (schema ${t.version})`);
  lines.push(`Room: ${t.room.id}`);
  lines.push(`Department: ${t.room.departmentId ?? '-'}`);
  lines.push(`Agents: ${t.room.agentIds.length > 0 ? t.room.agentIds.join(', ') : '-'}`);
  lines.push(`Visitor: ${t.visitor.id}`);
  for (const field of VISITOR_FIELDS) {
    const value = t.visitor[field];
    if (value !== undefined) lines.push(`Visitor ${field}: ${value}`);
  }
  lines.push(`Opened: ${t.room.openedAt}`);
  lines.push(`Closed: ${t.room.closedAt}${t.room.closedBy ? ` by ${who(t.room.closedBy)}` : ''}`);
  lines.push(`Tags: ${t.room.tags.length > 0 ? t.room.tags.join(', ') : '-'}`);
  lines.push(`Messages: ${t.counts.messages} (system ${t.counts.systemMessages}, thread replies ${t.counts.threadReplies}, edited ${t.counts.edited})`);
  if (t.sealedOriginals?.length) lines.push(`Sealed originals: ${t.sealedOriginals.length} (OpenPGP; decrypt each with the archive key)`);
  lines.push('');
  for (const m of t.messages) {
    const prefix = m.threadId ? `  [thread ${m.threadId}] ` : '';
    const kind = m.system ? `system:${m.systemType}` : who(m.sender);
    const body = m.text.split(/\r\n|\r|\n/).join('\n    ');
    lines.push(`${prefix}[${m.ts}] ${kind}${m.system && m.sender.id ? ` (${who(m.sender)})` : ''}: ${body}`);
    if (m.editedAt) lines.push(`${prefix}    (edited ${m.editedAt}${m.editedById ? ` by ${m.editedById}` : ''})`);
    for (const a of m.attachments ?? []) {
      const parts = [a.title, a.description, a.text].filter((p): p is string => p !== undefined);
      lines.push(`${prefix}    [attachment] ${parts.join(' — ').split(/\r\n|\r|\n/).join('\n    ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
