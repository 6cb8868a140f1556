// The public corrections log (corrections.yaml) is for readers: its schema refuses the editors' words
// (file paths and names, research ids, internal documents, tool names), and its checks refuse a ¶, an
// actor, a term or an event that does not exist; each message names the file, the field and the value.
// Run on a copy of the fixture explainer, as the build reads it (readContent, then buildModel's checks).
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.ts';
import { readContent } from '../../src/model/read.ts';
import { findInternal, LOG_INTERNALS, READER_INTERNALS } from '../../src/model/reader-words.ts';

const FIXTURE = 'tests/fixtures/explainers/pocket-park';
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The fixture with another corrections.yaml; the problems the build would report (empty if none). */
function problemsWith(log: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'corrections-'));
  dirs.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, 'corrections.yaml'), log);
  try {
    buildModel(readContent(dir));
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}
const fileOf = (message: string) => /(\S*corrections\.yaml)/.exec(message)?.[1];

describe('the public corrections log', () => {
  it('the fixture’s log is valid, and builds', () => {
    const model = buildModel(readContent(FIXTURE));
    expect(model.corrections.map((c) => c.id)).toEqual(['c1', 'c2']);
    // ¶5's claim counts the entry on ¶5 and is reviewed on its day; the actor entry touches no claim.
    const claim = model.claims.find((c) => c.paragraphs.from <= 5 && 5 <= c.paragraphs.to)!;
    expect(claim.corrections).toEqual(['c1']);
    expect(claim.reviewed).toBe('2024-05-28');
  });

  it('an entry naming nothing in particular is about the whole explainer: every claim counts it', () => {
    expect(problemsWith("- date: '2024-06-01'\n  what: Every citation mark now sits right after the words it is about.\n")).toBe('');
    const dir = dirs.at(-1)!;
    expect(buildModel(readContent(dir)).claims.every((c) => c.corrections.includes('c1'))).toBe(true);
  });

  it('refuses internals in `what` and `why`, naming the file, the field, the value and the words', () => {
    const message = problemsWith(
      [
        "- date: '2024-06-01'",
        '  paragraphs: [5]',
        '  what: Moved the grant from supports to background in content/sources/council-minutes-2024-05.yaml.',
        "- date: '2024-06-01'",
        '  paragraphs: [2]',
        '  what: The vote count is now verified.',
        '  why: F12 and the SPEC say so.',
      ].join('\n'),
    );
    expect(fileOf(message)).toMatch(/corrections\.yaml$/);
    expect(message).toContain(
      '`0.what` = Moved the grant from supports to background in content/sources/council-minutes-2024-05.yaml.: readers would see a path in the content folder, “content/sources/council-minutes-2024-05.yaml”: say it in plain words',
    );
    expect(message).toContain('`1.why` = F12 and the SPEC say so.: readers would see a research id (such as F12), “F12”');
  });

  it('refuses an unknown ¶, actor, term or event, with the nearest valid id', () => {
    const message = problemsWith(
      [
        "- date: '2024-06-01'",
        '  paragraphs: [5, 99]',
        '  actors: [ashdwon]',
        '  terms: [pocket-parks]',
        '  events: [2024-council-voet]',
        '  what: Several notes were reworded to say no more than the minutes.',
      ].join('\n'),
    );
    const file = 'corrections.yaml';
    expect(message).toContain(`${file}: \`[0].paragraphs[1]: 99\` is not a paragraph`);
    expect(message).toContain(`${file}: \`[0].actors[0]: ashdwon\` is not a known actor id. Did you mean "ashdown"?`);
    expect(message).toContain(`${file}: \`[0].terms[0]: pocket-parks\` is not a known glossary term id. Did you mean "pocket-park"?`);
    expect(message).toContain(`${file}: \`[0].events[0]: 2024-council-voet\` is not a known timeline event id. Did you mean "2024-council-vote"?`);
  });

  it('the lists: the log’s is the readers’ and more; plain words pass', () => {
    expect(READER_INTERNALS.every((x) => LOG_INTERNALS.includes(x))).toBe(true);
    expect(findInternal('Moved to background: the page is on Astro’s site', LOG_INTERNALS)?.found).toBe('Astro');
    expect(findInternal('Now partly-verified', LOG_INTERNALS)?.found).toBe('partly-verified');
    for (const ok of [
      'We no longer mark ¶4’s “comprehensive peace deal” as verified.',
      'The F-16 deal, the U.S. and the 2014 annexation.',
      'Now partly verified, with a caveat.',
    ]) {
      expect(findInternal(ok, LOG_INTERNALS), ok).toBeUndefined();
    }
  });
});
