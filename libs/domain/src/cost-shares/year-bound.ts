import type { Proration } from '../agreements/terms';
import { addDays, firstDayOfYear, lastDayOfYear, maxDate, minDate, type CalendarDate } from '../calendar/dates';

/** The part of a year a party was bound: `numerator` of `denominator` days, or of 12 months when prorated by month. */
export interface YearBound {
  numerator: number;
  denominator: number;
}

export interface BoundStretch {
  validFrom: CalendarDate;
  /** Inclusive; null while open-ended. */
  validTo: CalendarDate | null;
}

const DAY_MS = 86_400_000;
const daysBetween = (from: CalendarDate, to: CalendarDate) => (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;

/**
 * How much of `year` the stretches cover, counted as the rule counts it: by month, the calendar months on whose first
 * day the party was bound; otherwise by day (with `none`, the days are stated but do not change the share).
 * Overlapping stretches count once.
 */
export function yearBound(stretches: readonly BoundStretch[], year: number, proration: Proration): YearBound {
  const start = firstDayOfYear(year);
  const end = lastDayOfYear(year);
  const clipped = stretches
    .filter((stretch) => stretch.validFrom <= end && (stretch.validTo === null || stretch.validTo >= start))
    .map((stretch) => ({ from: maxDate(stretch.validFrom, start), to: minDate(stretch.validTo ?? end, end) }))
    .sort((a, b) => (a.from < b.from ? -1 : 1));
  const merged: { from: CalendarDate; to: CalendarDate }[] = [];
  for (const stretch of clipped) {
    const last = merged.at(-1);
    if (last && stretch.from <= addDays(last.to, 1)) last.to = maxDate(last.to, stretch.to);
    else merged.push({ ...stretch });
  }
  if (proration === 'months') {
    const firstDays = Array.from({ length: 12 }, (_, month) => `${year}-${String(month + 1).padStart(2, '0')}-01`);
    const bound = firstDays.filter((day) => merged.some((stretch) => stretch.from <= day && day <= stretch.to));
    return { numerator: bound.length, denominator: 12 };
  }
  return { numerator: merged.reduce((sum, stretch) => sum + daysBetween(stretch.from, stretch.to), 0), denominator: daysBetween(start, end) };
}
