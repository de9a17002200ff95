import { ParseArgsConfig, parseArgs } from 'node:util';

/** One `pacta` subcommand: its usage line and what it does with the remaining arguments. */
export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  /** Resolves to the process exit code. */
  run(args: string[], env: NodeJS.ProcessEnv): Promise<number>;
}

/** Failures the user can fix: printed as one line, exit code 2, no stack trace. */
export class UsageError extends Error {}

/** The options of a subcommand, strictly: an unknown or malformed option is a UsageError naming it. */
export function parseOptions<const O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
