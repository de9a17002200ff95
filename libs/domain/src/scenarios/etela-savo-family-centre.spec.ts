/**
 * Seed 002: the Etelä-Savo family-centre cooperation agreement 2026–2029, as Rantasalmi decided it. The commands are
 * the demo seed's own (one fixture for the seed, this scenario and the e2e test), so the three cannot drift apart.
 */
import {
  assumedApprovalOf,
  assumedSignatureOf,
  BOARD_APPROVES,
  COMMITTEE_PROPOSES,
  ENTERS_INTO_FORCE,
  ES_COUNTY,
  PARISH,
  RANTASALMI,
  SEED_002_DRAFT,
  SEED_002_PARTIES,
} from '../../../registry/src/seed/seed-002';
import type { AgreementCommand, PartyTypeLookup } from '../agreements/agreement.commands';
import { agreementDecider, decideAgreement, evolveAgreement } from '../agreements/agreement.decider';
import type { AgreementEvent } from '../agreements/agreement.events';
import { initialAgreementState } from '../agreements/agreement.state';
import { statusOn } from '../agreements/status';
import { PartiesNotReady, PartyHasNotApproved } from '../errors';
import { obligationRows } from '../obligations/expand';
import type { PartyType } from '../parties/party.events';
import { givenFor } from '../testing/given';

const given = givenFor(agreementDecider);
const TODAY = '2025-12-15';

const partyTypes: PartyTypeLookup = Object.fromEntries(
  SEED_002_PARTIES.map((party) => [party.partyId, (party as { partyType: PartyType }).partyType]),
);

/** The seed's request as the registry completes it: with today's date, and the parties' types for a draft. */
const complete = (request: { type: string }): AgreementCommand =>
  ({ ...request, today: TODAY, ...(request.type === 'DraftAgreement' && { partyTypes }) }) as AgreementCommand;

const draft = complete(SEED_002_DRAFT);
const committeeProposes = complete(COMMITTEE_PROPOSES);
const boardApproves = complete(BOARD_APPROVES);
const rantasalmiSigns = complete(assumedSignatureOf(RANTASALMI));
const othersApproveAndSign = [ES_COUNTY, PARISH].flatMap((partyId) => [complete(assumedApprovalOf(partyId)), complete(assumedSignatureOf(partyId))]);
const entryIntoForce = complete(ENTERS_INTO_FORCE);

/** Records the commands one after another, as the registry would, and returns the stream. */
function record(commands: AgreementCommand[], history: AgreementEvent[] = []): AgreementEvent[] {
  return commands.reduce((events, next) => {
    const state = events.reduce(evolveAgreement, initialAgreementState);
    return [...events, ...decideAgreement(next, state)];
  }, history);
}

describe('Etelä-Savo family-centre agreement 2026–2029 (seed 002)', () => {
  const proposedOnly = record([draft, committeeProposes]);
  const approved = record([boardApproves], proposedOnly);
  const allSigned = record([rantasalmiSigns, ...othersApproveAndSign], approved);
  const inForce = record([entryIntoForce], allSigned);
  const state = inForce.reduce(evolveAgreement, initialAgreementState);

  it("does not let Rantasalmi sign on its committee's proposal to the municipal board (HYSIVLTK § 85)", () => {
    given(proposedOnly).when(rantasalmiSigns).thenThrows(PartyHasNotApproved);
    expect(statusOn(proposedOnly.reduce(evolveAgreement, initialAgreementState), '2025-10-01')).toBe('in-approval');
  });

  it('would not count an approval by the committee itself: the terms name the municipal board, by its hallintosääntö', () => {
    const { referredTo: _referredTo, ...proposal } = COMMITTEE_PROPOSES;
    const committeeApproves: typeof COMMITTEE_PROPOSES = { ...proposal, outcome: 'approved' };
    given(record([complete(committeeApproves)], proposedOnly)).when(rantasalmiSigns).thenThrows(PartyHasNotApproved);
  });

  it('records the municipal board’s approval with its case number, its electronic procedure and its source', () => {
    const decision = approved.at(-1)!;
    expect(decision).toMatchObject({
      type: 'BoardDecisionRecorded',
      data: {
        body: 'kunnanhallitus',
        section: '§ 331',
        diaryNumber: '441/00.04.02/2025',
        procedure: 'electronic',
        source: { document: '002_a8f13f1475d46feb.txt', reference: 'KHALL 03.11.2025 § 331' },
      },
    });
    expect(SEED_002_DRAFT.terms).not.toHaveProperty('diaryNumber');
  });

  it('lets Rantasalmi sign once the municipal board has approved (KHALL 03.11.2025 § 331)', () => {
    if (rantasalmiSigns.type !== 'RecordSignature') throw new Error(`the seed's signature is a ${rantasalmiSigns.type}`);
    const { type: _type, agreementId: _agreementId, today: _today, ...signature } = rantasalmiSigns;
    given(approved).when(rantasalmiSigns).thenEmits([{ type: 'SignatureRecorded', schemaVersion: 1, data: signature }]);
  });

  it('does not enter into force until every party has signed, naming who is missing', () => {
    given(record([rantasalmiSigns], approved)).when(entryIntoForce).thenThrows(PartiesNotReady, { parties: [ES_COUNTY, PARISH] });
  });

  it('enters into force on 2026-01-01, for the years 2026–2029', () => {
    expect(statusOn(state, '2025-12-31')).toBe('signed');
    expect(statusOn(state, '2026-01-01')).toBe('in-force');
    expect(statusOn(state, '2030-01-01')).toBe('expired');
  });

  it("puts Rantasalmi's meeting place in the parish's premises: the parish provides them, the municipality pays", () => {
    const premises = obligationRows(state).filter((row) => row.type === 'provide-premises');
    expect(premises.map(({ obligationId, partyId, location }) => [obligationId, partyId, location?.providedBy])).toEqual([
      ['premises', RANTASALMI, PARISH],
      ['meeting-place-premises', PARISH, PARISH],
    ]);
  });

  it('marks every obligation as resting on an assumption: no signature is in the document', () => {
    const rows = obligationRows(state);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => row.assumed === true)).toBe(true);
  });

  it('obliges every party, the parish included, to appoint a representative', () => {
    const appointing = obligationRows(state).filter((row) => row.obligationId === 'representatives');
    expect(appointing.map((row) => row.partyId)).toEqual([ES_COUNTY, RANTASALMI, PARISH]);
  });
});
