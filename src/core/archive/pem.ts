/**
 * Normalisation of PEM / OpenSSH / OpenPGP-armor text pasted into a single-line setting
 * (SettingType.PASSWORD strips or flattens line breaks). Pure. Messages never contain the input.
 *
 * Handles, for every `-----BEGIN X-----` ... `-----END X-----` block in the input:
 *  - already multi-line text: line endings normalised, lines trimmed;
 *  - line breaks replaced by spaces, or removed entirely: the base64 body is re-wrapped at 64;
 *  - RFC 1421 headers (`Proc-Type:`, `DEK-Info:`): reported as `encrypted` (not supported);
 *  - OpenPGP armor: optional headers (`Version:`, `Comment:` ...) are dropped, the CRC-24 checksum
 *    line `=XXXX` is kept on its own line (computed when absent); when line breaks were removed, the
 *    end of the headers is found by the checksum (or, without one, by the first packet byte of a key).
 */

export interface PemBlock {
  /** The label, e.g. `CERTIFICATE`, `OPENSSH PRIVATE KEY`, `PGP PUBLIC KEY BLOCK`. */
  readonly label: string;
  /** Normalised text of the block, LF line endings, ending with a newline. */
  readonly text: string;
  /** Decoded body (without armor checksum). */
  readonly der: Uint8Array;
  /** True when the block carries RFC 1421 encryption headers. */
  readonly encrypted: boolean;
}

export class PemError extends Error {
  override name = 'PemError';
}

const BLOCK = /-----BEGIN ([A-Z0-9][A-Z0-9 ]{0,60}[A-Z0-9])-----([\s\S]*?)-----END \1-----/g;
const B64_CHARS = /^[A-Z0-9+/]*={0,2}$/i;

export function base64Decode(text: string): Uint8Array {
  if (!B64_CHARS.test(text) || text.length % 4 === 1) throw new PemError('invalid base64');
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const clean = text.replace(/={1,2}$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let o = 0;
  for (const ch of clean) {
    value = (value << 6) | alphabet.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/** CRC-24 of RFC 4880 §6.1. */
export function crc24(data: Uint8Array): number {
  let crc = 0xb704ce;
  for (const byte of data) {
    crc ^= byte << 16;
    for (let i = 0; i < 8; i++) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

function wrap(b64: string, width = 64): string {
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += width) lines.push(b64.slice(i, i + width));
  return lines.join('\n');
}

function encodeChecksum(crc: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  return [18, 12, 6, 0].map((shift) => alphabet[(crc >> shift) & 0x3f]).join('');
}

function decodeChecksum(text: string): number {
  const b = base64Decode(text);
  return (b[0] << 16) | (b[1] << 8) | b[2];
}

/** First bytes of armored key data: old-format packet tags 5/6 (0x94-0x9b) or new-format (0xc5/0xc6). */
function looksLikeKeyPacket(der: Uint8Array): boolean {
  if (der.length < 4) return false;
  const tag = der[0];
  return (tag >= 0x94 && tag <= 0x9b) || tag === 0xc5 || tag === 0xc6;
}

function normalizeArmor(label: string, rawBody: string): PemBlock {
  const multiLine = /\n/.test(rawBody.trim());
  let data: string;
  let checksum: string | undefined;
  if (multiLine) {
    const lines = rawBody.split(/\r\n|\r|\n/).map((l) => l.trim());
    while (lines.length > 0 && lines[0] === '') lines.shift();
    // Headers end at the first empty line, if the first line is a header.
    if (lines.length > 0 && /^[A-Z][A-Z0-9-]*: /i.test(lines[0])) {
      const blank = lines.indexOf('');
      lines.splice(0, blank === -1 ? lines.length : blank + 1);
    }
    const body = lines.filter((l) => l !== '');
    if (body.length > 0 && /^=[A-Z0-9+/]{4}$/i.test(body[body.length - 1])) checksum = body.pop()!.slice(1);
    data = body.join('');
  } else {
    let flat = rawBody.trim();
    const sum = /=([A-Z0-9+/]{4})$/i.exec(flat.replace(/\s+/g, ''));
    const compact = flat.replace(/\s+/g, '');
    if (sum) {
      checksum = sum[1];
      flat = compact.slice(0, compact.length - 5);
    } else {
      flat = compact;
    }
    const hasHeader = /^[A-Z][A-Z0-9-]*:/i.test(rawBody.trim());
    if (!hasHeader) {
      data = flat;
    } else {
      // Find where the base64 starts: the candidate whose decoded bytes match the checksum,
      // or (no checksum) start with a key packet and decode cleanly.
      const want = checksum !== undefined ? decodeChecksum(checksum) : undefined;
      let found: string | undefined;
      for (let start = 1; start < Math.min(flat.length, 4096) && found === undefined; start++) {
        const candidate = flat.slice(start);
        if (!B64_CHARS.test(candidate) || candidate.length % 4 !== 0) continue;
        let der: Uint8Array;
        try { der = base64Decode(candidate); } catch { continue; }
        if (want !== undefined ? crc24(der) === want : looksLikeKeyPacket(der)) found = candidate;
      }
      if (found === undefined) throw new PemError('cannot separate the armor headers from the key data; paste the key without header lines');
      data = found;
    }
  }
  if (!B64_CHARS.test(data) || data.length === 0) throw new PemError('the armored body is not base64');
  const der = base64Decode(data);
  if (checksum !== undefined && crc24(der) !== decodeChecksum(checksum)) throw new PemError('the armor checksum does not match (the key was altered or truncated)');
  // Always write the checksum line (computed when the input had none): GnuPG 2.2 misreads armor without it.
  const sum = checksum ?? encodeChecksum(crc24(der));
  const text = `-----BEGIN ${label}-----\n\n${wrap(data)}\n=${sum}\n-----END ${label}-----\n`;
  return { label, text, der, encrypted: false };
}

function normalizeRfc7468Block(label: string, rawBody: string): PemBlock {
  const body = rawBody.trim();
  const encrypted = /Proc-Type:\s*4,\s*ENCRYPTED/i.test(body) || /DEK-Info:/i.test(body);
  if (encrypted) return { label, text: '', der: new Uint8Array(0), encrypted: true };
  const compact = body.replace(/\s+/g, '');
  if (compact.length === 0 || !B64_CHARS.test(compact) || compact.length % 4 !== 0) throw new PemError(`the ${label} block is not valid base64`);
  const der = base64Decode(compact);
  // OpenSSH writes 70-column lines; any width parses, 64 is the PEM convention.
  const text = `-----BEGIN ${label}-----\n${wrap(compact, label === 'OPENSSH PRIVATE KEY' ? 70 : 64)}\n-----END ${label}-----\n`;
  return { label, text, der, encrypted: false };
}

/** Every block of the input, normalised. Throws PemError (message without any input) when none. */
export function parsePemBlocks(input: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  for (const match of input.matchAll(BLOCK)) {
    const [, label, body] = match;
    blocks.push(label.startsWith('PGP ') ? normalizeArmor(label, body) : normalizeRfc7468Block(label, body));
  }
  if (blocks.length === 0) throw new PemError('no -----BEGIN ...----- / -----END ...----- block found');
  return blocks;
}

/** Normalised text of all blocks joined (e.g. a CA bundle), one string. */
export function normalizePem(input: string): string {
  return parsePemBlocks(input).map((b) => b.text).join('');
}
