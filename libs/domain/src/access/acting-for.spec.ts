import { initialAgreementState } from '../agreements/agreement.state';
import {
  AGREEMENT_ID,
  draftAgreement,
  draftedWith,
  inForce,
  recordReview,
  reviseDraft,
  stateAfter,
  termsInput,
} from '../testing/fixtures';
import { actingForAgreement, refusalToAct, type ActingFor, type PartyScope } from './acting-for';

const allowed = (scope: PartyScope, actingFor: ActingFor) => refusalToAct(scope, actingFor) === undefined;

describe('who may write for whom', () => {
  it("given a registrar for laukaa, when it writes laukaa's own record, then it may, and not hankasalmi's, naming hankasalmi", () => {
    expect(allowed(['laukaa'], { party: 'laukaa' })).toBe(true);
    const refusal = refusalToAct(['laukaa'], { party: 'hankasalmi' });
    expect(refusal?.parties).toEqual(['hankasalmi']);
    expect(refusal?.message).toMatch(/acts for laukaa, not for hankasalmi/);
  });

  it('given a registrar for two parties, when it writes for either, then it may', () => {
    expect(allowed(['laukaa', 'hankasalmi'], { party: 'hankasalmi' })).toBe(true);
  });

  it('given an agreement led by its host, when a registrar for the host or for a participant writes it as a whole, then only the host may', () => {
    const leads = { agreement: AGREEMENT_ID, leads: ['jyvaskyla'] };
    expect(allowed(['jyvaskyla'], leads)).toBe(true);
    const refusal = refusalToAct(['laukaa'], leads);
    expect(refusal?.parties).toEqual(['jyvaskyla']);
    expect(refusal?.message).toMatch(/led by jyvaskyla/);
  });

  it('given a registrar for every party, when it writes anything, then it may', () => {
    for (const actingFor of [{ party: 'x' }, { agreement: 'a', leads: [] }, 'registry', 'anyone'] as ActingFor[]) {
      expect(allowed('all', actingFor)).toBe(true);
    }
  });

  it("given a scoped registrar, when it writes the registry's own record, then it may not", () => {
    expect(allowed(['laukaa'], 'registry')).toBe(false);
    expect(allowed(['laukaa'], 'anyone')).toBe(true);
  });

  it('given a registrar that acts for no party, when it writes anything, then it may not', () => {
    for (const actingFor of [{ party: 'x' }, 'anyone'] as ActingFor[]) expect(allowed([], actingFor)).toBe(false);
  });
});

describe('whose an agreement command is', () => {
  it("given no agreement, when a draft names a host and a coordinator, then it is theirs", () => {
    const terms = termsInput({
      parties: [
        { partyId: 'jyvaskyla', role: 'host' },
        { partyId: 'laukaa', role: 'coordinator' },
        { partyId: 'hankasalmi', role: 'participant' },
      ],
    });
    expect(actingForAgreement(draftAgreement({ terms }), initialAgreementState)).toEqual({ agreement: AGREEMENT_ID, leads: ['jyvaskyla', 'laukaa'] });
  });

  it("given an agreement in force, when a review is recorded, then it is the latest version's host's", () => {
    expect(actingForAgreement(recordReview(), stateAfter(inForce))).toEqual({ agreement: AGREEMENT_ID, leads: ['jyvaskyla'] });
  });

  it('given a draft, when a revision would name a new host, then it is still the current host who may revise', () => {
    const state = stateAfter([draftedWith({})]);
    const revision = reviseDraft(termsInput({ parties: [{ partyId: 'laukaa', role: 'host' }] }));
    expect(actingForAgreement(revision, state)).toEqual({ agreement: AGREEMENT_ID, leads: ['jyvaskyla'] });
  });

  it("given no agreement, when anything but a draft arrives, then it is nobody's, so the decider says it is not found", () => {
    expect(actingForAgreement(recordReview(), initialAgreementState)).toBe('anyone');
  });

  describe('a correction', () => {
    const correction = (recorded: { type: string; data: unknown } | undefined) => ({
      type: 'CorrectAgreementFact' as const,
      today: '2025-06-01',
      at: '2025-06-01T09:00:00.000Z',
      by: 'registrar-1',
      agreementId: AGREEMENT_ID,
      eventId: '0193e0a4-0000-7000-8000-000000000001',
      recorded,
      reason: 'Kirjoitusvirhe',
      retract: true as const,
    });

    it("given a party's decision, when it is corrected, then the correction is that party's", () => {
      const decision = inForce.find((event) => event.type === 'BoardDecisionRecorded' && event.data.partyId === 'laukaa')!;
      expect(actingForAgreement(correction(decision), stateAfter(inForce))).toEqual({ party: 'laukaa' });
    });

    it("given an entry into force, when it is corrected, then the correction is the agreement's host's", () => {
      const entry = inForce.find((event) => event.type === 'VersionEnteredIntoForce')!;
      expect(actingForAgreement(correction(entry), stateAfter(inForce))).toEqual({ agreement: AGREEMENT_ID, leads: ['jyvaskyla'] });
    });
  });
});
