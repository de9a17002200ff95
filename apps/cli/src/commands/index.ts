import { CliCommand } from '../command';

/** Every `pacta` subcommand, in the order `pacta help` lists them. */
export const COMMANDS: CliCommand[] = [];
