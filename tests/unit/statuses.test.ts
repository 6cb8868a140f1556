// Statuses that say what they mean: the article's opinion apart from a check nobody made,
// missing context apart from a clean "verified", notes that never repeat their status, and no mark in
// the text for not-checked and opinion. The schemas refuse bad input naming file, field and value; the
// real content uses every status; the words, meanings, order and marks agree.
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.ts';
import { STATUS_ORDER } from '../../src/model/citations.ts';
import { statementLabel, UNMARKED_STATUSES } from '../../src/model/citations.ts';
import { contentDir, readContent } from '../../src/model/read.ts';
import { noteRepeatsStatus, Source, STATUS_NOTE_WORDS, Unsourced, type StatusName } from '../../src/model/schemas.ts';
import { STATUS_MEANING, STATUS_WORDS } from '../../src/lib/render/status.ts';

const ALL: StatusName[] = ['verified', 'partly-verified', 'missing-context', 'not-found', 'not-checked', 'opinion'];
const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('the statuses', () => {
  it('are six, explained in one order, each with its words, its meaning and its mark', () => {
    expect([...STATUS_ORDER].sort()).toEqual([...ALL].sort());
    expect(STATUS_ORDER.at(-1)).toBe('opinion');
    for (const st of ALL) {
      expect(STATUS_WORDS[st], st).toBeTruthy();
      expect(STATUS_MEANING[st], st).toMatch(/\.$/);
      // A note may not repeat what the mark and legend say: the check knows each status's own words.
      expect(noteRepeatsStatus(STATUS_WORDS[st], st), st).toBeDefined();
      for (const other of ALL.filter((o) => o !== st && !(st === 'verified' && o === 'partly-verified'))) {
        if (st === 'opinion' && other === 'not-checked') continue; // an opinion note never says "not checked" either
        expect(STATUS_NOTE_WORDS[st].test(STATUS_WORDS[other]), `${st} words in ${other}`).toBe(false);
      }
    }
    expect(ALL.filter((st) => statementLabel(st, [1]) === '')).toEqual([...UNMARKED_STATUSES]);
  });
});

describe('the schemas refuse', () => {
  const entry = { paragraph: 3, quote: 'Europe is divided', status: 'not-checked', note: 'Not checked.' };

  it('an unsourced note that repeats its status, and a status that is not one', () => {
    expect(issues(Unsourced.safeParse(entry))).toEqual([
      'note: the note repeats its status (“Not checked”), which its mark and the legend already say: say what a reader does not know yet, or say little',
    ]);
    expect(issues(Unsourced.safeParse({ ...entry, status: 'opinion', note: 'The article’s opinion; not checked.' }))[0]).toContain('(“opinion”)');
    expect(issues(Unsourced.safeParse({ ...entry, status: 'opinion', note: 'A forecast; not checked.' }))[0]).toContain('(“not checked”)');
    expect(issues(Unsourced.safeParse({ ...entry, status: 'not-found', note: 'The quotation was not found.' }))[0]).toContain('(“not found”)');
    expect(issues(Unsourced.safeParse({ ...entry, status: 'analysis', note: 'A forecast.' }))[0]).toMatch(
      /^status: Invalid option: expected one of "not-found"\|"not-checked"\|"opinion"/,
    );
    expect(Unsourced.safeParse({ ...entry, status: 'opinion', note: 'A forecast.' }).success).toBe(true);
  });

  it('context on a statement the source does not verify, and a support note or context that repeats its status', () => {
    const source = (supports: object[], status = 'verified') => ({
      title: 'A title',
      publisher: 'Pub',
      url: 'https://a.example/1',
      origin: 'outlet',
      status,
      caveat: 'Only in part, as given.',
      supports,
    });
    const support = { paragraph: 1, quote: 'Trump met Putin', note: 'They met.', excerpt: 'The two presidents met on Friday.' };
    const context = 'The meeting was cut short, which the article does not say.';
    expect(Source.safeParse(source([{ ...support, context }])).success).toBe(true);
    expect(issues(Source.safeParse(source([support, { ...support, context }], 'partly-verified')))).toEqual([
      'supports.1.context: missing context is for a statement this source verifies; this one is partly-verified: say what differs in its `caveat`',
    ]);
    expect(issues(Source.safeParse(source([{ ...support, note: 'Verified by the minutes.', context: `Missing context: ${context}` }])))).toEqual([
      'supports.0.note: the note repeats its status (“Verified”), which its mark and the legend already say: say what a reader does not know yet, or say little',
      'supports.0.context: the note repeats its status (“Missing context”), which its mark and the legend already say: say what a reader does not know yet, or say little',
    ]);
  });
});

describe('the source’s own words', () => {
  const source = (supports: object[], extra: object = {}) => ({
    title: 'A title',
    publisher: 'Pub',
    url: 'https://a.example/1',
    origin: 'outlet',
    status: 'verified',
    supports,
    ...extra,
  });
  const support = { paragraph: 1, quote: 'Trump met Putin', note: 'They met.' };

  it('are required for every supported statement, or why not, naming the statement', () => {
    expect(issues(Source.safeParse(source([support])))).toEqual([
      'supports.0.excerpt: ¶1 “Trump met Putin” shows no words of the source: give `excerpt` (its words as the research quotes them) or `excerptMissing` (why not, in plain words)',
    ]);
    expect(Source.safeParse(source([{ ...support, excerpt: 'The two presidents met on Friday.' }])).success).toBe(true);
    expect(Source.safeParse(source([{ ...support, excerptMissing: 'The archived copy shows only the headline.' }])).success).toBe(true);
    expect(issues(Source.safeParse(source([{ ...support, excerpt: 'They met.', excerptMissing: 'The archived copy shows only the headline.' }])))).toEqual([
      'supports.0.excerptMissing: an entry with an `excerpt` has nothing missing: give one or the other',
    ]);
  });

  it('are under 30 words, and a translation names the language it translates', () => {
    const long = Array.from({ length: 31 }, (_, i) => `w${i}`).join(' ');
    expect(issues(Source.safeParse(source([{ ...support, excerpt: long }])))).toEqual([
      'supports.0.excerpt: an excerpt has at most 30 words, as the research copies them: cut with …',
    ]);
    // A cut (…) and a dash are no words.
    expect(Source.safeParse(source([{ ...support, excerpt: `${Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ')} … —` }])).success).toBe(true);
    expect(issues(Source.safeParse(source([{ ...support, excerpt: 'Вони зустрілися.', excerptTranslation: 'They met.' }])))).toEqual([
      'excerptLang: a translated excerpt is in another language: name it (`excerptLang: uk`, …)',
    ]);
    expect(Source.safeParse(source([{ ...support, excerpt: 'Вони зустрілися.', excerptTranslation: 'They met.' }], { excerptLang: 'uk' })).success).toBe(true);
    expect(issues(Source.safeParse(source([{ ...support, excerptMissing: 'Nothing quoted.', excerptTranslation: 'They met.' }])))).toEqual([
      'supports.0.excerptTranslation: a translation of what? Give the `excerpt` it translates',
    ]);
  });

  it('a source marked weak says why', () => {
    const ok = { ...support, excerpt: 'They met.' };
    expect(issues(Source.safeParse(source([ok], { weak: true })))).toEqual(['caveat: a source marked weak says why in its `caveat`']);
    expect(Source.safeParse(source([ok], { weak: true, caveat: 'Only regional copies of the report were found.' })).success).toBe(true);
  });
});

describe('the content', () => {
  const model = buildModel(readContent(contentDir()));
  const statements = Object.values(model.statements).flat();

  it('uses the new statuses: the article’s opinion apart from not-checked, and missing context', () => {
    const used = new Set(statements.map((s) => s.status));
    for (const st of ['opinion', 'not-checked', 'missing-context'] as const) expect(used, st).toContain(st);
    // Most of what nobody sourced is the article's own reading, not a check nobody made.
    const count = (st: StatusName) => statements.filter((s) => s.status === st).length;
    expect(count('opinion')).toBeGreaterThan(count('not-checked'));
    for (const s of statements.filter((x) => x.status === 'missing-context')) {
      expect(s.context, s.id).toBeTruthy();
      expect(s.label, s.id).toMatch(/^\[[\d–, ]+\+\]$/);
    }
  });

  it('has no note that repeats its status', () => {
    for (const u of model.unsourced) expect(noteRepeatsStatus(u.note, u.status), `${u.id}: ${u.note}`).toBeUndefined();
    for (const s of statements) {
      for (const c of s.sources) {
        expect(noteRepeatsStatus(c.note, c.status === 'missing-context' ? 'verified' : c.status), `${s.id} ${c.id}`).toBeUndefined();
        if (c.context) expect(noteRepeatsStatus(c.context, 'missing-context'), `${s.id} ${c.id}`).toBeUndefined();
      }
    }
  });

  it('gives not-checked and opinion statements no label, and every other statement one', () => {
    for (const s of statements) {
      if (UNMARKED_STATUSES.has(s.status)) expect(s.label, s.id).toBe('');
      else expect(s.label, s.id).toMatch(/^\[(?:\?|[\d–, ]+[*+]?)\]$/);
    }
  });
});
