import {
  evolveAgreement,
  evolveParty,
  initialAgreementState,
  initialPartyState,
  type AgreementEvent,
  type AgreementState,
  type PartyEvent,
  type PartyState,
} from '@pacta/domain';
import type { EventStore } from '@pacta/event-store';
import type { SnapshotSource, SnapshotSourceEvent } from '@pacta/projections';
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
      if (event.streamId.startsWith('agreement-')) {
        const id = event.streamId.slice('agreement-'.length);
        const folded = agreements.get(id) ?? { state: initialAgreementState, sinceLastReview: [] };
        folded.state = evolveAgreement(folded.state, event as unknown as AgreementEvent);
        if (event.type === 'AnnualReviewRecorded') folded.sinceLastReview = [];
        else {
          folded.sinceLastReview.push({ position: event.globalPosition, revision: event.streamRevision, type: event.type, data: event.data });
        }
        agreements.set(id, folded);
      } else if (event.streamId.startsWith('party-')) {
        const id = event.streamId.slice('party-'.length);
        parties.set(id, evolveParty(parties.get(id) ?? initialPartyState, event as unknown as PartyEvent));
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
