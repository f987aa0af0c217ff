/**
 * One owner per embedded data folder. PGlite has no locking of its own: two processes opening
 * the same folder corrupt it. The owner listens on a local socket named after the folder, which
 * the kernel lets only one process hold and frees when that process ends, however it ends:
 *
 * - Linux: an abstract Unix socket (`\0openepar:<sha256 of the real path>`), no file at all;
 * - Windows: a named pipe of the same name, removed by the system with its process;
 * - elsewhere: a socket file in the folder; one left by a crashed owner is recognised because
 *   nobody answers on it, and removed.
 *
 * The same socket tells a newcomer who holds the folder (a greeting line) and, when the holder
 * is a portal, carries requests to it (see `serveRequests`); the protocol on top is the
 * caller's. Limits: the abstract name lives in the network namespace, so two containers with
 * separate networks that mount the same folder do not see each other's lock.
 */
import { createHash } from 'node:crypto';
import { lstat, mkdir, open, realpath, rm, stat } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export type HolderRole = 'portal' | 'command';

/** What the holder says about itself to whoever connects. */
export interface LockHolder {
  pid: number;
  role: HolderRole;
  /** For a command, what it is doing (`import records`); for a portal, its address once listening. */
  description: string;
}

/** A connection from another process, after the greeting; the caller speaks its protocol on it. */
export type RequestHandler = (socket: net.Socket) => void;

export interface DataFolderLock {
  /** The folder's real path (symbolic links resolved), which names the lock. */
  readonly dataDir: string;
  /** What newcomers are told. */
  readonly holder: LockHolder;
  /** Changes what newcomers are told (a portal gives its address once it listens). */
  describe(change: Partial<Omit<LockHolder, 'pid'>>): void;
  /**
   * Hands every connection, once greeted, to `handler`. Until then a portal's connections wait
   * (it is starting), and a command's are closed: the newcomer learns who holds the folder.
   */
  serveRequests(handler: RequestHandler): void;
  /** Gives the folder up (idempotent). Ending the process does the same. */
  release(): Promise<void>;
}

export class DataFolderBusyError extends Error {
  readonly dataDir: string;
  /** Who holds it, or null when the holder did not say (an unknown or older program). */
  readonly holder: LockHolder | null;
  constructor(dataDir: string, holder: LockHolder | null) {
    super(
      holder
        ? `${dataDir} is in use by ${holder.role === 'portal' ? 'a running portal' : `another openepar command (${holder.description})`} (pid ${holder.pid})`
        : `${dataDir} is in use by another process`,
    );
    this.name = 'DataFolderBusyError';
    this.dataDir = dataDir;
    this.holder = holder;
  }
}

/** The longest line either side may send before the greeting or a request is complete. */
export const MAX_LINE_BYTES = 64 * 1024;
/** Connections at once; more would only be someone flooding a local socket. */
const MAX_CONNECTIONS = 32;

/**
 * Takes the folder, creating it if needed. Throws `DataFolderBusyError` when another process
 * (or this one, through another `Database`) holds it.
 */
export async function acquireDataFolderLock(dataDir: string, holder: Omit<LockHolder, 'pid'>): Promise<DataFolderLock> {
  await mkdir(dataDir, { recursive: true });
  const real = await realpath(dataDir);
  const address = await socketAddress(real);
  const state: LockHolder = { pid: process.pid, ...holder };
  let handler: RequestHandler | null = null;
  const waiting: net.Socket[] = [];
  const sockets = new Set<net.Socket>();

  const server = net.createServer({ allowHalfOpen: false }, (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.write(`${JSON.stringify({ type: 'hello', ...state })}\n`);
    if (handler) handler(socket);
    // A portal still starting keeps the connection until it serves requests; anyone else
    // only tells who holds the folder.
    else if (state.role === 'portal') waiting.push(socket);
    else socket.end();
  });
  server.maxConnections = MAX_CONNECTIONS;

  await listenExclusively(server, address, real);
  // The lock must never keep a process alive that has nothing else to do.
  server.unref();

  let released: Promise<void> | null = null;
  return {
    dataDir: real,
    get holder() {
      return { ...state };
    },
    describe(change) {
      Object.assign(state, change);
    },
    serveRequests(h) {
      handler = h;
      for (const socket of waiting.splice(0)) if (!socket.destroyed) h(socket);
    },
    release() {
      released ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Connections still open (a client reading its answer) are ended, not waited for.
        for (const s of sockets) s.destroy();
      }).then(async () => {
        if (!address.abstract && !isWindows()) await rm(address.path, { force: true });
      });
      return released;
    },
  };
}

/**
 * Connects to the folder's holder and reads its greeting. Resolves `null` when nobody holds
 * the folder (no one listens), so the caller can try to take it.
 */
export async function connectToHolder(dataDir: string): Promise<{ socket: net.Socket; holder: LockHolder | null; rest: string } | null> {
  const real = await realpath(dataDir).catch(() => null);
  if (!real) return null;
  const address = await socketAddress(real);
  const socket = await new Promise<net.Socket | null>((resolve, reject) => {
    const s = net.connect(address.path);
    s.once('connect', () => resolve(s));
    s.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED' || error.code === 'ENOENT') resolve(null);
      else reject(error);
    });
  });
  if (!socket) return null;
  const { line, rest } = await readLine(socket, 5_000).catch(() => ({ line: null, rest: '' }));
  return { socket, holder: line === null ? null : parseGreeting(line), rest };
}

/**
 * Reads one newline-terminated line from `socket`, refusing more than `MAX_LINE_BYTES` or a
 * silence longer than `timeoutMs`. Resolves `line: null` when the socket ends first; what
 * arrived after the line is in `rest`. The socket is left decoding UTF-8 (whole characters,
 * even when split between packets) and paused, for the caller's own reader to take over.
 */
export function readLine(socket: net.Socket, timeoutMs: number, maxBytes = MAX_LINE_BYTES): Promise<{ line: string | null; rest: string }> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => finish(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    const onData = (chunk: string) => {
      buffered += chunk;
      const newline = buffered.indexOf('\n');
      const line = newline >= 0 ? buffered.slice(0, newline) : buffered;
      if (Buffer.byteLength(line) > maxBytes) return finish(new Error(`a line longer than ${maxBytes} bytes`));
      if (newline >= 0) finish(null, line, buffered.slice(newline + 1));
    };
    const onEnd = () => finish(null, null, '');
    const onError = (error: Error) => finish(error);
    const finish = (error: Error | null, line: string | null = null, rest = '') => {
      clearTimeout(timer);
      socket.off('data', onData).off('end', onEnd).off('close', onEnd).off('error', onError);
      socket.pause();
      if (error) reject(error);
      else resolve({ line, rest });
    };
    socket.setEncoding('utf8');
    socket.on('data', onData).on('end', onEnd).on('close', onEnd).on('error', onError);
    socket.resume();
  });
}

function parseGreeting(line: string): LockHolder | null {
  try {
    const g = JSON.parse(line) as Record<string, unknown>;
    if (g.type !== 'hello' || typeof g.pid !== 'number' || (g.role !== 'portal' && g.role !== 'command')) return null;
    return { pid: g.pid, role: g.role, description: typeof g.description === 'string' ? g.description : '' };
  } catch {
    return null;
  }
}

interface SocketAddress {
  path: string;
  abstract: boolean;
}

const isWindows = () => process.platform === 'win32';

async function socketAddress(realDir: string): Promise<SocketAddress> {
  const hash = createHash('sha256').update(realDir).digest('hex');
  if (process.platform === 'linux') return { path: `\0openepar:${hash}`, abstract: true };
  if (isWindows()) return { path: `\\\\?\\pipe\\openepar-${hash}`, abstract: false };
  // Socket paths are limited to about 100 bytes; a deep folder's lock goes to the temp folder.
  const inFolder = path.join(realDir, '.openepar.sock');
  return { path: Buffer.byteLength(inFolder) <= 100 ? inFolder : path.join(os.tmpdir(), `openepar-${hash.slice(0, 32)}.sock`), abstract: false };
}

async function listenExclusively(server: net.Server, address: SocketAddress, realDir: string): Promise<void> {
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      server.once('error', onError);
      server.listen({ path: address.path, exclusive: true }, () => {
        server.off('error', onError);
        resolve();
      });
    });
  try {
    await listen();
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
  }
  // In use: by a live holder (it greets us), or, for a socket file, by one that died.
  const holder = await connectToHolder(realDir).catch(() => null);
  if (holder) {
    holder.socket.destroy();
    throw new DataFolderBusyError(realDir, holder.holder);
  }
  if (address.abstract || isWindows()) {
    // The holder was leaving just then: the name is free now, or someone else took it.
    try {
      await listen();
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new DataFolderBusyError(realDir, null);
      throw error;
    }
  }
  await removeStaleSocketFile(address.path);
  try {
    await listen();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new DataFolderBusyError(realDir, null);
    throw error;
  }
}

/**
 * Removes a socket file nobody answers on. Two newcomers finding the same stale file must not
 * both remove it (the second would remove the first one's fresh socket): a guard file created
 * exclusively lets only one of them clean up; a guard older than a minute was left by a crash.
 */
async function removeStaleSocketFile(socketPath: string): Promise<void> {
  const guard = `${socketPath}.cleaning`;
  const taken = await open(guard, 'wx').catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
    const age = Date.now() - (await stat(guard)).mtimeMs;
    if (age > 60_000) await rm(guard, { force: true });
    return null;
  });
  if (!taken) return;
  try {
    const s = await lstat(socketPath).catch(() => null);
    if (s?.isSocket() && !(await connectToAddress(socketPath))) await rm(socketPath, { force: true });
  } finally {
    await taken.close();
    await rm(guard, { force: true });
  }
}

function connectToAddress(socketPath: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(socketPath);
    s.once('connect', () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });
}
