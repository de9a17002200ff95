import { CommandBus } from '@nestjs/cqrs';
import { AgreementAlreadyExists, PartyAlreadyRegistered, ProgrammeAlreadyRegistered } from '@pacta/domain';
import { canonicalJson, sha256Hex } from '@pacta/event-store';
import { ChangeAgreement } from '../agreements/change-agreement';
import { ChangeParty } from '../parties/change-party';
import { ChangeProgramme } from '../programmes/change-programme';
import { CommandContext, WriteResult } from '../streams/command-context';
import { SEED_AGREEMENTS, SEED_PARTIES, SEED_PROGRAMMES } from './seed-fixture';

export interface SeedReport {
  /** Commands that wrote (a draft of a programme's agreement writes its reservation too). */
  written: number;
  replayed: number;
  /** Parties, programmes or agreements that already existed without the seed's key: left as they are. */
  skipped: string[];
  /** The log position of the last command: a query with ?minPosition= this sees the seed. */
  position: number;
}

/**
 * Loads the seed agreements through the same commands a registrar would send. Every command carries an
 * Idempotency-Key derived from what it is, so seeding again replays instead of writing twice.
 */
export async function seedRegistry(commands: CommandBus): Promise<SeedReport> {
  const report: SeedReport = { written: 0, replayed: 0, skipped: [], position: 0 };
  const send = async (key: string, command: ChangeParty | ChangeProgramme | ChangeAgreement): Promise<boolean> => {
    try {
      const result: WriteResult = await commands.execute(command);
      if (result.replayed) report.replayed++;
      else report.written++;
      report.position = Math.max(report.position, result.position);
      return true;
    } catch (error) {
      if (error instanceof PartyAlreadyRegistered || error instanceof ProgrammeAlreadyRegistered || error instanceof AgreementAlreadyExists) {
        report.skipped.push(key);
        return false;
      }
      throw error;
    }
  };
  for (const request of SEED_PARTIES) {
    const key = `seed:party:${request.partyId}`;
    await send(key, new ChangeParty(request, seedContext(key, request)));
  }
  for (const { programme, declines } of SEED_PROGRAMMES) {
    const key = `seed:programme:${programme.programmeId}`;
    // A programme of that id made by someone else is not the seed's to record declines on.
    if (!(await send(key, new ChangeProgramme(programme, seedContext(key, programme))))) continue;
    for (const [i, decline] of declines.entries()) {
      const stepKey = `${key}:${i}`;
      await send(stepKey, new ChangeProgramme(decline, seedContext(stepKey, decline)));
    }
  }
  for (const { seed, draft, then } of SEED_AGREEMENTS) {
    const key = `seed:${seed}:${draft.agreementId}:draft`;
    // An agreement of that id made by someone else is not the seed's to extend.
    if (!(await send(key, new ChangeAgreement(draft, seedContext(key, draft))))) continue;
    for (const [i, request] of then.entries()) {
      const stepKey = `seed:${seed}:${draft.agreementId}:${i}`;
      await send(stepKey, new ChangeAgreement(request, seedContext(stepKey, request)));
    }
  }
  return report;
}

function seedContext(idempotencyKey: string, request: unknown): CommandContext {
  return {
    actor: 'seed',
    role: 'registrar',
    parties: 'all',
    correlationId: idempotencyKey,
    idempotency: { key: idempotencyKey, requestHash: sha256Hex(canonicalJson(request)) },
  };
}
