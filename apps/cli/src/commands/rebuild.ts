import { rebuildReadModels, readModelsFileOf } from '@pacta/projections';
import { CliCommand, parseOptions } from '../command';
import { dataDirOf, openEventStore } from '../data-dir';
import { progressBar } from '../progress';

export const rebuildCommand: CliCommand = {
  name: 'rebuild',
  usage: 'rebuild',
  summary: 'rebuild every read model from position 0 (in PACTA_READ_MODELS_FILE, default <data>/read-models.db); a running service keeps answering meanwhile',
  async run(args, env) {
    parseOptions(args, {});
    const store = await openEventStore(env);
    const file = readModelsFileOf(dataDirOf(env), env);
    try {
      const bar = progressBar('rebuild', await store.headPosition());
      const started = process.hrtime.bigint();
      let position: number;
      try {
        position = await rebuildReadModels(store, file, (done) => bar.update(done));
      } finally {
        bar.stop();
      }
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const rate = seconds > 0 ? Math.round(position / seconds) : position;
      console.error(`rebuilt the read models in ${file} through position ${position} in ${seconds.toFixed(2)} s (${rate} events/s)`);
    } finally {
      await store.close();
    }
    return 0;
  },
};
