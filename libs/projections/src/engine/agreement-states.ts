import { initialAgreementState, type AgreementState } from '@pacta/domain';
import { writtenAgreementOf, type WrittenAgreement } from '../read-models/agreements/project';
import { withTerms } from '../read-models/agreements/read-side-state';
import { writtenDeadlinesOf, type WrittenDeadlines } from '../read-models/deadlines/project';

/** An agreement in memory: its state after the events so far, and what each read model last wrote for it. */
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

/** Agreement states kept in memory between batches by default. */
export const DEFAULT_CACHED_AGREEMENTS = 5000;

/**
 * Agreement states in memory (a bounded LRU), and which of them changed since they were last written. An agreement
 * not in memory is loaded from the backing, so an event costs one fold step; one leaving memory is written first
 * if it changed, then released to the backing.
 */
export class AgreementStates {
  /** Map order is recency: the first entries are the least recently used. */
  private readonly cached = new Map<string, CachedAgreement>();
  private readonly changed = new Set<string>();

  constructor(
    private readonly backing: AgreementBacking,
    private readonly capacity: number,
    private readonly write: (agreement: CachedAgreement) => void,
  ) {}

  /** The agreement, now the most recently used. */
  get(agreementId: string): CachedAgreement {
    let agreement = this.cached.get(agreementId);
    if (agreement) {
      this.cached.delete(agreementId);
    } else {
      agreement = this.load(agreementId);
      this.evict(1);
    }
    this.cached.set(agreementId, agreement);
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

  /** Writes every agreement that changed since it was last written, then lets go of those beyond the bound. */
  writeChanged(): void {
    for (const agreementId of this.changed) this.write(this.cached.get(agreementId)!);
    this.changed.clear();
    this.evict();
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

  private evict(room = 0): void {
    let excess = this.cached.size + room - this.capacity;
    if (excess <= 0) return;
    for (const [agreementId, agreement] of this.cached) {
      if (excess-- <= 0) return;
      if (this.changed.delete(agreementId)) this.write(agreement);
      this.backing.release(agreement);
      this.cached.delete(agreementId);
    }
  }
}
