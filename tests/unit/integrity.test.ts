// Cross-collection checks: each kind of bad input names file, field, value and the nearest valid id.
import { describe, expect, it } from 'vitest';
import { checkIntegrity, type IntegrityInput } from '../../src/model/checks.ts';
import { compileMatchers, findMentions } from '../../src/model/mentions.ts';
import { nearest } from '../../src/model/similar.ts';

const valid = (): IntegrityInput => ({
  paragraphs: ['Trump met Putin.', 'A crosshead', 'Putin’s army advanced.'],
  claims: [{ file: 'content/claims/01-a.mdx', actors: [] }],
  actors: [
    { file: 'content/actors/trump.yaml', id: 'trump', name: 'Donald Trump', aliases: ['Trump'], sources: ['ap-summit'] },
    { file: 'content/actors/putin.yaml', id: 'putin', name: 'Vladimir Putin', aliases: ['Putin'], sources: [] },
  ],
  sources: [
    { file: 'content/sources/ap-summit.yaml', id: 'ap-summit', url: 'https://a.example/1', supports: [{ paragraph: 1 }, { paragraph: 3 }], background: [] },
  ],
  unsourced: [{ file: 'content/unsourced.yaml', id: 'p2', paragraph: 2 }],
  terms: [],
  events: [],
});

describe('checkIntegrity', () => {
  it('accepts consistent content', () => {
    expect(checkIntegrity(valid())).toEqual([]);
  });

  it('names an unknown actor id with the nearest valid one', () => {
    const input = valid();
    input.claims = [{ file: 'content/claims/01-a.mdx', actors: ['trupm'] }];
    expect(checkIntegrity(input)).toEqual(['content/claims/01-a.mdx: `actors[0]: trupm` is not a known actor id. Did you mean "trump"?']);
  });

  it('names an unknown source id anywhere: actors, glossary, timeline', () => {
    const input = valid();
    input.actors[1]!.sources = ['ap-sumit'];
    input.terms = [{ file: 'content/terms/x.yaml', id: 'x', term: 'Xterm', aliases: [], sources: ['nothing-like-it-at-all'] }];
    input.events = [{ file: 'content/events/e.yaml', id: 'e', paragraphs: [4], sources: ['ap-summit'] }];
    expect(checkIntegrity(input)).toEqual([
      'content/actors/putin.yaml: `sources[0]: ap-sumit` is not a known source id. Did you mean "ap-summit"?',
      'content/terms/x.yaml: `sources[0]: nothing-like-it-at-all` is not a known source id.',
      'content/events/e.yaml: `paragraphs[0]: 4` is not a paragraph (the article has ¶1–¶3).',
    ]);
  });

  it('names a source supporting a paragraph that does not exist', () => {
    const input = valid();
    input.sources[0]!.supports = [{ paragraph: 1 }, { paragraph: 3 }, { paragraph: 36 }];
    expect(checkIntegrity(input)).toEqual(['content/sources/ap-summit.yaml: `supports.paragraph[2]: 36` is not a paragraph (the article has ¶1–¶3).']);
  });

  it('names a source written twice (same URL)', () => {
    const input = valid();
    input.sources = [
      ...input.sources,
      { file: 'content/sources/ap-copy.yaml', id: 'ap-copy', url: 'https://a.example/1', supports: [{ paragraph: 1 }], background: [] },
    ];
    expect(checkIntegrity(input)).toEqual([
      'content/sources/ap-copy.yaml: `url: https://a.example/1` is already the url of content/sources/ap-summit.yaml; one source, one file.',
    ]);
  });

  it('names an alias claimed by two actors, or by an actor and a glossary term', () => {
    const input = valid();
    input.actors[1]!.aliases = ['Putin', 'Trump'];
    input.terms = [{ file: 'content/terms/putin.yaml', id: 'putinism', term: 'Putin', aliases: [], sources: [] }];
    expect(checkIntegrity(input)).toEqual([
      'content/actors/putin.yaml: `aliases: Trump` is already claimed by content/actors/trump.yaml.',
      'content/terms/putin.yaml: `term: Putin` is already claimed by content/actors/putin.yaml.',
    ]);
  });

  it('names an undated or badly dated timeline event (field and value)', () => {
    const input = valid();
    input.events = [
      { file: 'content/events/a.yaml', id: 'a', paragraphs: [1], sources: [], date: null, precision: 'day' },
      { file: 'content/events/b.yaml', id: 'b', paragraphs: [1], sources: [], date: '2025-02-30', precision: 'day' },
      { file: 'content/events/c.yaml', id: 'c', paragraphs: [1], sources: [], date: '2025-08-18', precision: 'day', end: '2025-08-15' },
      { file: 'content/events/d.yaml', id: 'd', paragraphs: [1], sources: [], date: '2025-08-15', precision: 'day', end: '2025-08-18' },
    ];
    expect(checkIntegrity(input)).toEqual([
      'content/events/a.yaml: `date` is missing; every event needs one (YYYY, YYYY-MM or YYYY-MM-DD, with `precision` year, month or day).',
      'content/events/b.yaml: `date: 2025-02-30` is not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD).',
      'content/events/c.yaml: `end: 2025-08-15` is not after `date: 2025-08-18`; a span ends after it starts (or drop `end`).',
    ]);
  });

  it('names a glossary term or alias that is an actor’s alias', () => {
    const input = valid();
    input.terms = [{ file: 'content/terms/summit.yaml', id: 'summit', term: 'Summit diplomacy', aliases: ['Trump'], sources: [] }];
    expect(checkIntegrity(input)).toEqual(['content/terms/summit.yaml: `aliases: Trump` is already claimed by content/actors/trump.yaml.']);
  });

  it('names an actor the article mentions nowhere', () => {
    const input = valid();
    input.actors = [...input.actors, { file: 'content/actors/biden.yaml', id: 'biden', name: 'Joe Biden', aliases: ['Biden'], sources: [] }];
    expect(checkIntegrity(input)).toEqual([
      'content/actors/biden.yaml: actor `biden` is mentioned nowhere: neither its `name` (Joe Biden) nor any of its `aliases` occurs in the article.',
    ]);
  });
});

describe('mentions', () => {
  const matchers = compileMatchers([
    { id: 'trump', phrases: ['Trump', 'the US president'] },
    { id: 'us', phrases: ['US'] },
  ]);
  it('prefers the longest phrase and respects word boundaries', () => {
    expect(findMentions('the US president, the US, Trumpian, USA', matchers).map((m) => m.id)).toEqual(['trump', 'us']);
    expect(findMentions('US then Trump’s', matchers).map((m) => m.id)).toEqual(['us', 'trump']);
  });
});

describe('nearest', () => {
  it('suggests plausible typos only', () => {
    expect(nearest('zelenksy', ['zelensky', 'putin'])).toBe('zelensky');
    expect(nearest('nato', ['nato-enlargement', 'putin'])).toBe('nato-enlargement');
    expect(nearest('completely-different', ['putin'])).toBeUndefined();
  });
});
