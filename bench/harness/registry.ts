import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import type { EventStore } from '@pacta/event-store';
import { ChangeAgreement, ChangeParty, Clock, CommandContext, RegistryModule, type RegistryOptions } from '@pacta/registry';
import { randomUUID } from 'node:crypto';
import type { Step } from '../dataset/generate';

/** The registry's clock during a replay: each command is recorded at the instant the data set says. */
export class SettableClock implements Clock {
  private instant = new Date('2005-01-01T00:00:00Z');
  set(at: string) {
    this.instant = new Date(at);
  }
  now() {
    return this.instant;
  }
}

export const BENCH_ACTOR = 'bench-registrar';

export function commandContext(): CommandContext {
  return { actor: BENCH_ACTOR, role: 'registrar', parties: 'all', correlationId: randomUUID() };
}

export interface Registry {
  app: INestApplicationContext;
  run(step: Step): Promise<unknown>;
  close(): Promise<void>;
}

/** The production registry (cqrs handlers, repositories, and the read models when they are wired) without HTTP. */
export async function openRegistry(store: EventStore, readModelsFile: string): Promise<Registry> {
  const clock = new SettableClock();
  // readModelsFile is for the read side's runner; registries without one ignore it.
  const options = { store, clock, readModelsFile } as RegistryOptions;
  const app = await NestFactory.createApplicationContext(RegistryModule.forRoot(options), { logger: ['error'] });
  await app.init();
  const bus = app.get(CommandBus);
  return {
    app,
    run(step) {
      clock.set(step.at);
      return step.kind === 'party'
        ? bus.execute(new ChangeParty(step.request, commandContext()))
        : bus.execute(new ChangeAgreement(step.request, commandContext()));
    },
    close: () => app.close(),
  };
}
