/** The smallest draft the API accepts: a framework agreement between `kunta` and `toinen`, open-ended from 2023. */
export const draftBody = (overrides: Record<string, unknown> = {}) => ({
  kind: 'framework',
  title: { fi: 'Sopimus' },
  term: { startsOn: '2023-01-01', endsOn: null },
  parties: [
    { partyId: 'kunta', role: 'host' },
    { partyId: 'toinen', role: 'participant' },
  ],
  obligations: [],
  ...overrides,
});

/** A family-centre draft between Rantasalmi (coordinator) and Mikkeli from 2027, with one premises obligation. */
export const familyCentreDraft = (id: string) => ({
  id,
  kind: 'family-centre',
  title: { fi: 'Perhekeskustoiminnan yhteistyösopimus' },
  term: { startsOn: '2027-01-01', endsOn: null },
  parties: [
    { partyId: 'rantasalmi', role: 'coordinator' },
    { partyId: 'mikkeli', role: 'participant' },
  ],
  obligations: [{ id: 'premises', type: 'provide-premises', obligor: { partyType: 'municipality' }, description: { fi: 'Kohtaamispaikan tilat' } }],
});
