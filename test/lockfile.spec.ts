import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subset } from 'semver';

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

/** `engines` promises a Node on which every installed package says it runs, so npm ci never warns EBADENGINE. */
it('allows only Node versions that every dependency in package-lock.json supports', () => {
  const root = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { engines: { node: string } };
  const lock = JSON.parse(readFileSync(join(__dirname, '..', 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { engines?: { node?: string } | string[] }>;
  };
  const narrower = Object.entries(lock.packages).flatMap(([where, entry]) => {
    const wanted = entry.engines && !Array.isArray(entry.engines) ? entry.engines.node : undefined;
    return wanted && !subset(root.engines.node, wanted) ? [`${where} wants node ${wanted}`] : [];
  });
  expect(narrower).toEqual([]);
  expect(subset(root.engines.node, '>=24')).toBe(true);
});
