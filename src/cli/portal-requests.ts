/**
 * The command line working through a running portal. The portal owns the embedded database
 * (one process may open its folder), so `openepar import …` started beside it does not open
 * the folder: it connects to the folder's lock socket (`db/data-folder-lock.ts`) and asks the
 * portal to run the command in the portal's process, with the portal's services, and the
 * portal streams the output and the exit code back. Pages show the change at once, since the
 * portal's own write service made it.
 *
 * The protocol is newline-delimited JSON on that local socket:
 *   portal → client  {"type":"hello","pid":…,"role":"portal",…}   (the lock's greeting)
 *   client → portal  {"type":"run","token":"…","argv":[…],"cwd":"/…"}
 *   portal → client  {"type":"stdout"|"stderr","data":"…"}…  then  {"type":"exit","code":0}
 *                    or {"type":"refused","message":"…"}
 *   client → portal  {"type":"interrupt"}   (Ctrl-C: the command stops cleanly if it can)
 *
 * Anyone on the machine can connect to the socket, so a request must carry the token the
 * portal writes, readable by its owner only, into the data folder at start; whoever can read
 * the folder can read the database anyway. Only the database commands are accepted, and a
 * request is size-capped and checked field by field.
 */
import { randomBytes, createHash, timingSafeEqual } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import type net from 'node:net';
import type { Services } from '../services.ts';
import { readLine, type DataFolderLock } from '../db/data-folder-lock.ts';
import { DATABASE_COMMANDS, isDatabaseCommand } from './command-list.ts';
import { runCommand } from './commands.ts';
import { TOKEN_FILE, type Answer } from './portal-client.ts';

const MAX_ARGS = 1_000;
const MAX_ARG_LENGTH = 4_096;
/** How long a client may take to send its request once connected. */
const REQUEST_TIMEOUT_MS = 10_000;

interface RunRequest {
  token: string;
  argv: string[];
  cwd: string;
}

export interface PortalRequests {
  /** Refuses new requests, asks running commands to stop, and waits for them up to `graceMs`. */
  stop(graceMs: number): Promise<void>;
}

/**
 * Writes the token before anything can ask for it. Synchronous on purpose: the lock was just
 * taken, and no connection is handled before this returns, so no client reads an old token.
 */
export function writePortalToken(lock: DataFolderLock): string {
  const token = randomBytes(32).toString('hex');
  const file = path.join(lock.dataDir, TOKEN_FILE);
  const temporary = `${file}.${process.pid}`;
  // Created afresh, so the mode applies (it would not to a file left by a crash).
  rmSync(temporary, { force: true });
  writeFileSync(temporary, `${token}\n`, { mode: 0o600, flag: 'wx' });
  renameSync(temporary, file);
  return token;
}

/** Accepts command requests on the portal's lock socket, run with the portal's services. */
export function servePortalRequests(lock: DataFolderLock, services: Services, token: string): PortalRequests {
  const running = new Set<AbortController>();
  const all = new Set<Promise<void>>();
  let stopping = false;

  lock.serveRequests((socket) => {
    const done = handle(socket, new AbortController()).catch((err: unknown) => {
      services.log.error({ err }, 'a command request failed');
      socket.destroy();
    });
    all.add(done);
    void done.finally(() => all.delete(done));
  });

  async function handle(socket: net.Socket, controller: AbortController): Promise<void> {
    const send = (answer: Answer): Promise<void> =>
      new Promise((resolve) => {
        if (socket.destroyed) return resolve();
        socket.write(`${JSON.stringify(answer)}\n`, () => resolve());
      });
    const refuse = async (message: string) => {
      await send({ type: 'refused', message });
      socket.end();
    };
    let request: RunRequest;
    let rest: string;
    try {
      const read = await readLine(socket, REQUEST_TIMEOUT_MS);
      if (read.line === null) return void socket.destroy();
      request = parseRequest(read.line);
      rest = read.rest;
    } catch (error) {
      return refuse(`bad request: ${(error as Error).message}`);
    }
    if (!sameToken(request.token, token)) return refuse('the token does not match the running portal');
    const command = request.argv[0]!;
    if (!isDatabaseCommand(command)) return refuse(`"${command}" is not a command a portal runs (${Object.keys(DATABASE_COMMANDS).join(', ')})`);
    if (stopping) return refuse('the portal is stopping');

    running.add(controller);
    // After the request the client only ever says "interrupt"; hanging up means the same.
    let heard = rest;
    socket.on('data', (chunk: string) => {
      heard = (heard + chunk).slice(-1_024);
      if (heard.includes('"interrupt"')) controller.abort();
    });
    socket.on('close', () => controller.abort());
    socket.resume();

    const stream = (type: 'stdout' | 'stderr') =>
      new Writable({
        decodeStrings: false,
        write(chunk: Buffer | string, _encoding, callback) {
          void send({ type, data: chunk.toString() }).then(() => callback());
        },
      });
    const stdout = stream('stdout');
    const stderr = stream('stderr');
    services.log.info({ command: request.argv.slice(0, 2).join(' ') }, 'running a command for the command line');
    try {
      const code = await runCommand(services, request.argv, { stdout, stderr, cwd: request.cwd, signal: controller.signal });
      await Promise.all([new Promise((resolve) => stdout.end(resolve)), new Promise((resolve) => stderr.end(resolve))]);
      await send({ type: 'exit', code });
    } finally {
      running.delete(controller);
      socket.end();
    }
  }

  return {
    async stop(graceMs) {
      stopping = true;
      for (const controller of running) controller.abort();
      await Promise.race([Promise.all(all), new Promise((resolve) => setTimeout(resolve, graceMs).unref())]);
    },
  };
}

function parseRequest(line: string): RunRequest {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new Error('not JSON');
  }
  if (typeof value !== 'object' || value === null) throw new Error('not an object');
  const r = value as Record<string, unknown>;
  if (r.type !== 'run') throw new Error('"type" must be "run"');
  if (typeof r.token !== 'string') throw new Error('"token" must be a string');
  if (!Array.isArray(r.argv) || r.argv.length === 0 || r.argv.length > MAX_ARGS || !r.argv.every((a) => typeof a === 'string' && a.length <= MAX_ARG_LENGTH && !a.includes('\0'))) {
    throw new Error(`"argv" must be 1 to ${MAX_ARGS} strings`);
  }
  if (typeof r.cwd !== 'string' || !path.isAbsolute(r.cwd) || r.cwd.length > MAX_ARG_LENGTH || r.cwd.includes('\0')) throw new Error('"cwd" must be an absolute path');
  return { token: r.token, argv: r.argv as string[], cwd: r.cwd };
}

function sameToken(given: string, expected: string): boolean {
  // Hashes have equal lengths, which timingSafeEqual needs, whatever was sent.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Removes the token file, unless a portal started since has written its own there. */
export async function removePortalToken(lock: DataFolderLock, token: string): Promise<void> {
  const file = path.join(lock.dataDir, TOKEN_FILE);
  const current = await readFile(file, 'utf8').catch(() => null);
  if (current?.trim() === token) await rm(file, { force: true });
}
