// Tests that start the real service as a child process run the compiled build; it is made once per jest run
// so that no test rebuilds it under another's running processes.
const { execSync } = require('node:child_process');

module.exports = async () => {
  execSync('npm run build --silent', { cwd: `${__dirname}/../..`, stdio: 'inherit' });
};
