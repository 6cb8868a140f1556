// The rules for what an explainer may leave out and what its text is, as the build applies them (the same
// functions: readContent validates each file, checkContent the folder): each broken rule is named with its
// file, field and value, and says what to do.
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/model/checks.ts';
import { buildModel } from '../../src/model/build.ts';
import { readContent } from '../../src/model/read.ts';

const SPEECH = 'tests/fixtures/explainers/library-speech';
const POCKET = 'tests/fixtures/explainers/pocket-park';
const scratch: string[] = [];
afterAll(() => scratch.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of a fixture with explainer.yaml changed: the problems readContent reports, or none. */
function readWith(fixture: string, change: (yaml: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'content-parts-'));
  scratch.push(dir);
  cpSync(fixture, dir, { recursive: true });
  const file = join(dir, 'explainer.yaml');
  const yaml = readFileSync(file, 'utf8');
  const changed = change(yaml);
  if (changed === yaml) throw new Error('the change changed nothing: the test would prove nothing');
  writeFileSync(file, changed);
  try {
    buildModel(readContent(dir));
    return '';
  } catch (e) {
    return (e as Error).message;
  }
}

describe('an explainer without actors, sources, glossary or timeline', () => {
  it('builds its model, with none of those parts', () => {
    const model = buildModel(readContent(SPEECH));
    expect(model.parts).toEqual({ actors: false, sources: false, glossary: false, timeline: false });
    expect(model.explainer.article.url).toBeUndefined();
  });

  it('refuses the settings of a part it does not have, naming file, field and value', () => {
    const content = readContent(SPEECH);
    const file = `${SPEECH}/explainer.yaml`;
    const explainer = {
      ...content.explainer,
      rolesAsOf: 'June 2024',
      pages: { glossary: 'The terms the speech uses, in our words.' },
      timeline: { parts: [{ id: 'events', title: 'Events' }], scales: [] },
    };
    const problems = checkContent({ ...content, explainer }).join('\n');
    expect(problems).toContain(
      `${file}: \`rolesAsOf\` = June 2024: there is no actor (actors/ has none), so nothing shows it: remove it, or add actors to actors/.`,
    );
    expect(problems).toContain(`${file}: \`pages.glossary\` = The terms the speech uses, in our words.: there is no term (terms/ has none)`);
    expect(problems).toContain(`${file}: \`timeline\` = {"parts":[{"id":"events","title":"Events"}],"scales":[]}: there is no event (events/ has none)`);
  });
});

describe('an explainer with a part', () => {
  it('needs its settings, and says what they are (the minimal form of a timeline)', () => {
    const content = readContent(POCKET);
    const file = `${POCKET}/explainer.yaml`;
    const { rolesAsOf: _r, timeline: _t, ...rest } = content.explainer;
    const problems = checkContent({ ...content, explainer: { ...rest, pages: {} } }).join('\n');
    // What each missing setting is, in the schema's words, and its least form.
    expect(problems).toContain(`${file}: \`rolesAsOf\` is missing: actors/ has 3 actors. Roles and profiles of actors describe them as of this time`);
    expect(problems).toContain(`At least:\n  rolesAsOf: May 2024`);
    expect(problems).toContain(`${file}: \`pages.glossary\` is missing: terms/ has 1 term. The glossary page’s description: a sentence for search results`);
    expect(problems).toContain(`${file}: \`timeline\` is missing: events/ has 1 event. The timeline’s settings: how its list is divided`);
    expect(problems).toMatch(/At least:\n {2}timeline:\n {4}parts:\n {6}- id: [a-z-]+\n {8}title: .+/);
  });
});

describe('what the text is', () => {
  it('is one of the kinds the engine has words for', () => {
    const message = readWith(SPEECH, (y) => y.replace('kind: speech', 'kind: sermon'));
    expect(message).toMatch(/explainer\.yaml: `article\.kind` = sermon: Invalid option: expected one of "article"\|"speech"\|"report"/);
  });

  it('has an address only if it is a web address', () => {
    const message = readWith(SPEECH, (y) => y.replace('  where: Hollinsbridge Library\n', '  where: Hollinsbridge Library\n  url: Hollinsbridge Library\n'));
    expect(message).toMatch(/explainer\.yaml: `article\.url` = Hollinsbridge Library: a URL must start with https:\/\//);
  });

  it('no longer takes `publisher` and `publisherSite`: it says which keys are unknown', () => {
    const message = readWith(POCKET, (y) => y.replace(/^ {2}by: /m, '  publisher: '));
    expect(message).toContain('`article`: Unrecognized key: "publisher"');
  });
});

describe('a content folder with the folders’ former names', () => {
  it('is told which to rename, file by file, rather than building without them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-parts-'));
    scratch.push(dir);
    cpSync(POCKET, dir, { recursive: true });
    renameSync(join(dir, 'claims'), join(dir, 'sections'));
    renameSync(join(dir, 'terms'), join(dir, 'glossary'));
    let message = '';
    try {
      readContent(dir);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/sections\/: this folder is now called claims\/ .*`git mv sections claims`/);
    expect(message).toMatch(/glossary\/: this folder is now called terms\/ .*`git mv glossary terms`/);
    expect(message).not.toMatch(/timeline\/: this folder/);
  });
});
