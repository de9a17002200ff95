import { DATE_RANGE, addDays, calendarDateProblem, compareDates, isCalendarDate, maxDate, minDate } from './dates';

describe('isCalendarDate', () => {
  it.each(['2024-02-29', '2021-01-01', '2021-12-31', '2021-04-30'])('accepts %s', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });
  it.each(['2021-02-30', '2023-02-29', '2100-02-29', '2021-04-31', '2021-13-01', '2021-00-10', '2021-1-1', '20210101', ''])(
    'refuses %s',
    (date) => {
      expect(isCalendarDate(date)).toBe(false);
    },
  );
  it('refuses what is not a string', () => {
    expect(isCalendarDate(20210101)).toBe(false);
  });
  it.each(['0050-01-01', '0000-01-01', '0099-12-31', '1899-12-31', '2201-01-01', '9999-12-31'])(
    'refuses %s, outside the dates the registry records, saying which those are',
    (date) => {
      expect(isCalendarDate(date)).toBe(false);
      expect(calendarDateProblem(date)).toBe(`must be a date from ${DATE_RANGE.first} to ${DATE_RANGE.last}`);
    },
  );
  it.each([DATE_RANGE.first, DATE_RANGE.last])('accepts the edge %s, and a day either side of it stays a date', (date) => {
    expect(isCalendarDate(date)).toBe(true);
    expect(addDays(date, 1)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(addDays(date, -1)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('date arithmetic', () => {
  it('adds and subtracts days across month, year and leap-day boundaries', () => {
    expect(addDays('2021-01-01', -1)).toBe('2020-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2021-03-28', 1)).toBe('2021-03-29');
  });
  it('orders dates', () => {
    expect(compareDates('2021-01-01', '2021-01-02')).toBeLessThan(0);
    expect(compareDates('2021-01-02', '2021-01-02')).toBe(0);
    expect(maxDate('2021-05-01', '2021-01-01', '2022-01-01')).toBe('2022-01-01');
    expect(minDate('2021-05-01', '2021-01-01', '2022-01-01')).toBe('2021-01-01');
  });
});
