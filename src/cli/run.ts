import { parseArgs } from 'node:util';
import { ConfigError, parseConfig, type Config } from '../config.js';
import { AppError } from '../core/errors.js';
import type { Output } from '../server.js';
import { startServer } from '../server.js';
import {
  migrateCommand,
  supportAddressCommand,
  tokenCreateCommand,
  tokenListCommand,
  tokenRevokeCommand,
  userCreateCommand,
  userDeactivateCommand,
  userReactivateCommand,
  webhookCreateCommand,
  webhookListCommand,
  workspaceCreateCommand,
} from './commands.js';

export const USAGE = `Usage: helpline <command> [options]

Commands:
  serve                                        Start the server (the default)
  migrate                                      Apply pending database migrations
  workspace create --name N                    New workspace with its admin user and token
  workspace support-address --workspace W --email E
                                               Mail to E opens issues in W (inbound SMTP)
  user create --workspace W --email E --name N [--role admin|member]
                                               New agent in a workspace
  user deactivate --workspace W --user U       The user's tokens stop working (not the last active admin)
  user reactivate --workspace W --user U       The user's tokens (not revoked or expired) work again
  token create --workspace W [--user U] [--name N] [--expires-in-days D]
                                               New API token (for the workspace's admin unless --user);
                                               prints its id and its secret, shown once
  token list --workspace W                     The workspace's tokens (never their secrets)
  token revoke --workspace W --id ID           The token (the id token create printed) stops working
  webhook create --workspace W --url U [--events a,b]
                                               New webhook endpoint (its signing secret is shown once)
  webhook list --workspace W                   The workspace's webhook endpoints

Every command uses the same environment as the server (DATABASE_URL, ...).
Commands print JSON on stdout; errors go to stderr with a non-zero exit code.`;

class UsageError extends Error {}

type Env = Record<string, string | undefined>;

const OPTIONS = {
  name: { type: 'string' },
  workspace: { type: 'string' },
  email: { type: 'string' },
  user: { type: 'string' },
  id: { type: 'string' },
  url: { type: 'string' },
  events: { type: 'string' },
  role: { type: 'string' },
  'expires-in-days': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

/** What a command is given: the configuration, and its options, required or not. */
interface Invocation {
  config: Config;
  values: Values;
  required(name: Exclude<keyof Values, 'help'>): string;
}

const role = (value: string | undefined): 'admin' | 'member' => {
  const chosen = value ?? 'member';
  if (chosen !== 'admin' && chosen !== 'member') throw new UsageError('--role must be admin or member');
  return chosen;
};

const days = (value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError('--expires-in-days must be a whole number of days');
  return Number(value);
};

/** Every command but serve, by its words; each answers what to print. */
const COMMANDS: Record<string, (run: Invocation) => Promise<unknown>> = {
  migrate: ({ config }) => migrateCommand(config),
  'workspace create': ({ config, required }) => workspaceCreateCommand(config, required('name')),
  'workspace support-address': ({ config, required }) =>
    supportAddressCommand(config, required('workspace'), required('email')),
  'user create': ({ config, values, required }) =>
    userCreateCommand(config, {
      workspaceId: required('workspace'),
      email: required('email'),
      name: required('name'),
      role: role(values.role),
    }),
  'user deactivate': ({ config, required }) => userDeactivateCommand(config, required('workspace'), required('user')),
  'user reactivate': ({ config, required }) => userReactivateCommand(config, required('workspace'), required('user')),
  'token create': ({ config, values, required }) =>
    tokenCreateCommand(config, {
      workspaceId: required('workspace'),
      userId: values.user,
      name: values.name,
      expiresInDays: days(values['expires-in-days']),
    }),
  'token list': ({ config, required }) => tokenListCommand(config, required('workspace')),
  'token revoke': ({ config, required }) => tokenRevokeCommand(config, required('workspace'), required('id')),
  'webhook create': ({ config, values, required }) =>
    webhookCreateCommand(config, {
      workspaceId: required('workspace'),
      url: required('url'),
      eventTypes: values.events
        ?.split(',')
        .map((e) => e.trim())
        .filter(Boolean),
    }),
  'webhook list': ({ config, required }) => webhookListCommand(config, required('workspace')),
};

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
    output.out(USAGE);
    return 0;
  }
  const command = positionals.join(' ') || 'serve';
  try {
    const config = parseConfig(env);
    if (command === 'serve') {
      await startServer(config, output);
      return 0;
    }
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`Unknown command "${command}"`);
    const required = (name: Exclude<keyof Values, 'help'>): string => {
      const value = values[name];
      if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`${command} needs --${name}`);
      return value;
    };
    output.out(JSON.stringify(await run({ config, values, required }), null, 2));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) output.err(`${error.message}\n\n${USAGE}`);
    else if (error instanceof ConfigError || error instanceof AppError) output.err(error.message);
    else output.err(`helpline: ${(error as Error).message}`);
    return error instanceof UsageError ? 2 : 1;
  }
}
