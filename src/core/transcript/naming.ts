/**
 * Deterministic naming of archived transcripts (docs/archive.md "Remote naming"). Every attempt,
 * on every Rocket.Chat instance, computes the same remote path and the same idempotency key for a
 * room, which is what makes a repeated or overlapping delivery land on the same copy.
 */
import { sha256Hex } from './sha256';
import { toIsoTime, type TimeInput } from './model';

export class ArchiveNameError extends Error {
  override name = 'ArchiveNameError';
}

/** Rocket.Chat ids are alphanumeric (17 chars); allow a little more, never a path separator or dot-dot. */
const SAFE_ID = /^[\w-]{1,128}$/;

export function assertSafeId(id: string, what: string): void {
  if (!SAFE_ID.test(id)) throw new ArchiveNameError(`${what} must be 1-128 characters of A-Z a-z 0-9 _ -`);
}

/**
 * Normalises the configured archive directory: forward slashes, no trailing slash, no `.`/`..`
 * segments, no empty segments. An empty string means the login directory.
 */
export function normalizeArchiveDirectory(dir: string): string {
  const trimmed = dir.trim();
  const absolute = trimmed.startsWith('/');
  const segments = trimmed.split('/').filter((s) => s !== '');
  for (const s of segments) {
    if (s === '.' || s === '..') throw new ArchiveNameError('the archive directory must not contain . or .. segments');
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\\]/.test(s)) throw new ArchiveNameError('the archive directory contains a control character or backslash');
  }
  const joined = segments.join('/');
  return absolute ? `/${joined}` : joined;
}

export interface RemoteNameParts {
  /** `<dir>/<yyyy>/<mm>/<dd>` (or `<yyyy>/<mm>/<dd>` when dir is empty) */
  readonly directory: string;
  /** `<roomId>.json` or `<roomId>.json.pgp` */
  readonly fileName: string;
  /** directory + '/' + fileName */
  readonly path: string;
}

/** `<dir>/<yyyy>/<mm>/<dd>/<roomId>.json[.pgp]`, the date being the close date in UTC. */
export function remoteName(dir: string, roomId: string, closedAt: TimeInput, encrypted: boolean): RemoteNameParts {
  assertSafeId(roomId, 'room id');
  const iso = toIsoTime(closedAt, 'closedAt');
  const datePath = `${iso.slice(0, 4)}/${iso.slice(5, 7)}/${iso.slice(8, 10)}`;
  const base = normalizeArchiveDirectory(dir);
  const directory = base === '' ? datePath : base === '/' ? `/${datePath}` : `${base}/${datePath}`;
  const fileName = `${roomId}.json${encrypted ? '.pgp' : ''}`;
  return { directory, fileName, path: `${directory}/${fileName}` };
}

/**
 * Idempotency key for a room's transcript: stable across attempts and instances, distinct per
 * app installation (two workspaces archiving to one receiver never collide), and not the bare room
 * id. Format: `phic1-` + 64 hex chars.
 */
export function idempotencyKey(roomId: string, installId: string): string {
  assertSafeId(roomId, 'room id');
  if (installId === '') throw new ArchiveNameError('install id is required');
  return `phic1-${sha256Hex(`phi-conduit/transcript/v1\n${installId}\n${roomId}`)}`;
}
