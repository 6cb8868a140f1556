// The timeline's dates: checked (real calendar dates, matching precision, spans that end after they start),
// ordered, worded for readers, related to the article, and placed on a scale.
import { describe, expect, it } from 'vitest';
import { byDate, dateProblems, gapStep, parseDate, relationToArticle, scaleMarks, type Dated } from '../../src/model/dates.ts';
import { createI18n } from '../../src/i18n/core.ts';

// How the timeline says its dates and gaps in English (the interface's words: src/i18n).
const { formatWhen, formatGap: gapLabel } = createI18n({ locale: 'en-GB' });
import { model } from '../helpers/explainer.ts';

const F = 'content/events/x.yaml';
const ev = (id: string, date: string, precision: Dated['precision'], extra: Partial<Dated> & { paragraphs?: number[] } = {}) => ({
  id,
  date,
  precision,
  paragraphs: [] as number[],
  ...extra,
});

describe('parseDate', () => {
  it('reads YYYY, YYYY-MM and YYYY-MM-DD, and rejects impossible dates', () => {
    expect(parseDate('2025')).toEqual({ year: 2025 });
    expect(parseDate('2025-08')).toEqual({ year: 2025, month: 8 });
    expect(parseDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    for (const bad of ['2025-02-29', '2025-02-30', '2025-13', '2025-00', '2025-8-15', '15 August 2025', '']) {
      expect(parseDate(bad), bad).toBeUndefined();
    }
  });
});

describe('dateProblems: a clear message naming file, field and value', () => {
  it('accepts good dates and spans', () => {
    expect(dateProblems(F, { date: '1945-02-04', precision: 'day', end: '1945-02-11' })).toEqual([]);
    expect(dateProblems(F, { date: '2022-09', precision: 'month' })).toEqual([]);
  });
  it('an undated event', () => {
    expect(dateProblems(F, { precision: 'day' })).toEqual([
      'content/events/x.yaml: `date` is missing; every event needs one (YYYY, YYYY-MM or YYYY-MM-DD, with `precision` year, month or day).',
    ]);
  });
  it('a date that is not in the calendar', () => {
    expect(dateProblems(F, { date: '2025-02-30', precision: 'day' })).toEqual([
      'content/events/x.yaml: `date: 2025-02-30` is not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD).',
    ]);
  });
  it('a date or end that does not match the precision', () => {
    expect(dateProblems(F, { date: '2025-08', precision: 'day' })).toEqual([
      'content/events/x.yaml: `date: 2025-08` does not match `precision: day` (YYYY-MM-DD).',
    ]);
    expect(dateProblems(F, { date: '2025-07-22', precision: 'day', end: '2025-07' })).toEqual([
      'content/events/x.yaml: `end: 2025-07` does not match `precision: day` (YYYY-MM-DD).',
    ]);
  });
  it('a span that ends before (or when) it starts', () => {
    expect(dateProblems(F, { date: '2025-08-18', precision: 'day', end: '2025-08-15' })).toEqual([
      'content/events/x.yaml: `end: 2025-08-15` is not after `date: 2025-08-18`; a span ends after it starts (or drop `end`).',
    ]);
    expect(dateProblems(F, { date: '2025-08-18', precision: 'day', end: '2025-08-18' })).toHaveLength(1);
    expect(dateProblems(F, { date: '2025-08-18', precision: 'day', end: '2025-08-32' })).toEqual([
      'content/events/x.yaml: `end: 2025-08-32` is not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD).',
    ]);
  });
});

describe('order and wording', () => {
  it('sorts by start, then the shorter span, then id; a month sorts at its first day', () => {
    const events = [
      ev('white-house', '2025-08-18', 'day'),
      ev('poll', '2025-08', 'month'),
      ev('yalta', '1945-02-04', 'day', { end: '1945-02-11' }),
      ev('anchorage', '2025-08-15', 'day'),
      ev('hannity', '2025-08-15', 'day'),
      ev('nato-rounds', '1999-03-12', 'day', { end: '2024-03-07' }),
      ev('annexation', '2022-09', 'month'),
      ev('invasion', '2022-02-24', 'day'),
      ev('aug-1', '2025-08-01', 'day'),
    ];
    expect([...events].sort(byDate).map((e) => e.id)).toEqual([
      'yalta',
      'nato-rounds',
      'invasion',
      'annexation',
      'aug-1',
      'poll',
      'anchorage',
      'hannity',
      'white-house',
    ]);
  });

  it('says dates and spans as a reader would', () => {
    expect(formatWhen(ev('a', '2025-08-15', 'day'))).toBe('15 August 2025');
    expect(formatWhen(ev('a', '2022-09', 'month'))).toBe('September 2022');
    expect(formatWhen(ev('a', '2022', 'year'))).toBe('2022');
    expect(formatWhen(ev('a', '1945-02-04', 'day', { end: '1945-02-11' }))).toBe('4–11 February 1945');
    expect(formatWhen(ev('a', '2025-06-30', 'day', { end: '2025-07-02' }))).toBe('30 June – 2 July 2025');
    expect(formatWhen(ev('a', '1999-03-12', 'day', { end: '2024-03-07' }))).toBe('12 March 1999 – 7 March 2024');
    expect(formatWhen(ev('a', '2025-07', 'month', { end: '2025-09' }))).toBe('July–September 2025');
  });

  it('relates events to the article: referred to, background before it, or after it', () => {
    expect(relationToArticle(ev('a', '2025-08-15', 'day', { paragraphs: [1] }), '2025-08-31')).toBe('in-article');
    expect(relationToArticle(ev('a', '1991-08-28', 'day'), '2025-08-31')).toBe('background');
    expect(relationToArticle(ev('a', '2025-08-17', 'day'), '2025-08-31')).toBe('background');
    expect(relationToArticle(ev('a', '2025-09-02', 'day'), '2025-08-31')).toBe('after');
    expect(relationToArticle(ev('a', '2026-01-23', 'day'), '2025-08-31')).toBe('after');
  });

  it('words and sizes the gap between events', () => {
    const d = (date: string) => ev('x', date, 'day');
    expect(gapLabel(d('2025-08-15'), d('2025-08-15'))).toBe('The same day');
    expect(gapLabel(d('2025-08-15'), d('2025-08-16'))).toBe('1 day later');
    expect(gapLabel(d('2025-08-15'), d('2025-08-18'))).toBe('3 days later');
    expect(gapLabel(d('2025-07-27'), d('2025-08-18'))).toBe('3 weeks later');
    expect(gapLabel(d('2023-03-17'), d('2025-01-20'))).toBe('22 months later');
    expect(gapLabel(d('1945-02-04'), d('1949-04-04'))).toBe('4 years later');
    expect([gapStep(d('2025-08-15'), d('2025-08-16')), gapStep(d('1945-02-04'), d('1991-12-25'))]).toEqual([0, 4]);
  });
});

describe('scale and claim links', () => {
  it('places events on a linear scale in %, spans as bars, months as vague bars', () => {
    const marks = scaleMarks(
      [
        ev('start', '2025-08-01', 'day'),
        ev('mid', '2025-08-16', 'day', { paragraphs: [4] }),
        ev('span', '2025-08-11', 'day', { end: '2025-08-13' }),
        ev('month', '2025-08', 'month'),
        ev('outside', '2025-09-02', 'day'),
      ].map((e) => ({ ...e, relation: relationToArticle(e, '2025-08-31') })),
      '2025-08-01',
      '2025-08-31',
    );
    expect(marks.map((m) => [m.id, m.x, m.width, m.kind, m.vague])).toEqual([
      ['start', 0, 0, 'background', false],
      ['mid', 48.39, 0, 'in-article', false],
      ['span', 32.26, 9.68, 'background', false],
      ['month', 0, 100, 'background', true],
    ]);
  });

  it('gives each claim of the model the events its paragraphs refer to, in date order', () => {
    const m = model();
    for (const claim of m.claims) {
      const { from, to } = claim.paragraphs;
      const expected = m.events.filter((e) => e.paragraphs.some((n) => n >= from && n <= to)).map((e) => e.id);
      expect(claim.events, claim.slug).toEqual(expected);
    }
    expect(m.claims.some((c) => c.events.length > 0) || m.events.length === 0).toBe(true);
  });
});
