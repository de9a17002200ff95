import { TransparencyLog } from '@pacta/registry';
import { CliCommand, UsageError, parseOptions } from '../command';
import { logOriginOf, logSignerOf, logTreeFileOf, openEventStore } from '../data-dir';

/** Brings the transparency log's kept tree up to the head of the log, as the service does, and signs its checkpoint. */
export const checkpointCommand: CliCommand = {
  name: 'checkpoint',
  usage: 'checkpoint [--tree-size N] [--key]',
  summary: "print the log's signed checkpoint (save it, then prove the log against it with verify --checkpoint); --key: the verifier key",
  async run(args, env) {
    const values = parseOptions(args, { 'tree-size': { type: 'string' }, key: { type: 'boolean' } });
    const asked = values['tree-size'];
    if (asked !== undefined && !/^\d{1,15}$/.test(asked)) throw new UsageError('--tree-size must be a number of events (an integer of at least 0)');
    const signer = logSignerOf(env);
    if (values.key) {
      console.log(signer.verifierKey);
      return 0;
    }
    const store = await openEventStore(env);
    const log = new TransparencyLog(store, { file: logTreeFileOf(env), signer, origin: logOriginOf(env) });
    try {
      await log.catchUp();
      const size = asked === undefined ? log.tree.size : Number(asked);
      if (size > log.tree.size) throw new UsageError(`--tree-size ${size} is beyond the log, which holds ${log.tree.size} events`);
      process.stdout.write(log.checkpoint(size));
    } finally {
      await log.stop();
      await store.close();
    }
    return 0;
  },
};
