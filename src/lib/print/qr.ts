// QR codes for the printed pamphlet, made at build time as inline SVG (no
// network, no script, no image request). One <path> draws every dark module,
// run by run, so a code costs about a kilobyte and prints crisp at any size.
import { encode } from 'uqr';
import { escapeAttr } from '../escape.ts';

/** White modules around the code: the QR spec asks for 4, so a scanner finds it even on a busy page. */
export const QUIET_ZONE = 4;

export interface QrOptions {
  /** Accessible name of the image, e.g. "QR code for https://…/some-claim/". */
  label: string;
  /** Extra class on the <svg>. */
  className?: string;
  /** Error correction: M (15 %) survives a crease or a smudge at these sizes. */
  ecc?: 'L' | 'M' | 'Q' | 'H';
}

/** The module matrix (true = dark), without quiet zone. */
export function qrMatrix(text: string, ecc: QrOptions['ecc'] = 'M'): boolean[][] {
  return encode(text, { ecc, border: 0 }).data;
}

/** SVG path data drawing the dark modules of `matrix`, offset by the quiet zone; horizontal runs are merged. */
export function qrPath(matrix: readonly (readonly boolean[])[], offset = QUIET_ZONE): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      parts.push(`M${start + offset} ${y + offset}h${x - start}v1h${start - x}z`);
    }
  });
  return parts.join('');
}

/**
 * An accessible inline SVG QR code for `text`: dark modules on an explicit
 * white square (a code must stay dark-on-light even in a dark colour scheme).
 * Size it with CSS; the viewBox is in modules.
 */
export function qrSvg(text: string, { label, className, ecc = 'M' }: QrOptions): string {
  const matrix = qrMatrix(text, ecc);
  const size = matrix.length + 2 * QUIET_ZONE;
  const cls = className ? ` class="${escapeAttr(className)}"` : '';
  return (
    `<svg${cls} xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeAttr(label)}" shape-rendering="crispEdges">` +
    `<rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path fill="#000" d="${qrPath(matrix)}"/>` +
    `</svg>`
  );
}

/** How an address is written on paper: no scheme, no "www.", e.g. "example.org/some-claim/". */
export function printableUrl(url: string | URL): string {
  const u = new URL(url);
  return `${u.host.replace(/^www\./, '')}${u.pathname === '/' ? '' : u.pathname}${u.search}${u.hash}`;
}
