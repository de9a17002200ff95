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

let lastFormatted = { minute: NaN, date: '' };

/** The registry's "today" is the calendar date in Finland, whatever zone the server runs in. */
export function registryDate(instant: Date): string {
  // Formatting in a time zone costs ~15 µs, and every command asks. Finnish midnight always falls on a whole UTC hour.
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== lastFormatted.minute) lastFormatted = { minute, date: helsinkiDate.format(instant) };
  return lastFormatted.date;
}
