// Link-preview cards (Open Graph images), drawn at build time: satori lays
// out the text as SVG, resvg rasterises it to a 1200×630 PNG. Fonts come from
// the @fontsource packages in node_modules: no network. The card speaks the
// site's visual language: a serif title (the reading face; Source Serif 4
// stands in for the system serif stack), our words in a sans-serif blue-edged
// box, the article's red rule down the left edge, and the site's name. A
// paragraph's quote card shows the article's words as the site does: serif,
// between quotation marks, beside a red rule, with our claim title apart in
// the blue explainer style.
//
// Right to left: satori lays text out left to right only and does not shape Arabic, so a card in a right-to-left
// language (its input's `dir`) is drawn by Chromium, the one the build already prints the PDFs with, from the same
// tree made into HTML with its sides mirrored (./chromium.ts); the cache keeps those cards like the others.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { cacheDir, createCardCache, type CardCache, type Drawn } from './cache.ts';
import type { Card, CardDrawing, CardLanguage } from './cards.ts';
import { chromiumCard, chromiumFingerprint } from './chromium.ts';
import type { CardPool } from './pool.ts';
import { encodePng } from './png.ts';
import { OG_HEIGHT, OG_WIDTH, QUOTE_CHARS } from '../../lib/share/seo.ts';
// Resolve from the project, not from the bundled chunk (which may live in any --outDir).
const require = createRequire(join(process.cwd(), 'package.json'));
// The text of this file and of the PNG encoder, part of the cache key of every card (cache.ts). Read from the
// project for the same reason (and not as a Vite `?raw` import, which the card workers, plain Node, cannot use).
const SOURCES = ['image.ts', 'png.ts', 'chromium.ts'].map((f) => join(process.cwd(), 'src', 'outputs', 'og', f));
const font = (pkg: string, file: string) => readFile(require.resolve(`${pkg}/files/${file}`));

type FontSpec = { name: string; data: Buffer; weight: 400 | 600 | 700; style: 'normal' };
let fontsPromise: Promise<FontSpec[]> | undefined;
// Loaded once per build, shared by every card.
function fonts(): Promise<FontSpec[]> {
  fontsPromise ??= Promise.all([
    font('@fontsource/source-serif-4', 'source-serif-4-latin-400-normal.woff'),
    font('@fontsource/source-serif-4', 'source-serif-4-latin-700-normal.woff'),
    font('@fontsource/inter', 'inter-latin-400-normal.woff'),
    font('@fontsource/inter', 'inter-latin-600-normal.woff'),
    font('@fontsource/inter', 'inter-latin-700-normal.woff'),
  ]).then(([serif, serifBold, inter, interSemi, interBold]) => [
    { name: 'Source Serif 4', data: serif, weight: 400, style: 'normal' },
    { name: 'Source Serif 4', data: serifBold, weight: 700, style: 'normal' },
    { name: 'Inter', data: inter, weight: 400, style: 'normal' },
    { name: 'Inter', data: interSemi, weight: 600, style: 'normal' },
    { name: 'Inter', data: interBold, weight: 700, style: 'normal' },
  ]);
  return fontsPromise;
}

const version = (pkg: string): string => (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string }).version;

/**
 * What decides a card's pixels besides its inputs: this renderer's source (and its PNG encoder's), the
 * bytes of every font it uses, and the versions of satori and resvg. The card
 * cache (cache.ts) keys on it, so a change to any of them redraws every card.
 */
export async function rendererFingerprint(): Promise<string> {
  const hash = createHash('sha256').update(`satori@${version('satori')} resvg@${version('@resvg/resvg-js')} ${chromiumFingerprint()}`);
  for (const file of SOURCES) hash.update(readFileSync(file));
  for (const f of await fonts()) hash.update(`${f.name} ${f.weight}`).update(f.data);
  return hash.digest('hex');
}

let cache: CardCache | undefined;
/** The process's one card cache, so that one tally counts every card (the build's, or the dev server's). */
export function cardCache(): CardCache {
  cache ??= createCardCache({
    dir: cacheDir(),
    fingerprint: rendererFingerprint,
    enabled: process.env.OG_CACHE !== 'off',
    contentDir: process.env.CONTENT_DIR ?? 'content',
  });
  return cache;
}

/**
 * Draws one card here and now, and says how much CPU time of this thread it took. It resolves on a later turn of
 * the event loop: resvg's rendered pixels (3 MB a card, native memory) are freed by a finaliser that only runs
 * there, and a loop drawing card after card without one grew a thread to ~2 GB after 300 cards (6.7 GB at 30×
 * the content); the turn also lets the build answer its card workers between two cards.
 */
export async function drawCard(card: CardDrawing): Promise<Drawn> {
  const t0 = process.threadCpuUsage();
  const started = performance.now();
  const png = await (card.kind === 'site' ? siteCard(card.input) : card.kind === 'claim' ? claimCard(card.input) : quoteCard(card.input));
  const t = process.threadCpuUsage(t0);
  await nextTurn();
  // A card Chromium drew spent its time in Chromium's processes: its wall time is its cost.
  return card.input.dir === 'rtl' ? { png, ms: performance.now() - started, chromium: true } : { png, ms: (t.user + t.system) / 1000 };
}

export { closeCardBrowser } from './chromium.ts';

/**
 * One card's PNG: from the cache, else from the build's card pool (drawn by a worker, pool.ts), else drawn
 * here (no pool, as in `astro dev`, or a card the workers had not begun).
 */
export function renderCard(card: Card, pool?: CardPool): Promise<Uint8Array> {
  return cardCache().card(card.kind, card.input, () => pool?.take(card) ?? drawCard(card));
}

// The light scheme of src/styles/site.css.
const C = { bg: '#fdfcf9', text: '#1c1b19', muted: '#575651', rule: '#d6d3cb', quote: '#7a1f1f', oursBg: '#eef3f7', oursEdge: '#2f6690' };

export interface El {
  type: string;
  props: { style?: Record<string, unknown>; children?: string | El | (string | El)[] };
}
const div = (style: Record<string, unknown>, children: El['props']['children']): El => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** Largest size from `steps` ([maxChars, px]) that the text's length allows. */
export const fitSize = (text: string, steps: readonly [number, number][]): number => (steps.find(([max]) => text.length <= max) ?? steps[steps.length - 1]!)[1];

function frame(body: El[], siteName: string, host: string): El {
  return div({ width: '100%', height: '100%', background: C.bg, color: C.text, fontFamily: 'Inter' }, [
    // The article's red rule, as down the quoted text on every claim page.
    div({ width: 14, height: '100%', background: C.quote }, []),
    div({ flex: 1, flexDirection: 'column', padding: '52px 64px 44px 56px' }, [
      div({ flex: 1, flexDirection: 'column' }, body),
      div({ alignItems: 'center', justifyContent: 'space-between', borderTop: `2px solid ${C.rule}`, paddingTop: 22 }, [
        div({ fontSize: 30, fontWeight: 700 }, siteName),
        div({ fontSize: 26, color: C.muted }, host),
      ]),
    ]),
  ]);
}

async function toPng(tree: El, { lang, dir }: CardLanguage): Promise<Uint8Array> {
  if (dir === 'rtl') return chromiumCard(tree, { lang, dir });
  const svg = await satori(tree as Parameters<typeof satori>[0], { width: OG_WIDTH, height: OG_HEIGHT, fonts: await fonts() });
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: OG_WIDTH }, font: { loadSystemFonts: false } }).render();
  // Our encoder, not image.asPng(): the same pixels, in about half the time and bytes (png.ts).
  return encodePng(image.pixels, image.width, image.height, { premultiplied: true });
}

/** One claim's card: where it sits in the argument, its title, its one-sentence claim. */
export function claimCard(
  input: { kicker: string; ours: string; title: string; claim: string; siteName: string; host: string } & CardLanguage,
): Promise<Uint8Array> {
  const { kicker, ours, title, claim, siteName, host } = input;
  const titleSize = fitSize(title, [
    [24, 80],
    [36, 68],
    [60, 52],
  ]);
  const claimSize = fitSize(claim, [
    [140, 44],
    [175, 42],
    [200, 36],
    [220, 32],
  ]);
  return toPng(
    frame(
      [
        div({ fontSize: 24, fontWeight: 600, color: C.muted, letterSpacing: 1.5, textTransform: 'uppercase' }, kicker),
        div({ fontFamily: 'Source Serif 4', fontWeight: 700, fontSize: titleSize, lineHeight: 1.1, marginTop: 14 }, title),
        div(
          {
            flexDirection: 'column',
            marginTop: 28,
            padding: '20px 28px 24px',
            background: C.oursBg,
            borderLeft: `8px solid ${C.oursEdge}`,
            borderRadius: '0 10px 10px 0',
          },
          [
            div({ fontSize: 20, fontWeight: 700, color: C.muted, letterSpacing: 1.2, textTransform: 'uppercase' }, ours),
            div({ fontSize: claimSize, fontWeight: 600, lineHeight: 1.3, marginTop: 8 }, claim),
          ],
        ),
      ],
      siteName,
      host,
    ),
    input,
  );
}

/** The site-wide card, for pages without their own. */
export function siteCard(input: { siteName: string; tagline: string; kicker: string; host: string } & CardLanguage): Promise<Uint8Array> {
  const { siteName, tagline, kicker, host } = input;
  return toPng(
    frame(
      [
        div({ fontSize: 24, fontWeight: 600, color: C.muted, letterSpacing: 1.5, textTransform: 'uppercase' }, kicker),
        div({ fontFamily: 'Source Serif 4', fontWeight: 700, fontSize: 84, lineHeight: 1.05, marginTop: 18 }, siteName),
        div(
          { marginTop: 34, padding: '20px 28px 24px', background: C.oursBg, borderLeft: `8px solid ${C.oursEdge}`, borderRadius: '0 10px 10px 0' },
          div({ fontSize: 36, fontWeight: 600, lineHeight: 1.3 }, tagline),
        ),
      ],
      siteName,
      host,
    ),
    input,
  );
}

/**
 * One paragraph's quote card: its ¶ number, its words (already shortened by the
 * caller: seo.ts quoteWords) in the article style, its claim's title in ours.
 */
export function quoteCard(
  input: { n: number; kicker: string; words: string; quoted: string; claimLabel: string; claimTitle: string; siteName: string; host: string } & CardLanguage,
): Promise<Uint8Array> {
  const { kicker, words, quoted, claimLabel, claimTitle, siteName, host } = input;
  // QUOTE_CHARS (seo.ts) is sized for six lines at the smallest step.
  const size = fitSize(words, [
    [90, 56],
    [150, 50],
    [200, 46],
    [QUOTE_CHARS, 42],
  ]);
  return toPng(
    frame(
      [
        div({ fontSize: 24, fontWeight: 600, color: C.muted, letterSpacing: 1.5, textTransform: 'uppercase' }, kicker),
        div(
          {
            marginTop: 18,
            paddingLeft: 28,
            borderLeft: `4px solid ${C.quote}`,
            fontFamily: 'Source Serif 4',
            fontWeight: 400,
            fontSize: size,
            lineHeight: 1.3,
          },
          // The language's quotation marks around the words, never inside them: the text itself is as the article has it.
          div({ flexWrap: 'wrap' }, quoted),
        ),
        div(
          {
            alignItems: 'center',
            marginTop: 'auto',
            marginBottom: 22,
            paddingLeft: 18,
            borderLeft: `8px solid ${C.oursEdge}`,
            fontSize: 28,
            fontWeight: 600,
            color: C.text,
          },
          [div({ color: C.muted, fontWeight: 400, marginRight: 10 }, claimLabel), div({}, claimTitle)],
        ),
      ],
      siteName,
      host,
    ),
    input,
  );
}
