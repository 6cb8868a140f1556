// The editors' span check (src/model/span-check.ts, `npm run check:evidence`): a verified statement's
// span may hold only words its sources' excerpts, a caveat or an editors' reason account for. Tested on
// statements made here, on a fixture explainer that fails it, and on the real content, which passes.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/model/citations.ts';
import { checkSpans, contentWords, sameWord, stem, type SpanEvidence } from '../../src/model/span-check.ts';

const statement = (quote: string, status: Statement['status'] = 'verified'): Statement => ({
  id: 's1-1',
  paragraph: 1,
  quote,
  start: 0,
  end: quote.length,
  status,
  label: '[1]',
  sources: [],
  noteOf: 's1-1',
});
const check = (quote: string, evidence: Partial<SpanEvidence>, status?: Statement['status']) =>
  checkSpans([statement(quote, status)], () => ({ said: [], explained: [], files: ['content/sources/a.yaml'], ...evidence })).map((f) => f.words);

describe('words', () => {
  it('are compared by simple stems: endings, possessives, small numbers, units and country abbreviations', () => {
    expect(['protests', 'relieved', 'dropping', 'territories', 'Europe’s'].map(stem)).toEqual(['protest', 'reliev', 'drop', 'territori', 'europ']);
    expect(contentWords('The ten-kilometre advance, in the US')).toEqual(['10', 'km', 'advanc', '⁂us']);
    expect(contentWords('advancing up to 10km in the United States')).toEqual(['advanc', '10', 'km', '⁂us']);
    // Stop words and verbs of saying carry no claim.
    expect(contentWords('He said that it would be so')).toEqual([]);
    expect(sameWord('relief', 'reliev')).toBe(true);
    expect(sameWord('ukrain', 'ukrainian')).toBe(true);
    expect(sameWord('vagu', 'valu')).toBe(false);
  });
});

describe('the span check', () => {
  it('names the words of a verified span that no excerpt backs: the article’s evaluations', () => {
    expect(check('Trump’s vague promise of help', { said: ['Trump promised that the US would help'] })).toEqual([['vague']]);
    expect(check('punitive tariffs imposed on his supposed allies', { said: ['a deal that will impose tariffs on allies'] })).toEqual([
      ['punitive', 'supposed'],
    ]);
  });

  it('counts a word a caveat or an editors’ reason names as explained', () => {
    expect(check('Trump’s vague promise of help', { said: ['Trump promised help'], explained: ['“Vague” is the article’s word.'] })).toEqual([]);
    expect(check('the recent summit', { said: ['the summit began on Friday'], explained: ['‘recent’: days before the article'] })).toEqual([]);
  });

  it('reads a translation and a published title as the source’s words too', () => {
    expect(check('the question of territory', { said: ['питання території', 'the question of territory'] })).toEqual([]);
  });

  it('holds only verified statements (and missing context) to it: a partly verified one says what differs in its caveat', () => {
    expect(check('Trump’s vague promise', { said: ['Trump promised'] }, 'missing-context')).toEqual([['vague']]);
    expect(check('Trump’s vague promise', { said: ['Trump promised'] }, 'partly-verified')).toEqual([]);
    expect(check('Trump’s vague promise', {}, 'opinion')).toEqual([]);
  });
});

describe('npm run check:evidence', () => {
  const run = (contentDir: string) =>
    spawnSync(process.execPath, ['scripts/check-evidence.ts'], { encoding: 'utf8', env: { ...process.env, CONTENT_DIR: contentDir } });

  it('reports nothing on this explainer’s content, or on the fixture explainer', () => {
    for (const dir of ['content', 'tests/fixtures/explainers/pocket-park']) {
      const r = run(dir);
      expect(r.status, `${dir}: ${r.stdout}${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(/every word of each span in its sources’ excerpts, a caveat or a reason/);
    }
  });

  it('fails on content whose verified spans hold words no excerpt backs, naming file, ¶, statement and words', () => {
    const dir = mkdtempSync(join(tmpdir(), 'span-check-'));
    cpSync('tests/fixtures/explainers/pocket-park', dir, { recursive: true });
    const file = join(dir, 'sources/council-minutes-2024-05.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^ {2}spanCheck: .*\n/gm, ''));
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('2 of 2 verified statements have words no excerpt, caveat or spanCheck reason accounts for');
    expect(r.stdout).toContain(
      'council-minutes-2024-05.yaml ¶2 (s2-1) “the council approved the plan by nine votes to three, with one abstention”: votes, abstention',
    );
    expect(r.stdout).toContain('¶5 (s5-1) “The project is expected to cost £68,000”: project, expected');
  });
});
