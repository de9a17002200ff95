import { agreementDecider, partyDecider, type AgreementState, type PartyState } from '@pacta/domain';
import type { EventStore } from '@pacta/event-store';
import type { SnapshotSource, SnapshotSourceEvent } from '@pacta/snapshots';
import { headsDigest, type StreamHead } from '../audit/verify-log';
import { logPages } from '../audit/log-pages';

interface FoldedAgreement {
  state: AgreementState;
  sinceLastReview: SnapshotSourceEvent[];
}

/**
 * The log folded up to `asOfPosition`, from the events themselves: read models move on with the head, and a
 * snapshot must come out the same however much has been recorded since.
 */
export async function snapshotSourceAt(store: EventStore, asOfPosition: number): Promise<SnapshotSource> {
  const agreements = new Map<string, FoldedAgreement>();
  const parties = new Map<string, PartyState>();
  const heads = new Map<string, StreamHead>();
  pages: for await (const page of logPages(store)) {
    for (const event of page) {
      if (event.globalPosition > asOfPosition) break pages;
      heads.set(event.streamId, { streamId: event.streamId, revision: event.streamRevision, hash: event.hash });
      const agreementId = agreementDecider.stream.idOf(event.streamId);
      const partyId = partyDecider.stream.idOf(event.streamId);
      if (agreementId !== undefined) {
        const folded = agreements.get(agreementId) ?? { state: agreementDecider.initialState, sinceLastReview: [] };
        folded.state = agreementDecider.evolve(folded.state, agreementDecider.decode(event));
        if (event.type === 'AnnualReviewRecorded') folded.sinceLastReview = [];
        else {
          folded.sinceLastReview.push({ position: event.globalPosition, revision: event.streamRevision, type: event.type, data: event.data });
        }
        agreements.set(agreementId, folded);
      } else if (partyId !== undefined) {
        parties.set(partyId, partyDecider.evolve(parties.get(partyId) ?? partyDecider.initialState, partyDecider.decode(event)));
      }
    }
  }
  return {
    asOfPosition,
    heads: headsDigest(heads.values()),
    agreements: [...agreements.values()],
    parties: Object.fromEntries(
      [...parties].filter(([, party]) => party.exists && party.name && party.type).map(([id, party]) => [id, { name: party.name!, type: party.type! }]),
    ),
  };
}
