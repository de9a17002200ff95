import type { AgreementEvent } from '../agreements/agreement.events';
import type { CorrectAgreementFact } from '../agreements/agreement.commands';
import { agreementDecider } from '../agreements/agreement.decider';
import { CorrectionBreaksDependent, DateInTheFuture, FactAlreadyRetracted, InvalidCorrection } from '../errors';
import { obligationRows } from '../obligations/expand';
import {
  AGREEMENT_ID,
  approvedBy,
  drafted,
  enteredIntoForce,
  FOUNDING_PARTIES,
  inForce,
  joined,
  signedBy,
  stateAfter,
  terminated,
  TODAY,
  withdrew,
} from '../testing/fixtures';
import { givenFor } from '../testing/given';
import type { Correction, FactCorrected } from './fact-corrected';

const given = givenFor(agreementDecider);
const AT = '2025-06-01T09:00:00.000Z';
const ID = '0193e0a4-0000-7000-8000-000000000001';
const LATER_ID = '0193e0a4-0000-7000-8000-000000000002';

/** A correction of `recorded` (the event the id names), replacing its data or retracting it. */
function correct(recorded: AgreementEvent, change: { replacement?: object; retract?: true }, eventId = ID): CorrectAgreementFact {
  return { type: 'CorrectAgreementFact', today: TODAY, at: AT, by: 'registrar-1', agreementId: AGREEMENT_ID, eventId, recorded, reason: 'Kirjoitusvirhe', ...change };
}

/** The correction event; `index` is the fact's place among the facts of its kind. */
function corrected(recorded: AgreementEvent, change: Pick<Correction, 'replacement' | 'retracted' | 'index'>, eventId = ID): FactCorrected {
  return {
    type: 'FactCorrected',
    schemaVersion: 1,
    data: { eventId, correctedType: recorded.type, was: recorded.data as Correction['was'], ...change, reason: 'Kirjoitusvirhe', correctedBy: 'registrar-1', correctedAt: AT },
  };
}

const laukaaApproval = approvedBy('laukaa');
const laukaaSignature = signedBy('laukaa');
const entry = enteredIntoForce();

describe('correcting a recorded fact', () => {
  describe('what it accepts', () => {
    it('given a decision with a typo in its section, when corrected, then the replacement stands and the original is on the trail', () => {
      const replacement = { ...laukaaApproval.data, section: '§ 331' };
      given([drafted, laukaaApproval]).when(correct(laukaaApproval, { replacement })).thenEmits([corrected(laukaaApproval, { replacement, index: 0 })]);
      const state = stateAfter([drafted, laukaaApproval, corrected(laukaaApproval, { replacement })]);
      expect(state.versions[0].decisions).toEqual([replacement]);
      expect(state.corrections).toEqual([expect.objectContaining({ eventId: ID, was: laukaaApproval.data, reason: 'Kirjoitusvirhe', correctedBy: 'registrar-1', correctedAt: AT })]);
    });

    it('given an agreement in force, when a signature moves to a later day still before the entry into force, then it is accepted', () => {
      const replacement = { ...laukaaSignature.data, signedOn: '2020-12-15' };
      // laukaa is the second founding party to sign.
      given(inForce).when(correct(laukaaSignature, { replacement })).thenEmits([corrected(laukaaSignature, { replacement, index: 1 })]);
    });

    it('given a corrected fact, when it is corrected again, then the second correction starts from the first one’s replacement', () => {
      const first = { ...laukaaApproval.data, section: '§ 33' };
      const second = { ...laukaaApproval.data, section: '§ 331' };
      const firstCorrection = corrected(laukaaApproval, { replacement: first });
      given([drafted, laukaaApproval, firstCorrection])
        .when(correct(laukaaApproval, { replacement: second }))
        .thenEmits([{ ...corrected(laukaaApproval, { replacement: second }), data: { ...corrected(laukaaApproval, { replacement: second, index: 0 }).data, was: first } }]);
    });

    it('given an entry into force, when it is retracted (annulled), then the agreement has no version in force and no obligations', () => {
      given(inForce).when(correct(entry, { retract: true })).thenEmits([corrected(entry, { retracted: true, index: 0 })]);
      const state = stateAfter([...inForce, corrected(entry, { retracted: true })]);
      expect(state.inForce).toEqual([]);
      expect(obligationRows(state)).toEqual([]);
    });

    it('given a termination, when it is retracted, then the agreement is no longer terminated', () => {
      const termination = terminated('2022-12-31');
      expect(stateAfter([...inForce, termination, corrected(termination, { retracted: true })]).termination).toBeUndefined();
    });

    it('given a withdrawal with a wrong date, when corrected, then obligations end on the corrected date', () => {
      const withdrawal = withdrew('laukaa', '2022-06-30');
      const replacement = { ...withdrawal.data, effectiveOn: '2022-12-31' };
      given([...inForce, withdrawal]).when(correct(withdrawal, { replacement })).thenEmits([corrected(withdrawal, { replacement, index: 0 })]);
      const rows = obligationRows(stateAfter([...inForce, withdrawal, corrected(withdrawal, { replacement })]));
      expect(rows.filter((row) => row.partyId === 'laukaa').map((row) => row.validTo)).toEqual(['2022-12-31']);
    });
  });

  describe('what it refuses', () => {
    it('given an agreement in force, when the approval its entry into force relied on is retracted, then 409 names the signature and the entry into force', () => {
      given(inForce)
        .when(correct(laukaaApproval, { retract: true }))
        .thenThrows(CorrectionBreaksDependent, {
          dependents: [
            'the signature of laukaa on 2020-12-01 (version 1) without an approval of version 1',
            'the entry into force of version 1 on 2021-01-01 not approved and signed by laukaa',
          ],
        });
    });

    it('given an agreement in force, when a signature it relied on is retracted, then 409 names the entry into force', () => {
      given(inForce)
        .when(correct(laukaaSignature, { retract: true }))
        .thenThrows(CorrectionBreaksDependent, { dependents: ['the entry into force of version 1 on 2021-01-01 not approved and signed by laukaa'] });
    });

    it('given a signature, when it is moved before its approval, then 409 names the signature', () => {
      given([drafted, laukaaApproval, laukaaSignature])
        .when(correct(laukaaSignature, { replacement: { ...laukaaSignature.data, signedOn: '2020-10-01' } }))
        .thenThrows(CorrectionBreaksDependent, { dependents: ['the signature of laukaa on 2020-10-01 (version 1) before its approval on 2020-11-02'] });
    });

    it('given a joined party that withdrew, when the join is retracted, then 409 names the withdrawal', () => {
      const join = joined('muurame', '2021-05-01');
      given([...inForce, join, withdrew('muurame', '2021-12-31')])
        .when(correct(join, { retract: true }))
        .thenThrows(CorrectionBreaksDependent, { dependents: ['the withdrawal of muurame effective 2021-12-31 when it is not a party'] });
    });

    it('given a decision, when its meetingDate is corrected to after today, then 422 names replacement.meetingDate and today', () => {
      given([drafted, laukaaApproval])
        .when(correct(laukaaApproval, { replacement: { ...laukaaApproval.data, meetingDate: '2099-01-01' } }))
        .thenThrows(DateInTheFuture, { field: 'replacement.meetingDate', today: TODAY });
    });

    it('given a decision, when the replacement names another party, then it is refused: retract it and record the right one', () => {
      given([drafted, laukaaApproval])
        .when(correct(laukaaApproval, { replacement: { ...laukaaApproval.data, partyId: 'jyvaskyla' } }))
        .thenThrows(InvalidCorrection, 'replacement.partyId');
    });

    it('given a decision, when the replacement is malformed, then 422 names the field under replacement', () => {
      given([drafted, laukaaApproval])
        .when(correct(laukaaApproval, { replacement: { ...laukaaApproval.data, outcome: 'maybe' } }))
        .thenThrows(InvalidCorrection, 'replacement.outcome');
    });

    it('given a decision, when the replacement changes nothing, then it is refused', () => {
      given([drafted, laukaaApproval]).when(correct(laukaaApproval, { replacement: laukaaApproval.data })).thenThrows(InvalidCorrection, 'replacement');
    });

    it('given a retracted fact, when it is corrected, then 409', () => {
      given([drafted, laukaaApproval, corrected(laukaaApproval, { retracted: true })])
        .when(correct(laukaaApproval, { retract: true }))
        .thenThrows(FactAlreadyRetracted);
    });

    it('given an id the stream does not hold, then 422 names eventId', () => {
      given([drafted]).when({ ...correct(laukaaApproval, { retract: true }), recorded: undefined }).thenThrows(InvalidCorrection, 'eventId');
    });

    it('given a correction, when the correction itself is named, then it is refused pointing at the original', () => {
      const correction = corrected(laukaaApproval, { retracted: true });
      given([drafted, laukaaApproval, correction])
        .when(correct(correction, { retract: true }, LATER_ID))
        .thenThrows(InvalidCorrection, { field: 'eventId', detail: expect.stringContaining(ID) });
    });

    it('given a draft, when its terms are corrected, then it is refused: a draft is revised', () => {
      given([drafted]).when(correct(drafted, { retract: true })).thenThrows(InvalidCorrection, 'eventId');
    });
  });

  it('leaves every founding party bound after an accepted correction of one party’s decision text', () => {
    const replacement = { ...laukaaApproval.data, section: '§ 331' };
    const state = stateAfter([...inForce, corrected(laukaaApproval, { replacement })]);
    expect(new Set(obligationRows(state).map((row) => row.partyId))).toEqual(new Set(FOUNDING_PARTIES));
  });

  it('given two decisions that read the same but for their section, when the second is corrected, then the second is replaced, also where only part of each is kept', () => {
    const board = { ...laukaaApproval, data: { ...laukaaApproval.data, body: 'perusturvalautakunta', section: '§ 12' } };
    const replacement = { ...laukaaApproval.data, section: '§ 331' };
    const [correction] = agreementDecider.decide(correct(laukaaApproval, { replacement }), stateAfter([drafted, board, laukaaApproval]));
    expect(stateAfter([drafted, board, laukaaApproval, correction]).versions[0].decisions).toEqual([board.data, replacement]);
    const partial = stateAfter([drafted, board, laukaaApproval]);
    const kept = { ...partial, versions: partial.versions.map((v) => ({ ...v, decisions: v.decisions.map(({ partyId, meetingDate, outcome, version }) => ({ partyId, meetingDate, outcome, version }) as typeof v.decisions[number]) })) };
    expect(agreementDecider.evolve(kept, correction as FactCorrected).versions[0].decisions[1]).toEqual(replacement);
  });
});
