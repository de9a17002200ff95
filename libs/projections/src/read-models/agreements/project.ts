import { everyPartyId, type AgreementState } from '@pacta/domain';
import { readSideJson, writtenVersionsOf, type WrittenVersion } from './read-side-state';

/** What the agreements read model last wrote for an agreement, to make the next write from. */
export interface WrittenAgreement {
  versions: WrittenVersion[];
  /** The agreement_parties rows, as compared before rewriting them. */
  parties: string;
}

/** An agreement as the engine holds it: its state after the events so far, and the last of them. */
export interface ProjectedAgreement {
  agreementId: string;
  state: AgreementState;
  revision: number;
  position: number;
}

export interface AgreementChanges {
  /** The agreements row, inserted or replaced; its state is the read-side state's JSON with the terms null. */
  upsert: { agreementId: string; kind: string; predecessorId: string | null; state: string; revision: number; position: number };
  /** agreement_terms rows of the versions whose terms were not written before. */
  terms: { agreementId: string; version: number; terms: string }[];
  /** The agreement's agreement_parties rows, when they are not the ones written; `replace`: delete those first. */
  parties?: { agreementId: string; partyIds: string[]; replace: boolean };
}

/** What the tables hold for a state read back from them (or a rebuild's spill). */
export const writtenAgreementOf = (state: AgreementState): WrittenAgreement => ({
  versions: writtenVersionsOf(state),
  parties: everyPartyId(state).join('\n'),
});

/**
 * The rows of the agreements read model for an agreement's state, made from what was written before (`written`,
 * undefined when nothing was): its row, the terms of versions not yet written, and its parties when they changed.
 */
export function projectAgreement(
  { agreementId, state, revision, position }: ProjectedAgreement,
  written: WrittenAgreement | undefined,
): { changes: AgreementChanges; written: WrittenAgreement } {
  const { json, newTerms, versions } = readSideJson(state, written?.versions);
  const partyIds = everyPartyId(state);
  const parties = partyIds.join('\n');
  return {
    changes: {
      upsert: { agreementId, kind: state.kind, predecessorId: state.predecessorId ?? null, state: json, revision, position },
      terms: newTerms.map(({ version, json: terms }) => ({ agreementId, version, terms })),
      ...(written?.parties !== parties && { parties: { agreementId, partyIds, replace: written !== undefined } }),
    },
    written: { versions, parties },
  };
}
