import { registryDate } from './clock';

describe('registryDate', () => {
  it.each([
    ['2026-11-23T21:59:59.999Z', '2026-11-23'],
    ['2026-11-23T22:00:00.000Z', '2026-11-24'],
    ['2026-06-30T20:59:59.999Z', '2026-06-30'],
    ['2026-06-30T21:00:00.000Z', '2026-07-01'],
  ])('is the calendar date in Finland at %s, in winter and in summer time', (instant, date) => {
    expect(registryDate(new Date(instant))).toBe(date);
  });

  it('answers for the instant asked, whatever was asked before', () => {
    const asked = ['2026-11-23T21:59:00.000Z', '2026-11-23T22:00:00.000Z', '2026-11-23T21:59:30.000Z', '2026-11-23T22:00:59.000Z'];
    expect(asked.map((instant) => registryDate(new Date(instant)))).toEqual(['2026-11-23', '2026-11-24', '2026-11-23', '2026-11-24']);
  });

  it('refuses an invalid date as formatting does', () => {
    expect(() => registryDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
