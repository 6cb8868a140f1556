// Width and height of a PNG, read from its IHDR chunk; undefined if the file is not a PNG. And its pixels.
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function pngSize(bytes: Uint8Array | string): { width: number; height: number } | undefined {
  const buf = typeof bytes === 'string' ? readFileSync(bytes) : Buffer.from(bytes);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(SIGNATURE) || buf.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** A PNG's pixels as RGBA (8-bit RGB, RGBA or palette, not interlaced: what the card renderers write), for tests that look at an image. */
export function pngPixels(bytes: Uint8Array | string): { width: number; height: number; rgba: Uint8Array } {
  const buf = Buffer.from(typeof bytes === 'string' ? readFileSync(bytes) : bytes);
  let at = 8;
  let width = 0;
  let height = 0;
  let colour = 0;
  const data: Buffer[] = [];
  let palette = Buffer.alloc(0);
  while (at < buf.length) {
    const length = buf.readUInt32BE(at);
    const type = buf.toString('latin1', at + 4, at + 8);
    const body = buf.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      [width, height, colour] = [body.readUInt32BE(0), body.readUInt32BE(4), body[9]!];
      if (body[8] !== 8 || body[12] !== 0 || ![2, 3, 6].includes(colour)) throw new Error('pngPixels reads 8-bit RGB, RGBA or palette PNGs, not interlaced');
    } else if (type === 'PLTE') palette = Buffer.from(body);
    else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const channels = colour === 6 ? 4 : colour === 2 ? 3 : 1;
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const out = new Uint8Array(width * height * 4);
  let previous = new Uint8Array(stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? row[x - channels]! : 0;
      const b = previous[x]!;
      const c = x >= channels ? previous[x - channels]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter] ?? 0;
      row[x] = (line[x]! + predicted) & 0xff;
    }
    for (let x = 0; x < width; x++) {
      if (channels === 1) {
        for (let k = 0; k < 3; k++) out[(y * width + x) * 4 + k] = palette[row[x]! * 3 + k]!;
        out[(y * width + x) * 4 + 3] = 255;
        continue;
      }
      for (let k = 0; k < 3; k++) out[(y * width + x) * 4 + k] = row[x * channels + k]!;
      out[(y * width + x) * 4 + 3] = channels === 4 ? row[x * channels + 3]! : 255;
    }
    previous = row;
  }
  return { width, height, rgba: out };
}
