// The scale bench's content generator (scripts/lib/synthetic-content.ts): what it writes is a
// content folder the engine accepts as it is (schemas, cross-file checks, every quote found once
// in its paragraph, every id resolving), in the measured folder's proportions, N times its size,
// and the same folder for the same seed. No build: the engine's own readContent and buildModel.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateContent, measureContent, writeContent } from '../../scripts/lib/synthetic-content.ts';
import { buildModel } from '../../src/model/build.ts';
import { contentDir, readContent } from '../../src/model/read.ts';

const profile = measureContent(contentDir());
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function built(scale: number, seed = 1) {
  const dir = mkdtempSync(join(tmpdir(), `synthetic-${scale}x-`));
  dirs.push(dir);
  writeContent(dir, generateContent(profile, { scale, seed }));
  const content = readContent(dir);
  return { content, model: buildModel(content) };
}

describe('synthetic content for the scale bench', () => {
  it.each([1, 3])('passes the schemas and every cross-file check at %i× (readContent + buildModel)', (scale) => {
    const { content, model } = built(scale);
    const size = (n: number) => Math.round(n * scale);
    expect(content.golden).toHaveLength(size(profile.paragraphs));
    expect(content.claims).toHaveLength(size(profile.sections));
    expect(content.actors).toHaveLength(size(profile.actors));
    expect(content.sources).toHaveLength(size(profile.sources));
    expect(content.terms).toHaveLength(size(profile.terms));
    expect(content.events).toHaveLength(size(profile.events));
    expect(content.corrections).toHaveLength(size(profile.corrections));
    expect(model.explainer.article.crossheads).toHaveLength(size(profile.crossheads));
    // The text really names things: every actor, and the glossary in the measured density.
    expect(model.actors.every((a) => a.mentions.length > 0)).toBe(true);
    expect(model.terms.filter((t) => t.uses.length > 0).length).toBe(model.terms.length);
    // Marks in every body paragraph, sourced and unsourced in about the measured proportion.
    const statements = Object.values(model.statements).flat();
    const sourced = statements.filter((s) => s.sources.length > 0).length;
    expect(sourced).toBe(size(profile.statements));
    expect(model.unsourced.length).toBeGreaterThan(0);
    for (const s of statements) expect(content.golden[s.paragraph - 1]!.slice(s.start, s.end)).toBe(s.quote);
    // Every status the measured folder uses (the article's opinion, missing context…) is used.
    const statuses = new Set(statements.map((s) => s.status));
    for (const st of Object.keys(profile.unsourced)) expect(statuses).toContain(st);
    if (profile.supportContexts) expect(statuses).toContain('missing-context');
    // Every origin the measured folder has, in about its share.
    const origins = new Set(model.sources.map((s) => s.origin));
    for (const origin of Object.keys(profile.origins)) expect(origins).toContain(origin);
  });

  it('is deterministic: the same seed gives the same files, another seed other words', () => {
    const a = generateContent(profile, { scale: 2, seed: 7 });
    expect(generateContent(profile, { scale: 2, seed: 7 })).toEqual(a);
    const b = generateContent(profile, { scale: 2, seed: 8 });
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    expect(b['source-text.txt']).not.toBe(a['source-text.txt']);
  });
});
