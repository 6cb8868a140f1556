// Reading a printed pamphlet back the way a reader sees it, for tests/browser/pdf.test.ts:
// where the words are on each page (poppler's `pdftotext -bbox-layout`), how far down each page
// the ink goes (`pdftoppm`, grey, low resolution), and how tall the type is.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';

export interface Word {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface Line {
  text: string;
  words: Word[];
  yMin: number;
  yMax: number;
}
/** One page: its lines in poppler's reading order. */
export type PageWords = Line[];

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every page's lines and words, with their boxes in PostScript points from the page's top left. */
export function pdfWords(file: string): PageWords[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 128 * 1024 * 1024 });
  return xml
    .split(/<page\b/)
    .slice(1)
    .map((page) =>
      [...page.matchAll(/<line\b[^>]*>([\s\S]*?)<\/line>/g)].map((m) => {
        const words = [...m[1]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
          xMin: Number(w[1]),
          yMin: Number(w[2]),
          xMax: Number(w[3]),
          yMax: Number(w[4]),
          text: decode(w[5]!),
        }));
        return {
          words,
          text: words.map((w) => w.text).join(' '),
          yMin: Math.min(...words.map((w) => w.yMin)),
          yMax: Math.max(...words.map((w) => w.yMax)),
        };
      }),
    );
}

/** Dark pixels a row needs to count as ink: fewer is a rule running down the page, not text. */
const MIN_INK = 4;

/**
 * How much of each page's text area is left blank below its last ink, as a fraction of the
 * area's height (0: ink down to the bottom margin; 1: an empty page). Rendered with pdftoppm,
 * grey, at `dpi`: anything darker than light grey counts as ink (text, box edges, QR codes; the
 * light tint of our boxes does not), so it measures what a reader sees, whatever drew it. A row
 * with only a pixel or two of ink is a vertical rule (the article's red rule, which runs to the
 * foot of a page whenever the quoted text carries on overleaf, however empty the page beside
 * it), so it does not count. The margins (running head, page number) are left out.
 */
export function blankBelow(file: string, margin: { top: number; bottom: number }, dpi = 24): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-ink-'));
  try {
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), file, join(dir, 'p')]);
    return readdirSync(dir)
      .sort()
      .map((name) => {
        const pgm = readFileSync(join(dir, name));
        const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 32).toString('latin1'))!;
        const [w, h] = [Number(header[1]), Number(header[2])];
        const pixels = pgm.subarray(header[0].length);
        const px = dpi / 72;
        const top = Math.ceil(margin.top * px);
        const bottom = Math.floor(h - margin.bottom * px);
        let last = top;
        for (let y = top; y < bottom; y++) {
          let dark = 0;
          for (let x = 0; x < w; x++) if (pixels[y * w + x]! < 200) dark++;
          if (dark >= MIN_INK) last = y + 1;
        }
        return (bottom - last) / (bottom - top);
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The height poppler gives a word of a 1 pt font of `family` embedded in the PDF: its
 * FontDescriptor's Ascent − Descent (poppler draws word boxes from them). A word's box height
 * divided by it is its type size in points.
 */
export async function boxPerPoint(file: string, family: string): Promise<number> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const squash = (s: string) => s.replace(/\s+/g, '');
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    const name = obj.get(PDFName.of('FontName'))?.toString() ?? '';
    if (!name.includes(squash(family))) continue;
    const ascent = obj.get(PDFName.of('Ascent'));
    const descent = obj.get(PDFName.of('Descent'));
    if (ascent instanceof PDFNumber && descent instanceof PDFNumber) return (ascent.asNumber() - descent.asNumber()) / 1000;
  }
  throw new Error(`${file}: no embedded ${family} with an Ascent and Descent`);
}

/**
 * A right-to-left page's text in reading order, from where poppler puts each piece of it. Poppler's own text of
 * an Arabic line is not in order: a shaped word comes in pieces, a piece moved up or down by the font's cursive
 * joins is taken for another line, and each piece's letters are given as they are drawn, left to right. So the
 * pieces (`pdftotext -bbox`) inside the text area are grouped into lines by where they stand, each line read right
 * to left (its characters reversed), and the runs written left to right inside it (numbers, Latin words) turned
 * back. Enough to compare letters in order (../helpers/pdf-text.ts rtlComparable), not to typeset.
 */
export function rtlPageTexts(file: string, area: { top: number; bottom: number }): string[] {
  const xml = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 128 * 1024 * 1024 });
  return xml
    .split(/<page\b/)
    .slice(1)
    .map((page) => {
      const words = [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)]
        .map((w) => ({ xMin: Number(w[1]), yMin: Number(w[2]), xMax: Number(w[3]), yMax: Number(w[4]), text: decode(w[5]!) }))
        .filter((w) => w.yMin >= area.top && w.yMax <= area.bottom)
        .sort((a, b) => a.yMin - b.yMin);
      // A piece of the same type size starting within about half a line of a line's first piece is on that line (a
      // cursive join moves a piece a few points up or down; the next line starts a whole line lower).
      const heights = words.map((w) => w.yMax - w.yMin).sort((a, b) => a - b);
      const median = heights[Math.floor(heights.length / 2)] ?? 10;
      const tolerance = 0.45 * median;
      const lines: { words: typeof words }[] = [];
      for (const w of words) {
        const line = lines.at(-1);
        const first = line?.words[0];
        // (A display-size piece, a title's, never joins a line of smaller type: superscript marks and ¶ numbers may.)
        const [small, large] = first ? [w.yMax - w.yMin, first.yMax - first.yMin].sort((a, b) => a - b) : [0, 0];
        const sameSize = large! < 1.6 * small! || large! <= 1.6 * median;
        if (line && first && sameSize && w.yMin - first.yMin < tolerance) line.words.push(w);
        else lines.push({ words: [w] });
      }
      return lines
        .map((line) =>
          visualToLogical(
            line.words
              .sort((a, b) => a.xMin - b.xMin)
              .map((w) => w.text)
              .join(' '),
          ),
        )
        .join('\n');
    });
}

const LTR_RUN = /[\p{Script=Latin}\p{N}](?:[\p{Script=Latin}\p{N}.,:/@_-]|\s(?=[\p{Script=Latin}\p{N}]))*/gu;
/** A right-to-left line as poppler gives it, drawn left to right, in reading order: reversed, its left-to-right runs turned back. */
export const visualToLogical = (drawn: string): string =>
  /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(drawn)
    ? [...drawn]
        .reverse()
        .join('')
        .replace(LTR_RUN, (run) => [...run].reverse().join(''))
    : drawn;
