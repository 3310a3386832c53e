// Draws icon.png (256x256): a teal tile with a white conduit (pipe) through a padlock.
// Run `node scripts/make-icon.mjs` to regenerate; the PNG is committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const S = 256;
const px = new Uint8Array(S * S * 4);
const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};
const set = (x, y, [r, g, b, a]) => { const i = (y * S + x) * 4; px[i] = r; px[i + 1] = g; px[i + 2] = b; px[i + 3] = a; };
for (let y = 0; y < S; y++) {
  for (let x = 0; x < S; x++) {
    const sx = x + 0.5, sy = y + 0.5;
    if (!inRoundRect(sx, sy, 8, 8, 248, 248, 48)) { set(x, y, [0, 0, 0, 0]); continue; }
    const t = sy / S; // vertical gradient, teal to deep blue
    let c = [Math.round(0 + 20 * t), Math.round(150 - 60 * t), Math.round(160 - 10 * t), 255];
    // the conduit: a horizontal pipe with flanges
    const pipe = sy >= 112 && sy <= 144 && sx >= 28 && sx <= 228;
    const flange = (sx >= 28 && sx <= 44 || sx >= 212 && sx <= 228) && sy >= 100 && sy <= 156;
    if (pipe || flange) c = [235, 248, 250, 255];
    // the padlock: shackle (ring) and body
    const d = Math.hypot(sx - 128, sy - 104);
    const shackle = d >= 22 && d <= 34 && sy <= 112;
    const body = inRoundRect(sx, sy, 88, 104, 168, 176, 10);
    if (shackle || body) c = [255, 255, 255, 255];
    const keyhole = Math.hypot(sx - 128, sy - 132) <= 9 || (Math.abs(sx - 128) <= 4 && sy >= 132 && sy <= 156);
    if (keyhole) c = [10, 100, 130, 255];
    set(x, y, c);
  }
}
const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};
const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(S, 0); ihdr.writeUInt32BE(S, 4); ihdr[8] = 8; ihdr[9] = 6;
const raw = Buffer.alloc(S * (S * 4 + 1));
for (let y = 0; y < S; y++) { raw[y * (S * 4 + 1)] = 0; Buffer.from(px.buffer, y * S * 4, S * 4).copy(raw, y * (S * 4 + 1) + 1); }
writeFileSync('icon.png', Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]));
console.log('icon.png written');
