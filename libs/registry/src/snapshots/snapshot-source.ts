import { agreementDecider, partyDecider, type AgreementState, type PartyState } from '@pacta/domain';
import type { EventStore } from '@pacta/event-store';
import type { SnapshotSource, SnapshotSourceEvent } from '@pacta/snapshots';
import { RootBuilder, leafHash } from '@pacta/transparency';
import { headsDigest, type StreamHead } from '../audit/verify-log';
import { logPages } from '../audit/log-pages';
import { logLeaf } from '../transparency-log/log-leaf';

/** Signs the checkpoint of the log's tree at a snapshot's position, computed from the same events the snapshot folds. */
export type CheckpointOf = (tree: { size: number; root: Buffer }) => string;

interface FoldedAgreement {
  state: AgreementState;
  sinceLastReview: SnapshotSourceEvent[];
}

/**
 * The log folded up to `asOfPosition`, from the events themselves: read models move on with the head, and a
 * snapshot must come out the same however much has been recorded since.
 */
export async function snapshotSourceAt(store: EventStore, asOfPosition: number, signCheckpoint?: CheckpointOf): Promise<SnapshotSource> {
  const tree = new RootBuilder();
  const agreements = new Map<string, FoldedAgreement>();
  const parties = new Map<string, PartyState>();
  const heads = new Map<string, StreamHead>();
  pages: for await (const page of logPages(store)) {
    for (const event of page) {
      if (event.globalPosition > asOfPosition) break pages;
      tree.append(leafHash(logLeaf(event, tree.size)));
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
    ...(signCheckpoint && { checkpoint: signCheckpoint({ size: tree.size, root: tree.root() }) }),
    agreements: [...agreements.values()],
    parties: Object.fromEntries(
      [...parties].filter(([, party]) => party.exists && party.name && party.type).map(([id, party]) => [id, { name: party.name!, type: party.type! }]),
    ),
  };
}
