// Tests that start the real service or the CLI as a child process run the compiled build; it is made once per jest
// run. It compiles over dist/ in place rather than deleting it first, so a jest run beside another one never finds
// the build missing.
const { execFileSync } = require('node:child_process');
const { join } = require('node:path');

module.exports = async () => {
  const repo = join(__dirname, '..', '..');
  execFileSync(join(repo, 'node_modules', '.bin', 'swc'), ['apps', 'libs', '-d', 'dist', '--config-file', '.swcrc', '--copy-files', '--quiet'], {
    cwd: repo,
    stdio: 'inherit',
  });
};
