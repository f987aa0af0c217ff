/**
 * The command line's side of running a command in the portal that owns the embedded database
 * (the protocol and the portal's side are in `portal-requests.ts`). Kept apart and light: a
 * command that goes through a portal loads none of the importers or services.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { connectToHolder, type LockHolder } from '../db/data-folder-lock.ts';

/** In the data folder, readable by the portal's user only. */
export const TOKEN_FILE = 'openepar-portal.token';

/** Lines a portal may send; a summary with thousands of errors is large, but not this large. */
const MAX_ANSWER_LINE_BYTES = 64 * 1024 * 1024;

export type Answer = { type: 'stdout' | 'stderr'; data: string } | { type: 'exit'; code: number } | { type: 'refused'; message: string };

export interface ClientIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  /** Aborted on Ctrl-C: asks the portal to stop the command (it finishes the item in progress). */
  signal: AbortSignal;
}

/**
 * Runs `argv` in the portal holding `dataDir` and answers the command's exit code. Answers
 * `{holder}` when the folder's holder turns out not to be a portal, and null when nobody holds
 * it any more (the portal stopped meanwhile: the caller may take the folder itself).
 */
export async function runThroughPortal(dataDir: string, argv: string[], io: ClientIo): Promise<{ code: number } | { holder: LockHolder | null } | null> {
  const connection = await connectToHolder(dataDir);
  if (!connection) return null;
  const { socket, holder } = connection;
  if (holder?.role !== 'portal') {
    socket.destroy();
    return { holder };
  }
  let token: string;
  try {
    token = (await readFile(path.join(dataDir, TOKEN_FILE), 'utf8')).trim();
  } catch (error) {
    socket.destroy();
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr.write(
      code === 'EACCES'
        ? `openepar: the portal (pid ${holder.pid}) runs as another user; run this command as that user\n`
        : `openepar: cannot read the portal's token in ${dataDir}: ${(error as Error).message}\n`,
    );
    return { code: 1 };
  }
  socket.write(`${JSON.stringify({ type: 'run', token, argv, cwd: io.cwd })}\n`);
  const onAbort = () => socket.write(`${JSON.stringify({ type: 'interrupt' })}\n`);
  io.signal.addEventListener('abort', onAbort, { once: true });
  try {
    let buffered = connection.rest;
    const code = await new Promise<number | null>((resolve) => {
      const takeLines = () => {
        let newline: number;
        while ((newline = buffered.indexOf('\n')) >= 0) {
          const line = buffered.slice(0, newline);
          buffered = buffered.slice(newline + 1);
          let answer: Answer;
          try {
            answer = JSON.parse(line) as Answer;
          } catch {
            continue;
          }
          if (answer.type === 'stdout') io.stdout.write(answer.data);
          else if (answer.type === 'stderr') io.stderr.write(answer.data);
          else if (answer.type === 'refused') {
            io.stderr.write(`openepar: the portal refused the command: ${answer.message}\n`);
            return resolve(1);
          } else if (answer.type === 'exit') return resolve(typeof answer.code === 'number' ? answer.code : 1);
        }
        if (Buffer.byteLength(buffered) > MAX_ANSWER_LINE_BYTES) {
          io.stderr.write('openepar: the portal sent an answer too long to read\n');
          resolve(1);
        }
      };
      socket.on('data', (chunk: string) => {
        buffered += chunk;
        takeLines();
      });
      socket.on('close', () => resolve(null));
      socket.on('error', () => {});
      takeLines();
      socket.resume();
    });
    if (code === null) {
      io.stderr.write(`openepar: the portal (pid ${holder.pid}) stopped before the command finished; what it completed is kept\n`);
      return { code: 1 };
    }
    return { code };
  } finally {
    io.signal.removeEventListener('abort', onAbort);
    socket.destroy();
  }
}
