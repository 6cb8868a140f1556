// Statements and their marks (src/model/citations.ts): every quote found once
// in its paragraph, one mark per statement, a status for every statement, and
// problems named with the file, the field, the ¶ and the nearest passage.
import { describe, expect, it } from 'vitest';
import { numberRuns, numberSources, statementLabel, type SourceLike, type UnsourcedLike } from '../../src/model/citations.ts';
import { nearestPassage, statementsByParagraph } from '../../src/model/statements.ts';

const golden = ['Trump met Putin in Alaska. The summit ended early.', 'A crosshead', 'Europe is divided, the article says.'];
const src = (id: string, supports: SourceLike['supports'], extra: Partial<SourceLike> = {}): SourceLike => ({
  id,
  file: `content/sources/${id}.yaml`,
  status: 'verified',
  supports,
  background: [],
  ...extra,
});
const un = (id: string, paragraph: number, quote: string, status: UnsourcedLike['status'] = 'not-checked'): UnsourcedLike => ({
  id,
  file: 'content/unsourced.yaml',
  paragraph,
  quote,
  status,
  note: 'A note.',
});
const run = (sources: SourceLike[], unsourced: UnsourcedLike[] = [un('p3', 3, 'Europe is divided')]) =>
  statementsByParagraph(golden, sources, unsourced, numberSources(sources), [2]);

describe('statements', () => {
  it('give sources on the same words one mark, after those words, with their numbers as runs', () => {
    const { statements, problems } = run([
      src('a', [{ paragraph: 1, quote: 'Trump met Putin in Alaska', note: 'n' }]),
      src('b', [{ paragraph: 1, quote: 'Trump met Putin in Alaska', note: 'n' }], { status: 'partly-verified', caveat: 'Only the place.' }),
      src('c', [{ paragraph: 1, quote: 'The summit ended early', note: 'n', status: 'partly-verified', caveat: 'It ended on time.' }]),
    ]);
    expect(problems).toEqual([]);
    expect(statements[1]!.map((s) => [s.id, s.label, s.status, s.end])).toEqual([
      ['s1-1', '[1, 2]', 'verified', 25],
      ['s1-2', '[3*]', 'partly-verified', 49],
    ]);
    expect(statements[1]![1]!.sources[0]!.caveat).toBe('It ended on time.');
    // A not-checked statement has no mark in the text: the paragraph's note line says it.
    expect(statements[3]![0]!.label).toBe('');
  });

  it('make a verified statement missing-context when a source says what the article leaves out: [n+], the context on the citation and the statement', () => {
    const context = 'The summit was cut short by a storm, which the article does not say.';
    const { statements, problems } = run([
      src('a', [{ paragraph: 1, quote: 'The summit ended early', note: 'n' }]),
      src('b', [{ paragraph: 1, quote: 'The summit ended early', note: 'n', context }]),
      src('c', [{ paragraph: 1, quote: 'Trump met Putin in Alaska', note: 'n', status: 'partly-verified', caveat: 'Only the place.' }]),
    ]);
    expect(problems).toEqual([]);
    const [met, ended] = statements[1]!;
    expect([met!.status, met!.label, met!.context]).toEqual(['partly-verified', '[3*]', undefined]);
    expect([ended!.status, ended!.label, ended!.context]).toEqual(['missing-context', '[1, 2+]', context]);
    expect(ended!.sources.map((c) => [c.id, c.status, c.context])).toEqual([
      ['a', 'verified', undefined],
      ['b', 'missing-context', context],
    ]);
  });

  it('mark not found [?], and give not-checked and opinion no mark at all', () => {
    const { statements } = run(
      [src('a', [{ paragraph: 1, quote: 'Trump met Putin', note: 'n' }])],
      [un('p1', 1, 'The summit ended early', 'not-found'), un('p3a', 3, 'Europe is divided', 'opinion'), un('p3b', 3, 'the article says', 'not-checked')],
    );
    expect(
      Object.values(statements)
        .flat()
        .map((s) => [s.status, s.label]),
    ).toEqual([
      ['verified', '[1]'],
      ['not-found', '[?]'],
      ['opinion', ''],
      ['not-checked', ''],
    ]);
    expect(
      ['verified', 'partly-verified', 'missing-context', 'not-found', 'not-checked', 'opinion'].map((st) => statementLabel(st as never, [12, 13, 14])),
    ).toEqual(['[12–14]', '[12–14*]', '[12–14+]', '[?]', '', '']);
  });

  it('refuse a note that says something is sourced unless it names the sourced statements, each of which exists and has a source', () => {
    const note = (text: string, sourced?: UnsourcedLike['sourced']): UnsourcedLike => ({
      ...un('p3', 3, 'Europe is divided', 'opinion'),
      note: text,
      ...(sourced ? { sourced } : {}),
    });
    const sources = [src('a', [{ paragraph: 1, quote: 'Trump met Putin', note: 'n' }])];
    const others = [un('p1', 1, 'The summit ended early', 'opinion')];
    expect(run(sources, [note('The meeting is sourced.'), ...others]).problems).toEqual([
      'content/unsourced.yaml (p3): `note` says something is sourced but names no statement: add `sourced: [{ paragraph, quote }]` with the exact words of each sourced statement it means, or say “background” for context that backs nothing.',
    ]);
    expect(run(sources, [note('The meeting is sourced under ¶1.', [{ paragraph: 1, quote: 'Trump met Putin in Alaska' }]), ...others]).problems).toEqual([
      'content/unsourced.yaml (p3): `sourced[0]` ¶1 “Trump met Putin in Alaska” is not a statement. Sourced statements in ¶1: “Trump met Putin”.',
    ]);
    expect(run(sources, [note('The summit is sourced.', [{ paragraph: 1, quote: 'The summit ended early' }]), ...others]).problems).toEqual([
      'content/unsourced.yaml (p3): `sourced[0]` ¶1 “The summit ended early” has no source (it is opinion).',
    ]);
    expect(run(sources, [note('The meeting is sourced under ¶2.', [{ paragraph: 1, quote: 'Trump met Putin' }]), ...others]).problems).toEqual([
      'content/unsourced.yaml (p3): `note` names ¶2, but `sourced` names no statement there: add it, or leave the ¶ out.',
    ]);
    const ok = run(sources, [note('The meeting is sourced under ¶1.', [{ paragraph: 1, quote: 'Trump met Putin' }]), ...others]);
    expect(ok.problems).toEqual([]);
    // The statement's note points at the sourced one: its mark, and where its note is.
    expect(ok.statements[3]![0]!.sourced).toEqual([{ id: 's1-1', paragraph: 1, label: '[1]', href: '#s1-1' }]);
    expect(run(sources, [note('The meeting is given as background.'), ...others]).problems).toEqual([]);
  });

  it('name a quote that is not in its paragraph, with the nearest passage', () => {
    const { problems } = run([src('a', [{ paragraph: 1, quote: 'Trump met Putin in Alaskaa', note: 'n' }])]);
    expect(problems[0]).toBe(
      'content/sources/a.yaml: `supports[0].quote` ¶1: the quote “Trump met Putin in Alaskaa” is not in the paragraph. Nearest: “Trump met Putin in Alaska.”.',
    );
  });

  it('refuse a quote found twice, overlapping statements, and one statement both sourced and not', () => {
    const { problems } = run(
      [
        src('a', [
          { paragraph: 3, quote: 'i', note: 'n' },
          { paragraph: 1, quote: 'met Putin', note: 'n' },
        ]),
        src('b', [{ paragraph: 1, quote: 'Putin in Alaska', note: 'n' }]),
      ],
      [un('p3', 3, 'Europe is divided'), un('p1', 1, 'met Putin', 'not-found')],
    );
    expect(problems).toEqual([
      'content/sources/a.yaml: `supports[0].quote` ¶3: the quote “i” occurs 4 times in the paragraph; quote more words so it is found once.',
      'content/unsourced.yaml (p1): ¶1 “met Putin” is not-found here but backed by a; one statement, one status.',
      "¶1: the statements “met Putin” and “Putin in Alaska” overlap; quote each statement's own words, so each mark sits after its statement.",
    ]);
  });

  it('require a statement in every paragraph but the crossheads', () => {
    const { problems } = run([src('a', [{ paragraph: 1, quote: 'Trump met Putin', note: 'n' }])], []);
    expect(problems).toEqual([
      "unsourced.yaml: ¶3 has no statement: give a source's `supports` a quote from it, or add an entry here (status: not-found, not-checked or opinion).",
    ]);
  });

  it('write numbers as runs and find the nearest passage', () => {
    expect(numberRuns([14, 3, 12, 13])).toBe('3, 12–14');
    expect(numberRuns([7, 8])).toBe('7, 8');
    expect(nearestPassage('The summit ended early.', 'summit endd')).toBe('summit ende');
  });
});
