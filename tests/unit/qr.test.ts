// QR codes for the pamphlet: the SVG draws exactly the modules uqr encodes,
// with a full quiet zone, an accessible name, and nothing fetched.
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { printableUrl, qrMatrix, qrPath, qrSvg, QUIET_ZONE } from '../../src/lib/print/qr.ts';

const URL_ = 'https://anchorage-explainer.example.org/us-calculation/';

/** Dark cells drawn by a path of "M x y h w v 1 h -w z" runs. */
function cellsOf(d: string): Set<string> {
  const cells = new Set<string>();
  for (const m of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    const [x, y, w, back] = m.slice(1).map(Number) as [number, number, number, number];
    expect(back).toBe(w);
    for (let i = 0; i < w; i++) cells.add(`${x + i},${y}`);
  }
  return cells;
}

describe('qrSvg', () => {
  it('draws every dark module of the code and nothing else, offset by the quiet zone', () => {
    const { data } = encode(URL_, { ecc: 'M', border: 0 });
    const expected = new Set<string>();
    data.forEach((row, y) => row.forEach((dark, x) => dark && expected.add(`${x + QUIET_ZONE},${y + QUIET_ZONE}`)));
    const d = /<path fill="#000" d="([^"]+)"/.exec(qrSvg(URL_, { label: 'x' }))![1]!;
    expect(cellsOf(d)).toEqual(expected);
    expect(d).toBe(qrPath(qrMatrix(URL_)));
  });

  it('has a white square with a 4-module quiet zone all round, so it scans dark-on-light in any colour scheme', () => {
    const size = qrMatrix(URL_).length;
    expect(size).toBeGreaterThanOrEqual(21);
    const svg = qrSvg(URL_, { label: 'x' });
    const box = size + 2 * QUIET_ZONE;
    expect(QUIET_ZONE).toBe(4);
    expect(svg).toContain(`viewBox="0 0 ${box} ${box}"`);
    expect(svg).toContain(`<rect width="${box}" height="${box}" fill="#fff"/>`);
    const cells = [...cellsOf(qrPath(qrMatrix(URL_)))].map((c) => c.split(',').map(Number) as [number, number]);
    expect(Math.min(...cells.flat())).toBe(QUIET_ZONE);
    expect(Math.max(...cells.flat())).toBe(QUIET_ZONE + size - 1);
  });

  it('keeps the three finder patterns (7×7 squares) in the corners', () => {
    const m = qrMatrix(URL_);
    const n = m.length;
    for (const [ox, oy] of [
      [0, 0],
      [n - 7, 0],
      [0, n - 7],
    ] as const) {
      for (let i = 0; i < 7; i++) {
        expect(m[oy]![ox + i]).toBe(true);
        expect(m[oy + 6]![ox + i]).toBe(true);
        expect(m[oy + i]![ox]).toBe(true);
        expect(m[oy + i]![ox + 6]).toBe(true);
      }
      expect(m[oy + 1]![ox + 1]).toBe(false);
      expect(m[oy + 3]![ox + 3]).toBe(true);
    }
  });

  it('is an image with an accessible name, escaped, and needs no request', () => {
    const svg = qrSvg(URL_, { label: 'QR code to “x” & <y>', className: 'qr' });
    expect(svg).toMatch(/^<svg class="qr" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="[^"]+" role="img" aria-label="QR code to “x” &amp; &lt;y&gt;"/);
    expect(svg).not.toMatch(/href|url\(|<image|<script/);
  });

  it('is deterministic (the build must not change between runs)', () => {
    expect(qrSvg(URL_, { label: 'a' })).toBe(qrSvg(URL_, { label: 'a' }));
  });
});

describe('printableUrl', () => {
  it('writes an address as a reader types it', () => {
    expect(printableUrl(URL_)).toBe('anchorage-explainer.example.org/us-calculation/');
    expect(printableUrl('https://www.example.org/')).toBe('example.org');
    expect(printableUrl('https://example.org/a/#p12')).toBe('example.org/a/#p12');
  });
});
