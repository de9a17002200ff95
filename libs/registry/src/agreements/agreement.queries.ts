import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import {
  AgreementState,
  AgreementVersion,
  UncountedDecision,
  agreementDecider,
  findVersion,
  reviewDueOn,
  statusOn,
  uncountedDecisions,
} from '@pacta/domain';
import { StoredEvent } from '@pacta/event-store';
import type { KnownAt } from '@pacta/projections';
import { asKnownAt, type KnownAtView } from '../streams/known-at';
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
  knownAt?: KnownAtView;
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

@QueryHandler(GetAgreement)
export class GetAgreementHandler implements IQueryHandler<GetAgreement> {
  constructor(private readonly agreements: AgreementRepository) {}

  async execute({ agreementId, on, options }: GetAgreement): Promise<AgreementView | undefined> {
    const { state, revision, knownAt } = asKnownAt(agreementDecider, await this.agreements.load(agreementId), options.knownAt);
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
