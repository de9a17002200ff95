import type { AgreementState, AgreementVersion, AnnualReview, BoardDecision, Signature } from '@pacta/domain';

/**
 * The state the read side keeps per agreement: what statusOn, obligationRows and deadlinesOf read, without the
 * texts of decisions, signatures and review findings (a third of the size; the stream keeps them, and
 * GET /v1/agreements/{id} reads the stream). The property test checks that status, obligations and deadlines
 * derived from it equal those of the full fold.
 */
export function readSideState(state: AgreementState): AgreementState {
  return {
    ...state,
    versions: state.versions.map((version) => ({
      ...version,
      decisions: version.decisions.map(decisionOnReadSide),
      signatures: version.signatures.map(signatureOnReadSide),
    })),
    reviews: state.reviews.map(reviewOnReadSide),
  } as AgreementState;
}

const decisionOnReadSide = ({ partyId, meetingDate, outcome, version }: BoardDecision) => ({ partyId, meetingDate, outcome, version });
const signatureOnReadSide = ({ partyId, signedOn, version }: Signature) => ({ partyId, signedOn, version });
const reviewOnReadSide = ({ year, heldOn, nextReviewDue }: AnnualReview) => ({ year, heldOn, nextReviewDue });

/** A list's JSON as written, and the list it was made from. */
interface WrittenList<T> {
  list: readonly T[];
  json: string;
}

/** What was serialised of each version, to be reused by the next write of the same agreement. */
export interface WrittenVersion {
  terms: AgreementVersion['terms'];
  termsJson: string;
  decisions: WrittenList<BoardDecision>;
  signatures: WrittenList<Signature>;
}

/**
 * `JSON.stringify(readSideState(state))`, byte for byte, made from the JSON written for the agreement's previous
 * state where that still holds. States are immutable and evolve appends to lists, so a decision (the commonest
 * event) leaves every version's terms and all earlier decisions as they were; serialising them again was the
 * largest part of following a command.
 */
export function readSideJson(state: AgreementState, before: readonly WrittenVersion[] = []): { json: string; versions: WrittenVersion[] } {
  const versions = state.versions.map((version, i): WrittenVersion => {
    const earlier = before[i];
    return {
      terms: version.terms,
      termsJson: earlier?.terms === version.terms ? earlier.termsJson : JSON.stringify(version.terms),
      decisions: extended(version.decisions, decisionOnReadSide, earlier?.decisions),
      signatures: extended(version.signatures, signatureOnReadSide, earlier?.signatures),
    };
  });
  const json = objectJson(state, (key) => {
    if (key === 'versions') {
      return `[${state.versions
        .map((version, i) =>
          objectJson(version, (field) => {
            if (field === 'terms') return versions[i].termsJson;
            if (field === 'decisions') return versions[i].decisions.json;
            if (field === 'signatures') return versions[i].signatures.json;
            return undefined;
          }),
        )
        .join(',')}]`;
    }
    if (key === 'reviews') return JSON.stringify(state.reviews.map(reviewOnReadSide));
    return undefined;
  });
  return { json, versions };
}

/** The list's JSON, appending only the new items' when it extends the written list. */
function extended<T>(list: readonly T[], onReadSide: (item: T) => unknown, written: WrittenList<T> | undefined): WrittenList<T> {
  if (written && written.list.length <= list.length && written.list.every((item, i) => item === list[i])) {
    if (written.list.length === list.length) return { list, json: written.json };
    const added = list.slice(written.list.length).map((item) => JSON.stringify(onReadSide(item)));
    const head = written.list.length === 0 ? '[' : `${written.json.slice(0, -1)},`;
    return { list, json: `${head}${added.join(',')}]` };
  }
  return { list, json: JSON.stringify(list.map(onReadSide)) };
}

/** The object's JSON in its own key order, as JSON.stringify writes it, with some values' JSON given. */
function objectJson(object: object, given: (key: string) => string | undefined): string {
  const members: string[] = [];
  for (const [key, value] of Object.entries(object)) {
    const json = given(key) ?? (JSON.stringify(value) as string | undefined);
    if (json !== undefined) members.push(`${JSON.stringify(key)}:${json}`);
  }
  return `{${members.join(',')}}`;
}
