import { calendarEntryOf } from './calendar-entry';
import type { Deadline } from '@pacta/domain';

describe('a deadline as a calendar entry', () => {
  const joins: Deadline = {
    date: '2021-05-01',
    type: 'party-joins',
    agreementId: 'keski-suomi-family-law-2021',
    kind: 'family-law',
    title: { fi: 'Perheoikeudelliset palvelut', en: 'Family-law services' },
    partyId: 'aanekoski',
  };
  const names = new Map([['aanekoski', { fi: 'Äänekosken kaupunki', sv: 'Äänekoski stad', en: 'City of Äänekoski' }]]);

  it('names the party by name in Finnish, Swedish and English, with what happens in Finnish and English', () => {
    const { summary } = calendarEntryOf(joins, names);
    expect(summary).toBe(
      'Osapuoli liittyy / Party joins: Äänekosken kaupunki / Äänekoski stad / City of Äänekoski — Perheoikeudelliset palvelut / Family-law services',
    );
    expect(summary).not.toMatch(/: aanekoski/);
  });

  it('gives a Finnish-only name as it is', () => {
    expect(calendarEntryOf(joins, new Map([['aanekoski', { fi: 'Äänekoski' }]])).summary).toMatch(/Party joins: Äänekoski — /);
  });

  it('shows an unknown party by its id rather than dropping it', () => {
    expect(calendarEntryOf(joins, new Map()).summary).toMatch(/Party joins: aanekoski — /);
  });

  it('names no party for a deadline of the whole agreement, and says which review set a review date', () => {
    const due: Deadline = { ...joins, type: 'review-due', partyId: undefined, reviewYear: 2026 };
    const entry = calendarEntryOf(due, names);
    expect(entry.summary).toBe('Vuosikatselmus erääntyy / Annual review due — Perheoikeudelliset palvelut / Family-law services');
    expect(entry.description).toBe(
      'Perheoikeudelliset palvelut / Family-law services: keski-suomi-family-law-2021 — vuoden 2026 katselmuksen asettama / set by the 2026 review',
    );
  });
});
