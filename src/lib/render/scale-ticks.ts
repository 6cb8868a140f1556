// The ticks of one panel of the timeline's visual scale, from its settings in
// explainer.yaml (`timeline.scales`): by decade, year, month or chosen days.
import { parseDate } from '../../model/dates.ts';

export interface Tick {
  date: string;
  label: string;
  key?: boolean;
  minor?: boolean;
}

export interface ScaleSettings {
  from: string;
  to: string;
  ticks: 'decade' | 'year' | 'month' | 'day';
  days?: number[] | undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Ticks for a panel; `keyDays` (YYYY-MM-DD) are labelled in bold on a day scale; months are labelled by `monthLabel`
 * (the interface's short month names, src/i18n formatMonth).
 */
export function scaleTicks(scale: ScaleSettings, keyDays: ReadonlySet<string>, monthLabel: (month: string) => string): Tick[] {
  const a = parseDate(scale.from)!;
  const b = parseDate(scale.to)!;
  if (scale.ticks === 'decade' || scale.ticks === 'year') {
    const step = scale.ticks === 'decade' ? 10 : 1;
    const first = Math.floor(a.year / step) * step;
    const ticks: Tick[] = [];
    // Up to the first tick at or after the end, so the axis is labelled at both ends.
    for (let y = first; y <= b.year + 1; y += step) ticks.push({ date: `${y}`, label: `${y}`, minor: y % (step * 2) !== 0 });
    return ticks;
  }
  if (scale.ticks === 'month') {
    const ticks: Tick[] = [];
    for (let y = a.year, m = a.month!, i = 0; y < b.year || (y === b.year && m <= b.month!); i++) {
      const date = `${y}-${pad(m)}`;
      ticks.push({ date, label: monthLabel(date), minor: i % 2 === 1 });
      if (++m > 12) [y, m] = [y + 1, 1];
    }
    return ticks;
  }
  const days = scale.days ?? [1, b.day!];
  return days.map((d, i) => {
    const date = `${a.year}-${pad(a.month!)}-${pad(d)}`;
    const key = keyDays.has(date);
    return { date, label: String(d), key, minor: !key && i !== 0 && i !== days.length - 1 };
  });
}
