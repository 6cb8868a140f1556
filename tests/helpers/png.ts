// Width and height of a PNG, read from its IHDR chunk; undefined if the file is not a PNG.
import { readFileSync } from 'node:fs';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function pngSize(bytes: Uint8Array | string): { width: number; height: number } | undefined {
  const buf = typeof bytes === 'string' ? readFileSync(bytes) : Buffer.from(bytes);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(SIGNATURE) || buf.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}
