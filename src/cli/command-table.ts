import type { parseArgs } from 'node:util';
import type { Config } from '../config.js';
import { backupSqlite, restoreSqlite } from '../core/store/backup.js';
import {
  migrateCommand,
  seedDemoCommand,
  supportAddressCommand,
  tokenCreateCommand,
  tokenListCommand,
  tokenRevokeCommand,
  userCreateCommand,
  userDeactivateCommand,
  userInviteCommand,
  userReactivateCommand,
  webhookCreateCommand,
  webhookListCommand,
  workspaceCreateCommand,
} from './commands.js';
import { imapMailboxCommand } from '../features/imap/imap.command.js';

/** Wrong usage: reported with the usage of the command, exit code 2. */
export class UsageError extends Error {}

export const OPTIONS = {
  name: { type: 'string' },
  workspace: { type: 'string' },
  email: { type: 'string' },
  user: { type: 'string' },
  id: { type: 'string' },
  url: { type: 'string' },
  events: { type: 'string' },
  role: { type: 'string' },
  'expires-in-days': { type: 'string' },
  to: { type: 'string' },
  from: { type: 'string' },
  demo: { type: 'boolean' },
  address: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  'password-env': { type: 'string' },
  tls: { type: 'boolean' },
  mailbox: { type: 'string' },
  'display-name': { type: 'string' },
  disabled: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS }>>['values'];

/** What a command is given: the configuration, and its options, required or not. */
export interface Invocation {
  config: Config;
  values: Values;
  required(name: Exclude<keyof Values, 'help'>): string;
  /** The environment, for a secret the operator names by its variable (never on the command line). */
  env: Record<string, string | undefined>;
}

export interface CommandSpec {
  /** The words and options after `helpline`. */
  usage: string;
  /** What it does, one line of help each. */
  summary: string[];
  /** Answers what to print as JSON (serve has no `run`: it keeps running). */
  run?: (invocation: Invocation) => Promise<unknown>;
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

const port = (value: string | undefined): number | undefined => {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 65535)
    throw new UsageError('--port must be a whole number from 1 to 65535');
  return Number(value);
};

const secretFrom = (env: Invocation['env'], variable: string | undefined): string | undefined => {
  if (variable === undefined) return undefined;
  const secret = env[variable];
  if (secret === undefined || secret === '') throw new UsageError(`--password-env: ${variable} is not set`);
  return secret;
};

/** Every command, by its words, in the order the help lists them. */
export const COMMANDS: Record<string, CommandSpec> = {
  serve: { usage: 'serve', summary: ['Start the server (the default)'] },
  migrate: {
    usage: 'migrate',
    summary: ['Apply pending database migrations'],
    run: ({ config }) => migrateCommand(config),
  },
  backup: {
    usage: 'backup --to FILE',
    summary: ['Copy the SQLite database to FILE, safely while', 'the server runs (PostgreSQL: use pg_dump)'],
    run: async ({ config, required }) => backupSqlite(config.databaseUrl, required('to')),
  },
  restore: {
    usage: 'restore --from FILE',
    summary: ['Replace the SQLite database with the backup FILE;', 'stop the server first (keeps <db>.before-restore)'],
    run: async ({ config, required }) => restoreSqlite(config.databaseUrl, required('from')),
  },
  'workspace create': {
    usage: 'workspace create --name N',
    summary: ['New workspace with its admin user and token'],
    run: ({ config, required }) => workspaceCreateCommand(config, required('name')),
  },
  'workspace support-address': {
    usage: 'workspace support-address --workspace W --email E',
    summary: ['Mail to E opens issues in W (inbound SMTP)'],
    run: ({ config, required }) => supportAddressCommand(config, required('workspace'), required('email')),
  },
  'workspace imap': {
    usage:
      'workspace imap --workspace W --host H --user U --password-env VAR [--port P] [--tls] [--mailbox F] ' +
      '[--display-name N]',
    summary: [
      "Read W's support mailbox over IMAP: its mail becomes issues;",
      'the password is read from the variable VAR. Run again to',
      'change it; --disabled stops it, --address A for a workspace',
      'without a support address yet',
    ],
    run: ({ config, values, required, env }) =>
      imapMailboxCommand(config, {
        workspaceId: required('workspace'),
        address: values.address,
        host: required('host'),
        port: port(values.port),
        tls: values.tls ?? false,
        username: required('user'),
        password: secretFrom(env, values['password-env']),
        folder: values.mailbox,
        displayName: values['display-name'],
        enabled: !values.disabled,
      }),
  },
  'user create': {
    usage: 'user create --workspace W --email E --name N [--role admin|member]',
    summary: ['New agent in a workspace'],
    run: ({ config, values, required }) =>
      userCreateCommand(config, {
        workspaceId: required('workspace'),
        email: required('email'),
        name: required('name'),
        role: role(values.role),
      }),
  },
  'user invite': {
    usage: 'user invite --workspace W --email E [--role member|admin] [--name N]',
    summary: ['New agent and a one-time link (7 days) to set', 'their console password; prints both'],
    run: ({ config, values, required }) =>
      userInviteCommand(config, {
        workspaceId: required('workspace'),
        email: required('email'),
        name: values.name,
        role: role(values.role),
      }),
  },
  'user deactivate': {
    usage: 'user deactivate --workspace W --user U',
    summary: ["The user's tokens stop working (not the last active admin)"],
    run: ({ config, required }) => userDeactivateCommand(config, required('workspace'), required('user')),
  },
  'user reactivate': {
    usage: 'user reactivate --workspace W --user U',
    summary: ["The user's tokens (not revoked or expired) work again"],
    run: ({ config, required }) => userReactivateCommand(config, required('workspace'), required('user')),
  },
  'token create': {
    usage: 'token create --workspace W [--user U] [--name N] [--expires-in-days D]',
    summary: ["New API token (for the workspace's admin unless --user);", 'prints its id and its secret, shown once'],
    run: ({ config, values, required }) =>
      tokenCreateCommand(config, {
        workspaceId: required('workspace'),
        userId: values.user,
        name: values.name,
        expiresInDays: days(values['expires-in-days']),
      }),
  },
  'token list': {
    usage: 'token list --workspace W',
    summary: ["The workspace's tokens (never their secrets)"],
    run: ({ config, required }) => tokenListCommand(config, required('workspace')),
  },
  'token revoke': {
    usage: 'token revoke --workspace W --id ID',
    summary: ['The token (the id token create printed) stops working'],
    run: ({ config, required }) => tokenRevokeCommand(config, required('workspace'), required('id')),
  },
  'webhook create': {
    usage: 'webhook create --workspace W --url U [--events a,b]',
    summary: ['New webhook endpoint (its signing secret is shown once)'],
    run: ({ config, values, required }) =>
      webhookCreateCommand(config, {
        workspaceId: required('workspace'),
        url: required('url'),
        eventTypes: values.events
          ?.split(',')
          .map((e) => e.trim())
          .filter(Boolean),
      }),
  },
  'webhook list': {
    usage: 'webhook list --workspace W',
    summary: ["The workspace's webhook endpoints"],
    run: ({ config, required }) => webhookListCommand(config, required('workspace')),
  },
  seed: {
    usage: 'seed --demo --workspace W',
    summary: ['Load the demo workspace (accounts, contacts,', 'issues in every state) into W'],
    run: async ({ config, values, required }) => {
      if (!values.demo) throw new UsageError('seed needs --demo');
      return seedDemoCommand(config, required('workspace'));
    },
  },
};
