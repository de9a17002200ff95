/**
 * Seed 002: the Etelä-Savo family-centre cooperation agreement 2026–2029, as Rantasalmi decided it.
 * Rantasalmi's decisions are from its minutes; the other parties' dates are illustrative.
 */
import type { AgreementCommand, PartyTypeLookup } from '../agreements/agreement.commands';
import { decideAgreement, evolveAgreement } from '../agreements/agreement.decider';
import type { AgreementEvent } from '../agreements/agreement.events';
import { initialAgreementState } from '../agreements/agreement.state';
import { statusOn } from '../agreements/status';
import type { TermsInput } from '../agreements/terms';
import { PartiesNotReady, PartyHasNotApproved } from '../errors';
import { obligationRows } from '../obligations/expand';
import { agreementDecider } from '../agreements/agreement.decider';
import { givenFor } from '../testing/given';

const given = givenFor(agreementDecider);

const AGREEMENT_ID = 'etela-savo-family-centre-2026';
const TODAY = '2025-12-15';
const DIARY_NUMBER = '441/00.04.02/2025';

const partyTypes: PartyTypeLookup = {
  rantasalmi: 'municipality',
  mikkeli: 'municipality',
  'etela-savo-county': 'wellbeing-services-county',
  'rantasalmi-parish': 'parish',
};

const terms: TermsInput = {
  title: { fi: 'Etelä-Savon perhekeskustoiminnan yhteistyösopimus vuosille 2026–2029' },
  diaryNumber: DIARY_NUMBER,
  term: { startsOn: '2026-01-01', endsOn: '2029-12-31' },
  // The family-centre agreement has no host: the county coordinates, everyone else participates.
  parties: [
    { partyId: 'etela-savo-county', role: 'coordinator' },
    { partyId: 'rantasalmi', role: 'participant' },
    { partyId: 'mikkeli', role: 'participant' },
    { partyId: 'rantasalmi-parish', role: 'participant' },
  ],
  obligations: [
    {
      id: 'coordinator',
      type: 'fund',
      obligor: { partyType: 'wellbeing-services-county' },
      beneficiary: 'all',
      description: {
        fi: 'Hyvinvointialue vastaa alueen perhekeskuskoordinaation toteutuksesta sekä perhekeskuskoordinaattorin resurssista.',
      },
    },
    {
      id: 'meeting-place-premises',
      type: 'provide-premises',
      obligor: { partyType: 'municipality' },
      description: {
        fi: 'Kunnissa varataan kohtaamispaikkatyöhön soveltuva tila ja kunnat vastaavat näistä aiheutuvista kustannuksista.',
      },
    },
    {
      id: 'representatives',
      type: 'appoint-representative',
      obligor: 'all',
      description: { fi: 'Sopijaosapuolet huolehtivat edustajien nimeämisestä perhekeskustoiminnan johtoryhmään.' },
    },
  ],
};

const command = <C extends AgreementCommand['type']>(
  type: C,
  fields: Omit<Extract<AgreementCommand, { type: C }>, 'type' | 'today' | 'agreementId'>,
) => ({ type, today: TODAY, agreementId: AGREEMENT_ID, ...fields }) as Extract<AgreementCommand, { type: C }>;

const draft = command('DraftAgreement', { kind: 'family-centre', terms, partyTypes });

const lautakuntaProposes = command('RecordDecision', {
  partyId: 'rantasalmi',
  body: 'hyvinvointi- ja sivistyslautakunta',
  meetingDate: '2025-09-29',
  section: '§ 85',
  preparer: 'hyvinvointijohtaja Johanna Keränen',
  presenter: 'hyvinvointijohtaja Johanna Keränen',
  proposal:
    'Hyvinvointi- ja sivistyslautakunta päättää esittää kunnanhallitukselle, että se hyväksyy liitteen mukaisen Etelä-Savon perhekeskustoiminnan sopimuksen vuosille 2026-2029.',
  outcome: 'proposed-to-higher-body',
  unanimous: true,
  version: 1,
});

const kunnanhallitusApproves = command('RecordDecision', {
  partyId: 'rantasalmi',
  body: 'kunnanhallitus',
  meetingDate: '2025-11-03',
  section: '§ 331',
  diaryNumber: DIARY_NUMBER,
  preparer: 'hallintojohtaja Jarkko Sanisalo',
  presenter: 'kunnanjohtaja Rainer Leskinen',
  proposal: 'Kunnanhallitus päättää hyväksyä liitteen mukaisen Etelä-Savon perhekeskustoiminnan sopimuksen vuosille 2026-2029.',
  outcome: 'approved',
  version: 1,
});

const otherApprovals = [
  ['etela-savo-county', 'aluehallitus', '2025-10-20', '§ 210'],
  ['mikkeli', 'kaupunginhallitus', '2025-10-27', '§ 402'],
  ['rantasalmi-parish', 'kirkkoneuvosto', '2025-10-15', '§ 31'],
].map(([partyId, body, meetingDate, section]) =>
  command('RecordDecision', { partyId, body, meetingDate, section, outcome: 'approved', version: 1 }),
);

const signatureBy = (partyId: string, title: string) => ({
  partyId,
  signatory: { name: `${title}, ${partyId}`, title },
  authority: 'position' as const,
  signedOn: '2025-11-20',
  method: 'electronic' as const,
  version: 1,
});

const rantasalmiSignature = signatureBy('rantasalmi', 'kunnanjohtaja');
const rantasalmiSigns = command('RecordSignature', rantasalmiSignature);
const otherSignatures = [
  signatureBy('etela-savo-county', 'hyvinvointialuejohtaja'),
  signatureBy('mikkeli', 'kaupunginjohtaja'),
  signatureBy('rantasalmi-parish', 'kirkkoherra'),
].map((signature) => command('RecordSignature', signature));
const entryIntoForce = command('EnterIntoForce', { version: 1, effectiveFrom: '2026-01-01' });

/** Records the commands one after another, as the registry would, and returns the stream. */
function record(commands: AgreementCommand[], history: AgreementEvent[] = []): AgreementEvent[] {
  return commands.reduce((events, next) => {
    const state = events.reduce(evolveAgreement, initialAgreementState);
    return [...events, ...decideAgreement(next, state)];
  }, history);
}

describe('Etelä-Savo family-centre agreement 2026–2029 (seed 002)', () => {
  const proposedOnly = record([draft, lautakuntaProposes]);
  const allApproved = record([kunnanhallitusApproves, ...otherApprovals], proposedOnly);
  const allSigned = record([rantasalmiSigns, ...otherSignatures], allApproved);
  const inForce = record([entryIntoForce], allSigned);
  const state = inForce.reduce(evolveAgreement, initialAgreementState);

  it("does not let Rantasalmi sign on its lautakunta's proposal to the kunnanhallitus", () => {
    given(proposedOnly).when(rantasalmiSigns).thenThrows(PartyHasNotApproved);
    expect(statusOn(proposedOnly.reduce(evolveAgreement, initialAgreementState), '2025-10-01')).toBe('in-approval');
  });

  it("lets Rantasalmi sign once the kunnanhallitus has approved (KHALL 03.11.2025 § 331)", () => {
    given(record([kunnanhallitusApproves], proposedOnly))
      .when(rantasalmiSigns)
      .thenEmits([{ type: 'SignatureRecorded', schemaVersion: 1, data: rantasalmiSignature }]);
  });

  it('does not enter into force until every party has signed, naming who is missing', () => {
    given(record([rantasalmiSigns], allApproved))
      .when(entryIntoForce)
      .thenThrows(PartiesNotReady, { parties: ['etela-savo-county', 'mikkeli', 'rantasalmi-parish'] });
  });

  it('enters into force on 2026-01-01', () => {
    given(allSigned)
      .when(entryIntoForce)
      .thenEmits([{ type: 'VersionEnteredIntoForce', schemaVersion: 1, data: { version: 1, effectiveFrom: '2026-01-01' } }]);
    expect(statusOn(state, '2025-12-31')).toBe('signed');
    expect(statusOn(state, '2026-01-01')).toBe('in-force');
    expect(statusOn(state, '2030-01-01')).toBe('expired');
  });

  it('obliges the county to fund the coordinator and each municipality to provide meeting-place premises', () => {
    const rows = obligationRows(state).filter((row) => row.obligationId !== 'representatives');
    expect(rows.map(({ obligationId, partyId, type, validFrom, validTo }) => ({ obligationId, partyId, type, validFrom, validTo }))).toEqual([
      { obligationId: 'coordinator', partyId: 'etela-savo-county', type: 'fund', validFrom: '2026-01-01', validTo: '2029-12-31' },
      { obligationId: 'meeting-place-premises', partyId: 'rantasalmi', type: 'provide-premises', validFrom: '2026-01-01', validTo: '2029-12-31' },
      { obligationId: 'meeting-place-premises', partyId: 'mikkeli', type: 'provide-premises', validFrom: '2026-01-01', validTo: '2029-12-31' },
    ]);
    expect(rows[0].beneficiaryPartyIds).toEqual(['etela-savo-county', 'rantasalmi', 'mikkeli', 'rantasalmi-parish']);
  });

  it('obliges every party, the parish included, to appoint a representative', () => {
    const appointing = obligationRows(state).filter((row) => row.obligationId === 'representatives');
    expect(appointing.map((row) => row.partyId)).toEqual(['etela-savo-county', 'rantasalmi', 'mikkeli', 'rantasalmi-parish']);
  });
});
