/** An ISO date 'YYYY-MM-DD' that exists on the Gregorian calendar. */
export type CalendarDate = string;

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * The dates the registry records. No cooperation agreement between Finnish public bodies predates 1900, and the
 * floor keeps JavaScript's Date from reading years 0–99 as 1900–1999; the ceiling keeps date arithmetic (a day
 * after, a year after) inside four-digit years.
 */
export const DATE_RANGE = { first: '1900-01-01', last: '2200-12-31' } as const satisfies Record<string, CalendarDate>;

export const CALENDAR_DATE_MESSAGE = 'must be a real calendar date YYYY-MM-DD';
export const DATE_RANGE_MESSAGE = `must be a date from ${DATE_RANGE.first} to ${DATE_RANGE.last}`;

/** What is wrong with a value given as a date, or undefined when it is a date the registry records. */
export function calendarDateProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return CALENDAR_DATE_MESSAGE;
  const match = DATE_SHAPE.exec(value);
  if (!match) return CALENDAR_DATE_MESSAGE;
  if (value < DATE_RANGE.first || value > DATE_RANGE.last) return DATE_RANGE_MESSAGE;
  const [year, month, day] = match.slice(1).map(Number);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? undefined : CALENDAR_DATE_MESSAGE;
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  return calendarDateProblem(value) === undefined;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Negative when a is earlier, 0 when equal, positive when later (ISO dates sort lexically). */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

export function maxDate(first: CalendarDate, ...rest: CalendarDate[]): CalendarDate {
  return rest.reduce((latest, date) => (date > latest ? date : latest), first);
}

export function minDate(first: CalendarDate, ...rest: CalendarDate[]): CalendarDate {
  return rest.reduce((earliest, date) => (date < earliest ? date : earliest), first);
}

export function firstDayOfYear(year: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-01-01`;
}

export function lastDayOfYear(year: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-12-31`;
}
