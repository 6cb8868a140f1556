// A link-preview card drawn by Chromium, for a language written right to left (./image.ts): satori lays text out
// left to right only and does not join Arabic letters. The card's tree (the one satori would draw) is written as
// HTML, each box a flex box as satori's are, with its sides mirrored for the direction (the article's rule, the
// padding beside it, the box edges and corners: the left of a left-to-right card is the right of this one), and its
// typefaces those of the PDFs for its language (../fonts.ts), as data; then Chromium takes its picture at 1200×630.
// One Chromium for the build's right-to-left cards, launched at the first and closed when the cards are written
// (../og/integration.ts); `astro dev` keeps it while it runs.
import { readFileSync, statSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { escapeAttr, escapeText } from '../../lib/escape.ts';
import { OG_HEIGHT, OG_WIDTH } from '../../lib/share/seo.ts';
import { fontsFor } from '../fonts.ts';
import { findChromium, launchChromium } from '../pdf/chromium.ts';
import type { CardLanguage } from './cards.ts';
import type { El } from './image.ts';

/** CSS properties whose numbers have no unit. */
const UNITLESS = new Set(['fontWeight', 'lineHeight', 'flex', 'opacity', 'zIndex', 'flexGrow', 'flexShrink']);

/** A side's name swapped, for a right-to-left card: paddingLeft ↔ paddingRight, borderLeft ↔ borderRight. */
const swapSide = (name: string) => name.replace(/Left|Right/, (side) => (side === 'Left' ? 'Right' : 'Left'));

/** Four-value shorthands mirrored: padding (top right bottom left) and border-radius (top-left top-right bottom-right bottom-left). */
function mirrorShorthand(name: string, value: string): string {
  const v = value.trim().split(/\s+/);
  if (v.length !== 4) return value;
  if (name === 'borderRadius') return [v[1], v[0], v[3], v[2]].join(' ');
  if (name === 'padding' || name === 'margin') return [v[0], v[3], v[2], v[1]].join(' ');
  return value;
}

/** A style object as CSS, mirrored for `dir`. Letter spacing goes in a right-to-left card: it would pull joined letters apart. */
function css(style: Record<string, unknown>, dir: CardLanguage['dir']): string {
  return Object.entries(style)
    .filter(([name]) => !(dir === 'rtl' && name === 'letterSpacing'))
    .map(([name, raw]) => {
      const prop = dir === 'rtl' ? swapSide(name) : name;
      let value = typeof raw === 'number' && !UNITLESS.has(name) ? `${raw}px` : String(raw);
      if (dir === 'rtl') value = mirrorShorthand(name, value);
      return `${prop.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${value}`;
    })
    .join(';');
}

/** The tree as HTML: every box a flex box, as in satori. */
function toHtml(node: El | string, dir: CardLanguage['dir']): string {
  if (typeof node === 'string') return escapeText(node);
  const kids = node.props.children;
  const inner = (Array.isArray(kids) ? kids : kids === undefined ? [] : [kids]).map((k) => toHtml(k, dir)).join('');
  return `<div style="${escapeAttr(css({ display: 'flex', ...node.props.style }, dir))}">${inner}</div>`;
}

/** The cards' page for a language: its typefaces as data (no request), its language and direction; each card goes in its body. */
export function cardPage({ lang, dir }: CardLanguage, body = ''): string {
  const faces = fontsFor(lang)
    .map(
      (f) =>
        `@font-face{font-family:'${f.family}';font-style:${f.style};font-weight:${f.weight};src:url(data:font/woff2;base64,${readFileSync(f.file).toString('base64')}) format('woff2');unicode-range:${f.unicodeRange}}`,
    )
    .join('\n');
  return `<!DOCTYPE html><html lang="${escapeAttr(lang)}" dir="${dir}"><head><meta charset="utf-8"><style>${faces}
html,body{margin:0;width:${OG_WIDTH}px;height:${OG_HEIGHT}px;overflow:hidden}div{box-sizing:border-box;min-width:0}</style></head><body>${body}</body></html>`;
}

let browser: Promise<Browser> | undefined;
// One page per language, its typefaces loaded once: each card replaces its body (decoding the faces for every
// card cost more than drawing it). Cards are drawn one at a time.
const pages = new Map<string, Promise<Page>>();
let queue: Promise<unknown> = Promise.resolve();

/** The card, drawn by Chromium: a PNG of 1200×630. */
export function chromiumCard(tree: El, language: CardLanguage): Promise<Uint8Array> {
  const draw = async () => {
    browser ??= launchChromium();
    const key = `${language.lang} ${language.dir}`;
    let ready = pages.get(key);
    if (!ready) {
      ready = (async () => {
        const page = await (await browser!).newPage({ viewport: { width: OG_WIDTH, height: OG_HEIGHT }, deviceScaleFactor: 1 });
        await page.setContent(cardPage(language), { waitUntil: 'load' });
        return page;
      })();
      pages.set(key, ready);
    }
    const page = await ready;
    await page.evaluate(
      async (html) => {
        document.body.innerHTML = html;
        await document.fonts.ready;
      },
      toHtml(tree, language.dir),
    );
    return new Uint8Array(await page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: OG_WIDTH, height: OG_HEIGHT } }));
  };
  const drawn = queue.then(draw, draw);
  queue = drawn.catch(() => {});
  return drawn;
}

/** Closes the cards' Chromium, if one was launched. */
export async function closeCardBrowser(): Promise<void> {
  const open = browser;
  browser = undefined;
  pages.clear();
  if (open) await (await open).close();
}

/** What decides a Chromium card's pixels besides its inputs and this source: which Chromium (its file's size and date). */
export function chromiumFingerprint(): string {
  try {
    const path = findChromium();
    const { size, mtimeMs } = statSync(path);
    return `chromium ${path} ${size} ${Math.round(mtimeMs)}`;
  } catch {
    return 'no chromium';
  }
}
