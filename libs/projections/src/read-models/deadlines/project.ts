import { deadlinesOf, type AgreementState } from '@pacta/domain';

export interface DeadlineRow {
  agreementId: string;
  date: string;
  type: string;
  partyId: string | null;
  /** The Deadline as JSON. */
  deadline: string;
}

/** An agreement's deadline rows, when they are not the ones written; `replace`: delete those first. */
export interface DeadlineChanges {
  agreementId: string;
  replace: boolean;
  insert: DeadlineRow[];
}

/** The agreement's deadlines as written, compared before rewriting them. */
export type WrittenDeadlines = string;

/** What the table holds for a state read back from the tables (or a rebuild's spill). */
export const writtenDeadlinesOf = (state: AgreementState): WrittenDeadlines =>
  deadlinesOf(state)
    .map((deadline) => JSON.stringify(deadline))
    .join('\n');

/**
 * The deadline rows of an agreement's state, or no changes when they are the ones written before (`written`,
 * undefined when nothing was).
 */
export function projectDeadlines(
  agreementId: string,
  state: AgreementState,
  written: WrittenDeadlines | undefined,
): { changes?: DeadlineChanges; written: WrittenDeadlines } {
  const deadlines = deadlinesOf(state);
  const texts = deadlines.map((deadline) => JSON.stringify(deadline));
  const now = texts.join('\n');
  if (now === written) return { written };
  const insert = deadlines.map(({ date, type, partyId }, i) => ({ agreementId, date, type, partyId: partyId ?? null, deadline: texts[i] }));
  return { changes: { agreementId, replace: written !== undefined, insert }, written: now };
}
