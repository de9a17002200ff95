import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const repo = join(__dirname, '..');
const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: repo, encoding: 'utf8' })
  .split('\0')
  .filter((file) => file && file !== 'package-lock.json' && !file.startsWith('bench/results'));

/** A user's clone has nothing beside it: no file may read or cite a folder outside the repository or of one machine. */
it('names no path outside the repository', () => {
  const outside = /\.\.\/shared|shared\/(seeds|reference|DESIGN)|\bDESIGN\.md\b|\/work\/|\/root\/|\/home\/\w+/;
  const offenders = tracked.flatMap((file) =>
    readFileSync(join(repo, file), 'utf8')
      .split('\n')
      .flatMap((line, i) => (outside.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
  expect(offenders).toEqual([]);
});
