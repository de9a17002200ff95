import type { AgreementRequest } from '../agreements/change-agreement';

export type DraftRequest = Extract<AgreementRequest, { type: 'DraftAgreement' }>;

export interface SeedAgreement {
  /** The seed document it comes from. */
  seed: string;
  draft: DraftRequest;
  /** Commands after the draft, in order. */
  then: AgreementRequest[];
}

export const fi = (text: string) => ({ fi: text });
