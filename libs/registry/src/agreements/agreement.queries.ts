import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AgreementState, statusOn } from '@pacta/domain';
import { StoredEvent } from '@pacta/event-store';
import { AgreementRepository } from './agreement.repository';

export interface AgreementView {
  id: string;
  revision: number;
  status: ReturnType<typeof statusOn>;
  on: string;
  state: AgreementState;
}

export class GetAgreement extends Query<AgreementView | undefined> {
  constructor(
    readonly agreementId: string,
    readonly on: string,
  ) {
    super();
  }
}

@QueryHandler(GetAgreement)
export class GetAgreementHandler implements IQueryHandler<GetAgreement> {
  constructor(private readonly agreements: AgreementRepository) {}

  async execute({ agreementId, on }: GetAgreement): Promise<AgreementView | undefined> {
    const { state, revision } = await this.agreements.load(agreementId);
    if (revision < 0) return undefined;
    return { id: agreementId, revision, status: statusOn(state, on), on, state };
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
