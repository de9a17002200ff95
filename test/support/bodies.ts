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
