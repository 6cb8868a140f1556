// The fidelity check itself must catch the mutations an editor could make by
// accident: one changed word, a dropped paragraph, two swapped paragraphs.
import { describe, expect, it } from 'vitest';
import { golden as goldenParagraphs } from '../helpers/explainer.ts';
import { checkFidelity, describeDifference, type FoundParagraph } from '../../src/model/fidelity.ts';

const golden = goldenParagraphs();
const faithful = (): FoundParagraph[] => golden.map((text, i) => ({ n: i + 1, text, where: `/page/#p${i + 1}` }));

describe('checkFidelity', () => {
  it('accepts the article exactly as received', () => {
    expect(golden).toHaveLength(35);
    expect(checkFidelity(golden, faithful())).toEqual([]);
  });

  it('catches a single changed word and says where', () => {
    const found = faithful();
    found[10]!.text = found[10]!.text.replace('Witkoff', 'Witcoff');
    const problems = checkFidelity(golden, found);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^\/page\/#p11: ¶11 differs from the golden copy: first difference at character \d+: expected “.*Witkoff.*”, found “.*Witcoff.*”/,
    );
  });

  it('catches a dropped paragraph', () => {
    const found = faithful().filter((p) => p.n !== 20);
    expect(checkFidelity(golden, found)).toEqual([`¶20 is missing: no page shows “${golden[19]!.slice(0, 50)}…”`]);
  });

  it('catches two swapped paragraphs, whether the numbers moved with them or not', () => {
    const textsSwapped = faithful();
    [textsSwapped[4]!.text, textsSwapped[5]!.text] = [textsSwapped[5]!.text, textsSwapped[4]!.text];
    const problems = checkFidelity(golden, textsSwapped);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('¶5 differs');
    expect(problems[1]).toContain('¶6 differs');

    const blocksSwapped = faithful();
    [blocksSwapped[4], blocksSwapped[5]] = [blocksSwapped[5]!, blocksSwapped[4]!];
    expect(checkFidelity(golden, blocksSwapped)).toEqual(['/page/#p5: ¶5 comes after ¶6; paragraphs are out of order.']);
  });

  it('catches a duplicated paragraph and a number that does not exist', () => {
    const found = [...faithful(), { n: 3, text: golden[2]!, where: '/other/' }, { n: 36, text: 'x', where: '/other/' }];
    expect(checkFidelity(golden, found)).toEqual(['/other/: ¶3 appears twice (first in /page/#p3).', '/other/: ¶36 does not exist (the article has ¶1–¶35).']);
  });

  it('catches an added or lost character, such as a straightened quote', () => {
    const found = faithful();
    found[0]!.text = found[0]!.text.replace('“peace diplomacy,”', '"peace diplomacy,"');
    expect(checkFidelity(golden, found)[0]).toContain('¶1 differs');
  });
});

describe('describeDifference', () => {
  it('points at the first differing character with context', () => {
    expect(describeDifference('abc def', 'abc dXf')).toBe('first difference at character 6: expected “abc def”, found “abc dXf”');
  });
});
