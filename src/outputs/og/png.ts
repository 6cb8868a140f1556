// A lossless PNG encoder for the link-preview cards. resvg's own asPng() writes
// 8-bit RGBA through a slow general-purpose encoder: half of a card's drawing
// time. A card is flat colours and anti-aliased text in a few hues, a few
// dozen to a hundred distinct colours, so it fits a palette: one byte per pixel
// instead of four, which deflate (Node's zlib, native) packs several times
// faster and smaller. The pixels decode exactly as resvg rendered them; an
// image of more than 256 colours is written as RGBA instead.
import { constants, crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
// Palette rows are long runs of one index: deflate's run-length strategy packs them in a fifth of the
// default's time (2 ms against 11 for a card), at 30 KB against 22 (resvg's own PNG: 56 KB).
const PALETTE_DEFLATE = { strategy: constants.Z_RLE };
// The rare image of more than 256 colours: zlib's defaults.
const RGBA_DEFLATE = { level: 6 };

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function header(width: number, height: number, colourType: 3 | 6): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr[8] = 8; // bit depth
  ihdr[9] = colourType; // 3: palette, 6: RGBA
  // [10..12]: deflate, adaptive filtering, no interlace (all zero)
  return chunk('IHDR', ihdr);
}

const TABLE_BITS = 12;
const TABLE = 1 << TABLE_BITS; // 16 slots per colour at most: short probes

/**
 * Pixels as rows of palette indices (each row led by filter type 0), and the
 * palette in order of first use as RGBA bytes; undefined when there are more
 * than 256 colours.
 */
export function toPalette(rgba: Uint8Array, width: number, height: number): { rows: Uint8Array; palette: Uint8Array } | undefined {
  if (rgba.length !== width * height * 4) throw new Error(`png-encode: ${rgba.length} bytes are not ${width}×${height} RGBA pixels`);
  // A pixel as one 32-bit number (in the machine’s byte order: only compared, never decoded); signed, so
  // that V8 keeps it a small integer (an opaque pixel is above 2³¹ unsigned, a heap number on every read).
  const pixels = new Int32Array(rgba.byteOffset % 4 ? rgba.slice().buffer : rgba.buffer, rgba.byteOffset % 4 ? 0 : rgba.byteOffset, width * height);
  const rows = new Uint8Array((width + 1) * height);
  // An open-addressing hash table (colour → index + 1), far cheaper per pixel than a Map.
  const keys = new Int32Array(TABLE);
  const slots = new Uint16Array(TABLE);
  let size = 0;
  const palette = new Uint8Array(256 * 4);
  let last = -1;
  let lastIndex = 0;
  let at = 0;
  const stride = width * 4;
  for (let y = 0, p = 0; y < height; y++) {
    rows[at++] = 0; // filter: none (palette indices do not gain from prediction)
    // A row like the one above (margins, flat bands: most of a card) is copied, not looked up pixel by pixel.
    if (y > 0 && Buffer.compare(rgba.subarray(p * 4, p * 4 + stride), rgba.subarray(p * 4 - stride, p * 4)) === 0) {
      rows.copyWithin(at, at - width - 1, at - 1);
      at += width;
      p += width;
      continue;
    }
    for (let x = 0; x < width; x++, p++) {
      const c = pixels[p]!;
      // Most pixels repeat their neighbour's colour: skip the lookup.
      if (c !== last) {
        let h = Math.imul(c, 0x9e3779b1) >>> (32 - TABLE_BITS);
        while (slots[h] !== 0 && keys[h] !== c) h = (h + 1) & (TABLE - 1);
        if (slots[h] === 0) {
          if (size === 256) return undefined;
          keys[h] = c;
          slots[h] = ++size;
          palette.set(rgba.subarray(p * 4, p * 4 + 4), (size - 1) * 4);
        }
        last = c;
        lastIndex = slots[h]! - 1;
      }
      rows[at++] = lastIndex;
    }
  }
  return { rows, palette: palette.subarray(0, size * 4) };
}

// PNG stores straight alpha; a renderer's pixmap is premultiplied (resvg's `pixels` is tiny-skia's buffer).
const demultiply = (v: number, a: number) => (a === 0 || a === 255 ? v : Math.min(255, Math.round((v * 255) / a)));

/**
 * A PNG of `width`×`height` 8-bit RGBA pixels, lossless. `premultiplied`: the
 * colour channels are multiplied by alpha (as resvg renders them), and are
 * divided back as asPng() does; opaque pixels are the same either way.
 */
export function encodePng(rgba: Uint8Array, width: number, height: number, options: { premultiplied?: boolean } = {}): Uint8Array {
  const palette = toPalette(rgba, width, height);
  if (!palette) {
    const stride = width * 4;
    const rows = new Uint8Array((stride + 1) * height);
    for (let y = 0; y < height; y++) rows.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
    if (options.premultiplied)
      for (let y = 0; y < height; y++)
        for (let i = y * (stride + 1) + 1, end = i + stride; i < end; i += 4) {
          const a = rows[i + 3]!;
          if (a !== 255) for (let k = 0; k < 3; k++) rows[i + k] = demultiply(rows[i + k]!, a);
        }
    return concat([SIGNATURE, header(width, height, 6), chunk('IDAT', deflateSync(rows, RGBA_DEFLATE)), chunk('IEND', new Uint8Array())]);
  }
  const { rows, palette: colours } = palette;
  const n = colours.length / 4;
  const plte = new Uint8Array(n * 3);
  const alpha = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const a = colours[i * 4 + 3]!;
    for (let k = 0; k < 3; k++) plte[i * 3 + k] = options.premultiplied ? demultiply(colours[i * 4 + k]!, a) : colours[i * 4 + k]!;
    alpha[i] = a;
  }
  // tRNS only if some colour is not opaque, and only up to the last such entry (the rest default to opaque).
  let lastTranslucent = -1;
  alpha.forEach((a, i) => a !== 255 && (lastTranslucent = i));
  return concat([
    SIGNATURE,
    header(width, height, 3),
    chunk('PLTE', plte),
    ...(lastTranslucent >= 0 ? [chunk('tRNS', alpha.subarray(0, lastTranslucent + 1))] : []),
    chunk('IDAT', deflateSync(rows, PALETTE_DEFLATE)),
    chunk('IEND', new Uint8Array()),
  ]);
}
