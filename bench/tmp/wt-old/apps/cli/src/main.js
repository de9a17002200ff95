"use strict";
Object.defineProperty(exports, "__esModule", {
    value: true
});
require("reflect-metadata");
const _command = require("./command");
const _commands = require("./commands");
function help(commands) {
    const width = Math.max(...commands.map((c)=>c.usage.length), 10);
    return [
        'pacta — the Pacta registry on the command line. It works on PACTA_DATA_DIR (default ./data) directly.',
        '',
        'Usage: npm run pacta -- <command> [options]',
        '',
        ...commands.map((c)=>`  ${c.usage.padEnd(width)}  ${c.summary}`)
    ].join('\n');
}
async function main(argv) {
    const [name, ...args] = argv;
    if (!name || name === 'help' || name === '--help' || name === '-h') {
        console.log(help(_commands.COMMANDS));
        return name ? 0 : 2;
    }
    const command = _commands.COMMANDS.find((c)=>c.name === name);
    if (!command) {
        console.error(`pacta: no command "${name}"\n\n${help(_commands.COMMANDS)}`);
        return 2;
    }
    try {
        return await command.run(args, process.env);
    } catch (error) {
        if (error instanceof _command.UsageError) {
            console.error(`pacta ${name}: ${error.message}\nUsage: npm run pacta -- ${command.usage}`);
            return 2;
        }
        throw error;
    }
}
main(process.argv.slice(2)).then((code)=>process.exit(code), (error)=>{
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
});

//# sourceMappingURL=main.js.map