import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface LockEntry {
  optionalDependencies?: Record<string, string>;
}

/** npm ci refuses a lock that omits an optional platform package; scripts/lock-platform-packages.js adds them. */
it('lists every optional dependency in package-lock.json, so npm ci accepts it on a fresh clone', () => {
  const lock = JSON.parse(readFileSync(join(__dirname, '..', 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const missing = Object.values(lock.packages).flatMap((entry) =>
    Object.keys(entry.optionalDependencies ?? {}).filter((name) => !lock.packages[`node_modules/${name}`]),
  );
  expect(missing).toEqual([]);
});
