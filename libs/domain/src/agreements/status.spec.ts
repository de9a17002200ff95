import {
  approvedAndSignedBy,
  approvedBy,
  drafted,
  ENDS_ON,
  FOUNDING_PARTIES,
  inForce,
  MEETING_DATE,
  SIGNED_ON,
  STARTS_ON,
  signedBy,
  stateAfter,
  terminated,
} from '../testing/fixtures';
import { statusOn } from './status';

const allApproved = [drafted, ...FOUNDING_PARTIES.map((partyId) => approvedBy(partyId))];

describe('statusOn', () => {
  it('is draft before any decision', () => {
    expect(statusOn(stateAfter([drafted]), '2030-01-01')).toBe('draft');
    expect(statusOn(stateAfter([drafted, approvedBy('laukaa')]), '2020-11-01')).toBe('draft');
  });
  it('is in-approval once some party has decided', () => {
    expect(statusOn(stateAfter([drafted, approvedBy('laukaa')]), MEETING_DATE)).toBe('in-approval');
  });
  it('is approved once every party has approved', () => {
    expect(statusOn(stateAfter(allApproved), MEETING_DATE)).toBe('approved');
  });
  it('is signed once every due party has signed, and approved the day before', () => {
    const state = stateAfter([drafted, ...approvedAndSignedBy(FOUNDING_PARTIES)]);
    expect(statusOn(state, SIGNED_ON)).toBe('signed');
    expect(statusOn(state, '2020-11-30')).toBe('approved');
  });
  it('stays approved while a party has not signed', () => {
    expect(statusOn(stateAfter([...allApproved, signedBy('laukaa')]), SIGNED_ON)).toBe('approved');
  });
  it('is in-force from the effective date, and signed the day before', () => {
    const state = stateAfter(inForce);
    expect(statusOn(state, STARTS_ON)).toBe('in-force');
    expect(statusOn(state, '2020-12-31')).toBe('signed');
  });
  it('is expired after the last day of the term', () => {
    const state = stateAfter(inForce);
    expect(statusOn(state, ENDS_ON)).toBe('in-force');
    expect(statusOn(state, '2025-01-01')).toBe('expired');
  });
  it('is terminated after the last day before termination', () => {
    const state = stateAfter([...inForce, terminated('2022-12-31')]);
    expect(statusOn(state, '2022-12-31')).toBe('in-force');
    expect(statusOn(state, '2023-01-01')).toBe('terminated');
  });
});
