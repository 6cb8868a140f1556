import { describe, expect, it } from 'vitest';
import { createI18n } from '../../src/i18n/core.ts';

const { formatDate } = createI18n({ locale: 'en-GB' });
import { paragraphRuns } from '../../src/lib/print/format.ts';

describe('paragraphRuns', () => {
  it('writes runs of paragraphs compactly, sorted, without repeats', () => {
    expect(paragraphRuns([])).toBe('');
    expect(paragraphRuns([4])).toBe('¶4');
    expect(paragraphRuns([9, 1, 2, 3, 5, 8, 2])).toBe('¶1–¶3, ¶5, ¶8–¶9');
  });
});

describe('formatDate', () => {
  it('writes the three precisions of the content in words', () => {
    expect(formatDate('2025-08-15')).toBe('15 August 2025');
    expect(formatDate('2025-08-05')).toBe('5 August 2025');
    expect(formatDate('2025-02')).toBe('February 2025');
    expect(formatDate('1945')).toBe('1945');
    expect(() => formatDate('2025-13')).toThrow(/not a date/);
  });
});
