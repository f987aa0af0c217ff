#!/usr/bin/env node
// Runs the TypeScript entry directly: Node 22.18+ strips types natively.
import { run } from '../src/cli/main.ts';

const code = await run(process.argv.slice(2));
if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code;
