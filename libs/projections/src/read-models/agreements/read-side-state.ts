import type { AgreementState, AgreementVersion, AnnualReview, BoardDecision, Signature } from '@pacta/domain';

/**
 * The state the read side keeps per agreement: what statusOn, obligationRows and deadlinesOf read, without the
 * texts of decisions, signatures and review findings, nor the corrections trail (a third of the size; the stream keeps them, and
 * GET /v1/agreements/{id} reads the stream). The property test checks that status, obligations and deadlines
 * derived from it equal those of the full fold.
 */
export function readSideState(state: AgreementState): AgreementState {
  // The corrections trail is for reading an agreement, which GET /v1/agreements/{id} does from the stream.
  const { corrections: _trail, ...facts } = state;
  return {
    ...facts,
    versions: state.versions.map((version) => ({
      ...version,
      decisions: version.decisions.map(decisionOnReadSide),
      signatures: version.signatures.map(signatureOnReadSide),
    })),
    reviews: state.reviews.map(reviewOnReadSide),
  } as AgreementState;
}

// The body stays: whether a decision counts as an approval depends on it (whyDecisionDoesNotCount). Whether a decision
// or signature is assumed decides whether the obligations resting on it are (restsOnAssumption).
const decisionOnReadSide = ({ partyId, body, meetingDate, outcome, version, assumed }: BoardDecision) => ({
  partyId,
  body,
  meetingDate,
  outcome,
  version,
  ...(assumed && { assumed }),
});
const signatureOnReadSide = ({ partyId, signedOn, version, assumed }: Signature) => ({ partyId, signedOn, version, ...(assumed && { assumed }) });
const reviewOnReadSide = ({ year, heldOn, nextReviewDue }: AnnualReview) => ({ year, heldOn, nextReviewDue });

/** Which terms were written for each version: the next write of the same agreement writes only terms that are not these. */
export interface WrittenVersion {
  /** Stored apart (agreement_terms) and written when they are not these. */
  terms: AgreementVersion['terms'];
  /** Made when the terms are written or first asked for (termsJsonOf); a version read back has none yet. */
  termsJson?: string;
}

export interface ReadSideJson {
  /**
   * `JSON.stringify(readSideState(state))` byte for byte, except that every version's terms are `null`: terms are
   * two thirds of an agreement's state and change only with a new draft, so they are stored once per version and a
   * decision or signature rewrites a row of a few hundred bytes instead of several kilobytes.
   */
  json: string;
  /** The versions whose terms are not the ones written before, with their JSON, to be stored. */
  newTerms: { version: number; json: string }[];
  versions: WrittenVersion[];
}

/**
 * The read-side state's JSON (see ReadSideJson), and the terms of versions whose terms are not those written for the
 * agreement before (`before`: what the last write returned, or writtenVersionsOf a state read back).
 */
export function readSideJson(state: AgreementState, before: readonly WrittenVersion[] = []): ReadSideJson {
  const newTerms: ReadSideJson['newTerms'] = [];
  const versions = state.versions.map((version, i): WrittenVersion => {
    const earlier = before[i];
    let termsJson = earlier?.termsJson;
    if (earlier?.terms !== version.terms) {
      termsJson = JSON.stringify(version.terms);
      newTerms.push({ version: version.version, json: termsJson });
    }
    return { terms: version.terms, termsJson };
  });
  const { corrections: _trail, ...facts } = state;
  const json = objectJson(facts, (key) => {
    if (key === 'versions') {
      return `[${state.versions
        .map((version) =>
          objectJson(version, (field) => {
            if (field === 'terms') return 'null';
            if (field === 'decisions') return JSON.stringify(version.decisions.map(decisionOnReadSide));
            if (field === 'signatures') return JSON.stringify(version.signatures.map(signatureOnReadSide));
            return undefined;
          }),
        )
        .join(',')}]`;
    }
    if (key === 'reviews') return JSON.stringify(state.reviews.map(reviewOnReadSide));
    return undefined;
  });
  return { json, newTerms, versions };
}

/** Every version's terms as written, keyed by version number: what `withTerms` takes back. */
export function termsJsonOf(state: AgreementState, written: WrittenVersion[]): string {
  return `{${state.versions.map((version, i) => `"${version.version}":${(written[i].termsJson ??= JSON.stringify(version.terms))}`).join(',')}}`;
}

/** What was written of a state read back: its terms are stored already. */
export const writtenVersionsOf = (state: AgreementState): WrittenVersion[] => state.versions.map(({ terms }) => ({ terms }));

/**
 * The read-side state from its JSON (terms null) and its versions' terms (`{"1": terms, …}`, as termsJsonOf and
 * TERMS_BY_VERSION_SQL make them; the query's null when the agreement has none).
 */
export function withTerms(stateJson: string, termsJson: string | null): AgreementState {
  const state = JSON.parse(stateJson) as AgreementState;
  const terms = (termsJson === null ? {} : JSON.parse(termsJson)) as Record<string, AgreementVersion['terms']>;
  for (const version of state.versions) {
    const stored = terms[version.version];
    if (stored === undefined) throw new Error(`the read models hold no terms for version ${version.version} of agreement ${state.agreementId}`);
    (version as { terms: AgreementVersion['terms'] }).terms = stored;
  }
  return state;
}

/** A version's terms in the agreement_terms table, in the form withTerms takes; the outer query names the agreement `a`. */
export const TERMS_BY_VERSION_SQL =
  `(SELECT '{' || group_concat('"' || t.version || '":' || t.terms, ',') || '}' FROM agreement_terms t WHERE t.agreement_id = a.agreement_id)`;

/** One agreement as stored: its state JSON and terms (what withTerms takes), revision and position. */
export const AGREEMENT_BY_ID_SQL = `SELECT a.state, ${TERMS_BY_VERSION_SQL}, a.revision, a.position FROM agreements a WHERE a.agreement_id = ?`;
export type StoredAgreementRow = [stateJson: string, termsJson: string | null, revision: number, position: number];

/** The object's JSON in its own key order, as JSON.stringify writes it, with some values' JSON given. */
function objectJson(object: object, given: (key: string) => string | undefined): string {
  const members: string[] = [];
  for (const [key, value] of Object.entries(object)) {
    const json = given(key) ?? (JSON.stringify(value) as string | undefined);
    if (json !== undefined) members.push(`${JSON.stringify(key)}:${json}`);
  }
  return `{${members.join(',')}}`;
}
