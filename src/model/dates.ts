// Dates of the timeline's events: checking, ordering and placing
// them on a scale (their wording, in each language, is src/i18n's). Pure (no Astro imports): the build's integrity check, the
// /timeline/ page, the claim pages and the unit tests all use it.
//
// A date is YYYY, YYYY-MM or YYYY-MM-DD; its `precision` (year, month, day)
// says which. A span has an `end` in the same format. Dates are calendar
// dates with no time zone, so they are handled as UTC days throughout.

export type Precision = 'day' | 'month' | 'year';

export interface Dated {
  date: string;
  precision: Precision;
  end?: string | undefined;
}

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
}

const FORMAT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const PARTS: Record<Precision, number> = { year: 1, month: 2, day: 3 };
const SHAPE: Record<Precision, string> = { year: 'YYYY', month: 'YYYY-MM', day: 'YYYY-MM-DD' };

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The parts of a date string, or undefined if it is not a real calendar date (2025-02-30, 2025-13). */
export function parseDate(value: string): DateParts | undefined {
  const m = FORMAT.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month };
  const day = Number(m[3]);
  if (day < 1 || day > daysIn(year, month)) return undefined;
  return { year, month, day };
}

const precisionOf = (value: string): Precision | undefined => (Object.keys(PARTS) as Precision[]).find((p) => PARTS[p] === value.split('-').length);

/** First and last instant (UTC ms) a date string covers: 2025-08 → 1 August … 31 August. */
export function rangeOf(value: string): { first: number; last: number } {
  const p = parseDate(value);
  if (!p) throw new Error(`not a date: ${value}`);
  const first = Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1);
  const last = p.day !== undefined ? first : p.month !== undefined ? Date.UTC(p.year, p.month - 1, daysIn(p.year, p.month)) : Date.UTC(p.year, 11, 31);
  return { first, last };
}

/**
 * What is wrong with an event's dates, as messages naming the file, field and
 * value: a missing or impossible date, a date that does not match its
 * precision, an end in another format or not after the start.
 */
export function dateProblems(file: string, event: Partial<Dated>): string[] {
  const problems: string[] = [];
  const { date, precision, end } = event;
  if (date === undefined || date === '') {
    return [`${file}: \`date\` is missing; every event needs one (YYYY, YYYY-MM or YYYY-MM-DD, with \`precision\` year, month or day).`];
  }
  if (!parseDate(date)) {
    problems.push(`${file}: \`date: ${date}\` is not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD).`);
  } else if (precision && precisionOf(date) !== precision) {
    problems.push(`${file}: \`date: ${date}\` does not match \`precision: ${precision}\` (${SHAPE[precision]}).`);
  }
  if (end !== undefined) {
    if (!parseDate(end)) {
      problems.push(`${file}: \`end: ${end}\` is not a calendar date (YYYY, YYYY-MM or YYYY-MM-DD).`);
    } else if (precision && precisionOf(end) !== precision) {
      problems.push(`${file}: \`end: ${end}\` does not match \`precision: ${precision}\` (${SHAPE[precision]}).`);
    } else if (parseDate(date) && rangeOf(end).first <= rangeOf(date).first) {
      problems.push(`${file}: \`end: ${end}\` is not after \`date: ${date}\`; a span ends after it starts (or drop \`end\`).`);
    }
  }
  return problems;
}

/** Chronological order: by start, then the shorter span first, then by id (stable). */
export function byDate<T extends Dated & { id: string }>(a: T, b: T): number {
  const ra = rangeOf(a.date);
  const rb = rangeOf(b.date);
  const ea = a.end ? rangeOf(a.end).last : ra.last;
  const eb = b.end ? rangeOf(b.end).last : rb.last;
  return ra.first - rb.first || ea - eb || a.id.localeCompare(b.id);
}

/**
 * Where an event stands to the article: referred to by it, before it
 * (background), or after it (it starts after `writtenBy`, the last day the
 * article can have been written: explainer.yaml `article.writtenBy`).
 */
export function relationToArticle(event: Dated & { paragraphs: readonly number[] }, writtenBy: string): 'in-article' | 'background' | 'after' {
  if (event.paragraphs.length > 0) return 'in-article';
  return rangeOf(event.date).first > rangeOf(writtenBy).last ? 'after' : 'background';
}

const DAY = 24 * 60 * 60 * 1000;

/** The size of a gap, for the list's visual spacing: 0 (days) … 4 (decades). */
export function gapStep(from: Dated, to: Dated): 0 | 1 | 2 | 3 | 4 {
  const days = (rangeOf(to.date).first - rangeOf(from.date).first) / DAY;
  return days < 7 ? 0 : days < 60 ? 1 : days < 365 ? 2 : days < 3650 ? 3 : 4;
}

/** Position of an instant between two others, as a percentage (clamped to 0–100). */
export function percentAt(time: number, from: number, to: number): number {
  const p = ((time - from) / (to - from)) * 100;
  return Math.round(Math.min(100, Math.max(0, p)) * 100) / 100;
}

export interface ScaleMark {
  id: string;
  /** Left edge and width, in % of the scale; width 0 for a single day. */
  x: number;
  width: number;
  kind: 'in-article' | 'background' | 'after';
  /** A month or a year, not a span: the event happened at some point in it. */
  vague: boolean;
}

/** The events inside [from, to] (ISO days, inclusive) placed on a linear scale between them. */
export function scaleMarks(events: readonly (Dated & { id: string; relation: ScaleMark['kind'] })[], from: string, to: string): ScaleMark[] {
  const start = rangeOf(from).first;
  const stop = rangeOf(to).last + DAY;
  return events
    .filter((e) => rangeOf(e.date).first >= start && rangeOf(e.date).first < stop)
    .map((e) => {
      const first = rangeOf(e.date).first;
      const last = (e.end ? rangeOf(e.end).last : rangeOf(e.date).last) + DAY;
      const x = percentAt(first, start, stop);
      const width = e.end || e.precision !== 'day' ? Math.max(0, percentAt(last, start, stop) - x) : 0;
      return { id: e.id, x, width, kind: e.relation, vague: !e.end && e.precision !== 'day' };
    });
}
