import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { acquireDataFolderLock, connectToHolder, DataFolderBusyError, readLine } from './data-folder-lock.ts';

async function tempFolder(t: { after(fn: () => Promise<void>): void }): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'openepar-lock-'));
  t.after(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

test('a second taker of a folder, even by another path to it, is refused and told who holds it', async (t) => {
  const dir = await tempFolder(t);
  const data = path.join(dir, 'pglite');
  const lock = await acquireDataFolderLock(data, { role: 'command', description: 'import records' });
  t.after(() => lock.release());
  await symlink(data, path.join(dir, 'link'));

  const error = await acquireDataFolderLock(path.join(dir, 'link'), { role: 'command', description: 'migrate' }).catch((e: unknown) => e);
  assert.ok(error instanceof DataFolderBusyError);
  assert.deepEqual(error.holder, { pid: process.pid, role: 'command', description: 'import records' });
  assert.equal(error.dataDir, lock.dataDir);
});

test('a released folder can be taken again', async (t) => {
  const dir = await tempFolder(t);
  const first = await acquireDataFolderLock(dir, { role: 'command', description: 'first' });
  await first.release();
  const second = await acquireDataFolderLock(dir, { role: 'command', description: 'second' });
  await second.release();
});

test('a process killed while holding a folder leaves it free', async (t) => {
  const dir = await tempFolder(t);
  const lockModule = new URL('./data-folder-lock.ts', import.meta.url).href;
  const child = spawn(
    process.execPath,
    ['--input-type=module', '-e', `const { acquireDataFolderLock } = await import(${JSON.stringify(lockModule)}); await acquireDataFolderLock(${JSON.stringify(dir)}, { role: 'portal', description: 'child' }); console.log('held'); setInterval(() => {}, 1000);`],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  t.after(() => void child.kill('SIGKILL'));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('held') && resolve());
    child.once('exit', (code) => reject(new Error(`the child exited (${code}) before holding the folder`)));
  });
  const busy = await acquireDataFolderLock(dir, { role: 'command', description: 'parent' }).catch((e: unknown) => e);
  assert.ok(busy instanceof DataFolderBusyError);
  assert.equal(busy.holder?.pid, child.pid);
  assert.equal(busy.holder?.role, 'portal');

  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
  const lock = await acquireDataFolderLock(dir, { role: 'command', description: 'parent' });
  await lock.release();
});

test("a portal's connections wait until it serves requests; a command's are greeted and closed", async (t) => {
  const dir = await tempFolder(t);
  const portal = await acquireDataFolderLock(path.join(dir, 'portal'), { role: 'portal', description: 'starting' });
  t.after(() => portal.release());
  const connection = await connectToHolder(path.join(dir, 'portal'));
  assert.equal(connection?.holder?.role, 'portal');
  portal.describe({ description: 'http://localhost:3000/en' });
  portal.serveRequests((socket) => socket.end('served\n'));
  const { line } = await readLine(connection!.socket, 5_000);
  assert.equal(line, 'served', 'the connection made while starting was served once the portal was ready');
  connection!.socket.destroy();
  assert.equal((await connectToHolder(path.join(dir, 'portal')))?.holder?.description, 'http://localhost:3000/en');

  const command = await acquireDataFolderLock(path.join(dir, 'command'), { role: 'command', description: 'sync ema' });
  t.after(() => command.release());
  const toCommand = await connectToHolder(path.join(dir, 'command'));
  assert.equal(toCommand?.holder?.description, 'sync ema');
  assert.equal((await readLine(toCommand!.socket, 5_000)).line, null, 'closed after the greeting');
});

test('nobody holding a folder, connecting finds no one', async (t) => {
  const dir = await tempFolder(t);
  assert.equal(await connectToHolder(dir), null);
  assert.equal(await connectToHolder(path.join(dir, 'does-not-exist')), null);
});
