import { NoteSigner } from '@pacta/transparency';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The service's name: the default origin of its checkpoints and name of its signing key. */
export const SERVICE_NAME = 'pacta';

/** Where the checkpoint signing key is kept unless PACTA_LOG_KEY_FILE says otherwise. */
export const logKeyFileIn = (dataDir: string) => join(dataDir, 'log-signing.key');

export interface LogKeyOptions {
  dataDir: string;
  /** PACTA_LOG_KEY: the signer key itself (PRIVATE+KEY+…), so several instances sign with one key. */
  key?: string;
  /** PACTA_LOG_KEY_FILE: the file holding it; default log-signing.key in the data directory. */
  keyFile?: string;
  /** PACTA_LOG_KEY_NAME: the name a new key is made with; an existing key must carry it. Default the service's name. */
  keyName?: string;
  /** Make the key when there is none (the service's first start); a verifier only reads one. Default true. */
  create?: boolean;
}

/**
 * The key that signs checkpoints: given in the environment, or read from its file, or — on first start, like the API
 * keys — created there (readable by the service's user only) in Go's note signer format.
 */
export function openLogSigner({ dataDir, key, keyFile = logKeyFileIn(dataDir), keyName, create = true }: LogKeyOptions): NoteSigner {
  let signer: NoteSigner;
  if (key) {
    signer = NoteSigner.fromSignerKey(key);
  } else if (existsSync(keyFile)) {
    signer = NoteSigner.fromSignerKey(readFileSync(keyFile, 'utf8'));
  } else if (!create) {
    throw new Error(`no checkpoint signing key: neither PACTA_LOG_KEY nor ${keyFile}`);
  } else {
    signer = createKeyFile(keyFile, keyName ?? SERVICE_NAME);
  }
  if (keyName !== undefined && signer.name !== keyName) {
    throw new Error(`the checkpoint signing key is named ${signer.name}, not ${keyName} (PACTA_LOG_KEY_NAME): a key's name is part of its id`);
  }
  return signer;
}

/** Written whole, then linked into place: of two instances starting at once, the second reads the first's key. */
function createKeyFile(keyFile: string, name: string): NoteSigner {
  const signer = NoteSigner.generate(name);
  mkdirSync(dirname(keyFile), { recursive: true });
  const temporary = `${keyFile}.${process.pid}.tmp`;
  writeFileSync(temporary, signer.signerKey + '\n', { mode: 0o600 });
  try {
    linkSync(temporary, keyFile);
    return signer;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return NoteSigner.fromSignerKey(readFileSync(keyFile, 'utf8'));
  } finally {
    unlinkSync(temporary);
  }
}
