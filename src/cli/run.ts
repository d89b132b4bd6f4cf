import { parseArgs } from 'node:util';
import { ConfigError, parseConfig } from '../config.js';
import { AppError } from '../core/errors.js';
import type { Output } from '../server.js';
import { startServer } from '../server.js';
import {
  migrateCommand,
  supportAddressCommand,
  tokenCreateCommand,
  userCreateCommand,
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
  token create --workspace W [--user U] [--name N]
                                               New API token (for the workspace's admin unless --user)
  webhook create --workspace W --url U [--events a,b]
                                               New webhook endpoint (its signing secret is shown once)
  webhook list --workspace W                   The workspace's webhook endpoints

Every command uses the same environment as the server (DATABASE_URL, ...).
Commands print JSON on stdout; errors go to stderr with a non-zero exit code.`;

class UsageError extends Error {}

type Env = Record<string, string | undefined>;

/** Runs one CLI command; resolves to the process exit code (serve resolves once listening). */
export async function runCli(argv: string[], env: Env, output: Output): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        name: { type: 'string' },
        workspace: { type: 'string' },
        email: { type: 'string' },
        user: { type: 'string' },
        url: { type: 'string' },
        events: { type: 'string' },
        role: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
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
    const print = (value: unknown) => output.out(JSON.stringify(value, null, 2));
    const required = (name: keyof typeof values): string => {
      const value = values[name];
      if (typeof value !== 'string' || value.trim() === '') throw new UsageError(`${command} needs --${name}`);
      return value;
    };
    switch (command) {
      case 'serve':
        await startServer(config, output);
        return 0;
      case 'migrate':
        print(await migrateCommand(config));
        return 0;
      case 'workspace create':
        print(await workspaceCreateCommand(config, required('name')));
        return 0;
      case 'workspace support-address':
        print(await supportAddressCommand(config, required('workspace'), required('email')));
        return 0;
      case 'user create': {
        const role = values.role ?? 'member';
        if (role !== 'admin' && role !== 'member') throw new UsageError('--role must be admin or member');
        print(
          await userCreateCommand(config, {
            workspaceId: required('workspace'),
            email: required('email'),
            name: required('name'),
            role,
          }),
        );
        return 0;
      }
      case 'token create':
        print(
          await tokenCreateCommand(config, {
            workspaceId: required('workspace'),
            userId: values.user,
            name: values.name,
          }),
        );
        return 0;
      case 'webhook create':
        print(
          await webhookCreateCommand(config, {
            workspaceId: required('workspace'),
            url: required('url'),
            eventTypes: values.events
              ?.split(',')
              .map((e) => e.trim())
              .filter(Boolean),
          }),
        );
        return 0;
      case 'webhook list':
        print(await webhookListCommand(config, required('workspace')));
        return 0;
      default:
        throw new UsageError(`Unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) output.err(`${error.message}\n\n${USAGE}`);
    else if (error instanceof ConfigError || error instanceof AppError) output.err(error.message);
    else output.err(`helpline: ${(error as Error).message}`);
    return error instanceof UsageError ? 2 : 1;
  }
}
