import 'reflect-metadata';
import { CliCommand, UsageError } from './command';
import { COMMANDS } from './commands';

function help(commands: CliCommand[]): string {
  const width = Math.max(...commands.map((c) => c.usage.length), 10);
  return [
    "pacta — the Pacta registry on the command line. It works on the service's store directly: PACTA_DATA_DIR (default",
    './data), or the EventStoreDB server at EVENTSTORE_CONNECTION_STRING when PACTA_EVENT_STORE=eventstoredb.',
    '',
    'Usage: npm run pacta -- <command> [options]',
    '',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    console.log(help(COMMANDS));
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`pacta: no command "${name}"\n\n${help(COMMANDS)}`);
    return 2;
  }
  try {
    return await command.run(args, process.env);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`pacta ${name}: ${error.message}\nUsage: npm run pacta -- ${command.usage}`);
      return 2;
    }
    throw error;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
