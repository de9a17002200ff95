import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import {
  AgreementState,
  AgreementVersion,
  UncountedDecision,
  agreementDecider,
  findVersion,
  foldRecorded,
  reviewDueOn,
  statusOn,
  uncountedDecisions,
} from '@pacta/domain';
import { StoredEvent } from '@pacta/event-store';
import type { KnownAt } from '@pacta/projections';
import { AgreementRepository } from './agreement.repository';

export interface AgreementView {
  id: string;
  revision: number;
  status: ReturnType<typeof statusOn>;
  on: string;
  /** The next review's due date (the latest review's nextReviewDue, else the terms' firstReviewDue), and whether it has passed on `on` while the agreement is in force. */
  reviewDue: string | null;
  reviewOverdue: boolean;
  /** Approvals and rejections recorded from a body other than the one the terms require, and why they do not count. */
  uncountedDecisions: UncountedDecision[];
  /** Present when the view is of an earlier recorded time: the position of the last event it folds. */
  knownAt?: { position: number; recordedAt: string };
  state: AgreementState;
  /** Present when one version was asked for: its terms, decisions and signatures. */
  version?: AgreementVersion;
}

export interface GetAgreementOptions {
  knownAt?: KnownAt;
  version?: number;
}

export class GetAgreement extends Query<AgreementView | undefined> {
  constructor(
    readonly agreementId: string,
    readonly on: string,
    readonly options: GetAgreementOptions = {},
  ) {
    super();
  }
}

/** The requested version does not exist in the state viewed; the agreement itself does. */
export class VersionNotFound extends Error {
  constructor(readonly version: number) {
    super(`version ${version} does not exist`);
  }
}

/** The events the registry held at `knownAt`: a prefix of the stream, since a stream is recorded in order. */
function knownPrefix(events: StoredEvent[], knownAt: KnownAt): StoredEvent[] {
  const known =
    'position' in knownAt
      ? (e: StoredEvent) => e.globalPosition <= knownAt.position
      : (e: StoredEvent) => Date.parse(e.metadata.recordedAt) <= Date.parse(knownAt.instant);
  const firstUnknown = events.findIndex((e) => !known(e));
  return firstUnknown < 0 ? events : events.slice(0, firstUnknown);
}

@QueryHandler(GetAgreement)
export class GetAgreementHandler implements IQueryHandler<GetAgreement> {
  constructor(private readonly agreements: AgreementRepository) {}

  async execute({ agreementId, on, options }: GetAgreement): Promise<AgreementView | undefined> {
    const loaded = await this.agreements.load(agreementId);
    let { state, revision } = loaded;
    let knownAt: AgreementView['knownAt'];
    if (options.knownAt) {
      const events = knownPrefix(loaded.events, options.knownAt);
      state = foldRecorded(agreementDecider, events);
      revision = events.length - 1;
      const last = events.at(-1);
      if (last) knownAt = { position: last.globalPosition, recordedAt: last.metadata.recordedAt };
    }
    if (revision < 0) return undefined;
    const review = reviewDueOn(state, on);
    const view: AgreementView = {
      id: agreementId,
      revision,
      status: statusOn(state, on),
      on,
      reviewDue: review.due,
      reviewOverdue: review.overdue,
      uncountedDecisions: uncountedDecisions(state),
      ...(knownAt ? { knownAt } : {}),
      state,
    };
    if (options.version !== undefined) {
      const version = findVersion(state, options.version);
      if (!version) throw new VersionNotFound(options.version);
      view.version = version;
    }
    return view;
  }
}

export class GetAgreementEvents extends Query<StoredEvent[] | undefined> {
  constructor(readonly agreementId: string) {
    super();
  }
}

@QueryHandler(GetAgreementEvents)
export class GetAgreementEventsHandler implements IQueryHandler<GetAgreementEvents> {
  constructor(private readonly agreements: AgreementRepository) {}

  async execute({ agreementId }: GetAgreementEvents): Promise<StoredEvent[] | undefined> {
    const { events } = await this.agreements.load(agreementId);
    return events.length ? events : undefined;
  }
}
