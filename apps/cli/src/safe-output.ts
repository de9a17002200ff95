import { linkSync, lstatSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { UsageError } from './command';

function inside(path: string, directory: string): boolean {
  return path === directory || path.startsWith(directory.endsWith(sep) ? directory : directory + sep);
}

const realOrSelf = (path: string) => {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
};

/**
 * Writes a file that did not exist, at `target` and nowhere else. The contents go first into a directory only this
 * process can write to, then are linked to `target`, which fails rather than replace anything that appeared there
 * meanwhile; so no planted link is followed and a failed write leaves nothing behind. The data directory's own
 * files (keys, log, read models) are never an output.
 */
export async function writeNewFile(target: string, dataDir: string, write: (path: string) => Promise<void>): Promise<string> {
  const file = resolve(target);
  const directory = dirname(file);
  try {
    if (!lstatSync(directory).isDirectory()) throw new UsageError(`${directory} is not a directory`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`the directory ${directory} does not exist`);
  }
  if (inside(join(realOrSelf(directory), basename(file)), realOrSelf(dataDir))) {
    throw new UsageError(`${file} is in the data directory ${dataDir}, which holds the service's own files; write it elsewhere`);
  }
  if (existsEvenAsLink(file)) throw new UsageError(`${file} exists; Pacta never overwrites a file or writes through a link`);
  const aside = mkdtempSync(join(directory, '.pacta-partial-'));
  try {
    const partial = join(aside, basename(file));
    await write(partial);
    try {
      linkSync(partial, file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      throw new UsageError(`${file} appeared while it was being written; it was left as it was`);
    }
  } finally {
    rmSync(aside, { recursive: true, force: true });
  }
  return file;
}

function existsEvenAsLink(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
