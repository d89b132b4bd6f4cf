#!/usr/bin/env node
import { runCli } from './cli/run.js';

// The one place that reads the process environment.
const code = await runCli(process.argv.slice(2), process.env, {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
});
if (code !== 0) process.exit(code);
