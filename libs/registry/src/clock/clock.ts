export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('Clock');

export const systemClock: Clock = { now: () => new Date() };

const helsinkiDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The registry's "today" is the calendar date in Finland, whatever zone the server runs in. */
export function registryDate(instant: Date): string {
  return helsinkiDate.format(instant);
}
