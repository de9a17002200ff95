import type { AgreementEvent, ProgrammeEvent } from '@pacta/domain';
import { programmeAgreementOf, projectProgramme } from './project';

const at = { revision: 2, position: 40 };
const source = { document: '000_a87a56af6191f029.txt', reference: 'Esiselvitysvaihe' };

describe('projectProgramme', () => {
  it('given a programme registered, then its row, with the revision and position it was registered at', () => {
    const registered: ProgrammeEvent = {
      type: 'ProgrammeRegistered',
      schemaVersion: 1,
      data: { programmeId: 'ks-family-law', kind: 'family-law', title: { fi: 'Perheoikeudellinen yksikkö' }, hostPartyId: 'jyvaskyla', source },
    };

    expect(projectProgramme('ks-family-law', registered, at)).toEqual({
      insert: {
        programmeId: 'ks-family-law',
        kind: 'family-law',
        title: '{"fi":"Perheoikeudellinen yksikkö"}',
        hostPartyId: 'jyvaskyla',
        source: JSON.stringify(source),
        revision: 2,
        position: 40,
      },
    });
  });

  it('given a decline, then its row in the order of the log, and the programme row touched', () => {
    const declined: ProgrammeEvent = { type: 'ProgrammeDeclined', schemaVersion: 1, data: { partyId: 'jamsa', assumed: { note: 'no date given' } } };

    expect(projectProgramme('ks-family-law', declined, at)).toEqual({
      decline: { programmeId: 'ks-family-law', partyId: 'jamsa', decidedOn: null, source: null, assumed: '{"note":"no date given"}', seq: 40 },
      touch: { programmeId: 'ks-family-law', revision: 2, position: 40 },
    });
  });

  it('given an event this version does not know, then only the programme row touched', () => {
    expect(projectProgramme('ks-family-law', undefined, at)).toEqual({ touch: { programmeId: 'ks-family-law', revision: 2, position: 40 } });
  });
});

describe('programmeAgreementOf', () => {
  const terms = { title: { fi: 'Sopimus' }, term: { startsOn: '2021-01-01', endsOn: null }, parties: [], obligations: [] };
  const drafted = (programmeId?: string): AgreementEvent => ({
    type: 'AgreementDrafted',
    schemaVersion: 1,
    data: { agreementId: 'a', kind: 'family-law', version: 1, terms, ...(programmeId && { programmeId }) },
  });

  it('given a draft of a programme, then the row tying the agreement to it', () => {
    expect(programmeAgreementOf('a', drafted('ks-family-law'))).toEqual({ programmeId: 'ks-family-law', agreementId: 'a' });
  });
  it('given a draft of no programme, or any later event, then no row', () => {
    expect(programmeAgreementOf('a', drafted())).toBeUndefined();
    expect(programmeAgreementOf('a', { type: 'AgreementTerminated', schemaVersion: 1, data: { effectiveOn: '2022-01-01', reason: 'r' } })).toBeUndefined();
  });
});
