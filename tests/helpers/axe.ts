// axe-core in a real page, run once per colour scheme on one page load.
//
// Why not @axe-core/playwright's AxeBuilder: its analyze() injects axe into
// every frame, runs axe.runPartial, then opens a second, blank page to run
// axe.finishRun there. On these pages (no frames) that cost 1.3–4 s a run, of
// which axe's own checks are 0.2–0.8 s (measured on /sources/: 4.1 s against
// 0.6 s). Here axe-core's script is evaluated in the page once and axe.run is
// called for each scheme; a page with frames is refused rather than checked in
// part (axe.run alone does not look inside a frame it was not injected into).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** WCAG 2.2 A and AA, and axe's best practices: what every page of the site is held to. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] as const;

let source: string | undefined;
const axeSource = () => (source ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));

export interface AxeOptions {
  /** Colour schemes to check, in order, each with prefers-color-scheme emulated (default: light, then dark). */
  schemes?: readonly ('light' | 'dark')[];
  /** Only this part of the page (a CSS selector), as AxeBuilder's include(). */
  include?: string;
  /** axe's runOnly: tags (default AXE_TAGS), or `{ rules }` for named rules only. */
  only?: { tags: readonly string[] } | { rules: readonly string[] };
}

/**
 * Every axe violation on `page`, one line per rule and scheme:
 * "<scheme>: <rule>: <help> — <first three targets>". Empty means clean.
 */
export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  const { schemes = ['light', 'dark'], include, only = { tags: AXE_TAGS } } = options;
  const frames = page.frames().length;
  if (frames > 1) throw new Error(`axeViolations: ${page.url()} has ${frames - 1} frame(s), which this check would not look inside`);
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource());
  const runOnly = 'tags' in only ? { type: 'tag', values: [...only.tags] } : { type: 'rule', values: [...only.rules] };
  const lines: string[] = [];
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme });
    const violations = await page.evaluate(
      async ({ include, runOnly }) => {
        const axe = (
          window as unknown as {
            axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> };
          }
        ).axe;
        // resultTypes: only violations are collected node by node (passes are not needed: a quarter faster).
        const result = await axe.run(include ? { include: [include] } : document, { runOnly, resultTypes: ['violations'] });
        return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
      },
      { include, runOnly },
    );
    for (const v of violations) lines.push(`${scheme}: ${v.id}: ${v.help} — ${v.targets.slice(0, 3).join(', ')}`);
  }
  return lines;
}
