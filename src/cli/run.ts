import { parseArgs } from 'node:util';
import { ConfigError, parseConfig } from '../config.js';
import { AppError } from '../core/errors.js';
import type { Output } from '../server.js';
import { describeDatabase, startServer } from '../server.js';
import { COMMANDS, OPTIONS, UsageError, type Values } from './command-table.js';
import { helpFor, USAGE } from './help.js';

type Env = Record<string, string | undefined>;

/** Runs one CLI command; resolves to the process exit code (serve resolves once listening). */
export async function runCli(argv: string[], env: Env, output: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (error) {
    output.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    const help = helpFor(positionals);
    if (help === undefined) {
      output.err(`Unknown command "${positionals.join(' ')}"\n\n${USAGE}`);
      return 2;
    }
    output.out(help);
    return 0;
  }
  const command = positionals.join(' ') || 'serve';
  try {
    const spec = COMMANDS[command];
    if (!spec) throw new UsageError(`Unknown command "${command}"`);
    const config = parseConfig(env);
    if (!spec.run) {
      await startServer(config, output);
      return 0;
    }
    const required = (name: Exclude<keyof Values, 'help'>): string => {
      const value = values[name];
      if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`${command} needs --${name}`);
      return value;
    };
    // A relative SQLite path depends on the folder the command runs in: say which database this is.
    output.err(`Database: ${describeDatabase(config.databaseUrl)}`);
    output.out(JSON.stringify(await spec.run({ config, values, required, env }), null, 2));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) output.err(`${error.message}\n\n${helpFor([command]) ?? USAGE}`);
    else if (error instanceof ConfigError || error instanceof AppError) output.err(error.message);
    else output.err(`helpline: ${(error as Error).message}`);
    return error instanceof UsageError ? 2 : 1;
  }
}
