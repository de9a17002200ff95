import { initialAgreementState, type AgreementState } from '@pacta/domain';
import { writtenAgreementOf, type WrittenAgreement } from '../read-models/agreements/project';
import { withTerms } from '../read-models/agreements/read-side-state';
import { writtenDeadlinesOf, type WrittenDeadlines } from '../read-models/deadlines/project';

/** An agreement in a batch: its state after the events so far, and what each read model last wrote for it. */
export interface CachedAgreement {
  readonly agreementId: string;
  state: AgreementState;
  revision: number;
  position: number;
  /** Undefined while nothing is written yet. */
  agreement?: WrittenAgreement;
  deadlines?: WrittenDeadlines;
  /** Its open obligation rows by key; asked of the backing when first needed (openRowsOf). */
  open?: Map<string, number>;
  /** The agreements row's JSON as last written, while the state is still that one: kept for a backing that keeps it. */
  stateJson?: string;
}

/** An agreement outside memory, as a backing holds it: what withTerms takes back, and where it was. */
export interface StoredAgreement {
  stateJson: string;
  termsJson: string | null;
  revision: number;
  position: number;
  /** Its open obligation rows, when the backing keeps them with it. */
  open?: Map<string, number>;
}

/** Where agreements are when they are not in memory. */
export interface AgreementBacking {
  /** The agreement as it was last written (or let go of); undefined for one that never was. */
  load(agreementId: string): StoredAgreement | undefined;
  /** An agreement leaving memory, written already. */
  release(agreement: CachedAgreement): void;
  /** Whether release needs the written JSON (`stateJson`): memory keeps it only for a backing that does. */
  readonly keepsWrittenJson: boolean;
  /** The open obligation rows of an agreement load gave without them. */
  openRowsOf(agreementId: string): Map<string, number>;
}

/**
 * The agreements a batch works on, in memory until the batch is written: an agreement is loaded from the backing
 * when an event first needs it, so an event costs one fold step; at the batch's end each one that changed is
 * written, and all are released to the backing.
 */
export class AgreementStates {
  private readonly inBatch = new Map<string, CachedAgreement>();
  private readonly changed = new Set<string>();

  constructor(
    private readonly backing: AgreementBacking,
    private readonly write: (agreement: CachedAgreement) => void,
  ) {}

  get(agreementId: string): CachedAgreement {
    let agreement = this.inBatch.get(agreementId);
    if (!agreement) this.inBatch.set(agreementId, (agreement = this.load(agreementId)));
    return agreement;
  }

  /** Its state moved on: it is written with the batch (writeChanged), or before it leaves memory. */
  evolved(agreement: CachedAgreement, state: AgreementState, revision: number, position: number): void {
    agreement.state = state;
    agreement.revision = revision;
    agreement.position = position;
    agreement.stateJson = undefined;
    this.changed.add(agreement.agreementId);
  }

  /** Its agreements row was written as `stateJson`. */
  written(agreement: CachedAgreement, stateJson: string): void {
    if (this.backing.keepsWrittenJson) agreement.stateJson = stateJson;
  }

  openRowsOf(agreement: CachedAgreement): Map<string, number> {
    return (agreement.open ??= this.backing.openRowsOf(agreement.agreementId));
  }

  /** Writes every agreement that changed in the batch, then lets go of them all. */
  writeChanged(): void {
    for (const agreementId of this.changed) this.write(this.inBatch.get(agreementId)!);
    this.changed.clear();
    for (const agreement of this.inBatch.values()) this.backing.release(agreement);
    this.inBatch.clear();
  }

  private load(agreementId: string): CachedAgreement {
    const stored = this.backing.load(agreementId);
    if (!stored) return { agreementId, state: initialAgreementState, revision: -1, position: 0, open: new Map() };
    // It goes on from the read-side state: later events only append to what that drops, and nothing reads it.
    const state = withTerms(stored.stateJson, stored.termsJson);
    return {
      agreementId,
      state,
      revision: stored.revision,
      position: stored.position,
      open: stored.open,
      agreement: writtenAgreementOf(state),
      deadlines: writtenDeadlinesOf(state),
      stateJson: this.backing.keepsWrittenJson ? stored.stateJson : undefined,
    };
  }
}
