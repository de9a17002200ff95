import { yearBound } from './year-bound';

describe('yearBound', () => {
  it('counts a whole year as every day of it, leap years included', () => {
    expect(yearBound([{ validFrom: '2020-01-01', validTo: null }], 2021, 'days')).toEqual({ numerator: 365, denominator: 365 });
    expect(yearBound([{ validFrom: '2024-01-01', validTo: '2024-12-31' }], 2024, 'days')).toEqual({ numerator: 366, denominator: 366 });
  });

  it('counts a party joining on 1 May as 245 days, or as 8 months', () => {
    const joined = [{ validFrom: '2021-05-01', validTo: null }];
    expect(yearBound(joined, 2021, 'days')).toEqual({ numerator: 245, denominator: 365 });
    expect(yearBound(joined, 2021, 'months')).toEqual({ numerator: 8, denominator: 12 });
  });

  it('counts by month the months whose first day the party was bound on', () => {
    expect(yearBound([{ validFrom: '2021-05-15', validTo: '2021-09-15' }], 2021, 'months')).toEqual({ numerator: 4, denominator: 12 });
  });

  it('counts overlapping and adjoining stretches once, and nothing outside the year', () => {
    const stretches = [
      { validFrom: '2020-06-01', validTo: '2021-03-31' },
      { validFrom: '2021-04-01', validTo: '2021-06-30' },
      { validFrom: '2021-06-01', validTo: '2021-06-30' },
    ];
    expect(yearBound(stretches, 2021, 'days')).toEqual({ numerator: 181, denominator: 365 });
  });

  it('states the days bound under the none rule too', () => {
    expect(yearBound([{ validFrom: '2021-12-31', validTo: null }], 2021, 'none')).toEqual({ numerator: 1, denominator: 365 });
  });
});
