import { CliCommand } from '../command';
import { backupCommand } from './backup';
import { checkpointCommand } from './checkpoint';
import { exportCommand } from './export';
import { keysCommand } from './keys';
import { rebuildCommand } from './rebuild';
import { seedCommand } from './seed';
import { snapshotCommand } from './snapshot';
import { verifyCommand } from './verify';

/** Every `pacta` subcommand, in the order `pacta help` lists them. */
export const COMMANDS: CliCommand[] = [verifyCommand, checkpointCommand, exportCommand, backupCommand, keysCommand, rebuildCommand, seedCommand, snapshotCommand];
