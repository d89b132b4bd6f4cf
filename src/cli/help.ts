import { COMMANDS, type CommandSpec } from './command-table.js';

const SUMMARY_COLUMN = 47;

const FOOTER = `Every command uses the same environment as the server (DATABASE_URL, ...); a relative SQLite
path is read from the working directory. Commands print JSON on stdout; errors go to stderr with a
non-zero exit code.`;

/** One command's lines in a list: its usage, and its summary beside it (or below it, when the usage is long). */
function listing(spec: CommandSpec): string[] {
  const [first = '', ...rest] = spec.summary;
  const indent = ' '.repeat(SUMMARY_COLUMN);
  const head = `  ${spec.usage}`;
  const lines = head.length < SUMMARY_COLUMN - 1 ? [head.padEnd(SUMMARY_COLUMN) + first] : [head, indent + first];
  return [...lines, ...rest.map((line) => indent + line)];
}

function commandList(words: string[]): string {
  return words.flatMap((word) => listing(COMMANDS[word]!)).join('\n');
}

/** The usage of every command. */
export const USAGE = `Usage: helpline <command> [options]
       helpline <command> --help

Commands:
${commandList(Object.keys(COMMANDS))}

${FOOTER}`;

/**
 * The help for what `words` name: one command (`token create`), the commands of a group (`token`), or every command
 * (nothing). Undefined when the words name nothing.
 */
export function helpFor(words: string[]): string | undefined {
  const topic = words.join(' ');
  if (topic === '') return USAGE;
  const spec = COMMANDS[topic];
  if (spec) return `Usage: helpline ${spec.usage}\n\n${spec.summary.join(' ').replace(/ +/g, ' ')}.\n\n${FOOTER}`;
  const group = Object.keys(COMMANDS).filter((word) => word.startsWith(`${topic} `));
  if (group.length === 0) return undefined;
  return `Usage: helpline ${topic} <command> [options]\n\nCommands:\n${commandList(group)}\n\n${FOOTER}`;
}
