/**
 * What a sync knows about each URL between runs: the validators for a conditional request, the
 * hash and place of the local copy, and whether it got imported.
 *
 * Kept as a JSON snapshot plus a journal of one JSON line per completed item. A full EMA sync
 * tracks some 100,000 URLs (most of them answered 404), so rewriting the whole snapshot after
 * each item would write gigabytes; appending one line is as durable, and a line cut short by a
 * killed process is recognised and dropped. The journal is folded into the snapshot (written
 * aside, then renamed into place) when the state is opened, every few thousand items, and at
 * the end of a run.
 */
import { mkdir, open, readFile, rename, unlink, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

export type UrlStatus =
  /** EMA answered 404 or 410: this medicine has no such document in this language (yet). */
  | 'missing'
  /** On disk, complete, not yet (or not successfully) imported: the next run imports it without downloading again. */
  | 'downloaded'
  | 'imported'
  | 'import-failed';

export interface UrlRecord {
  status: UrlStatus;
  /** The local copy, relative to the state folder. */
  path: string | null;
  etag: string | null;
  lastModified: string | null;
  sha256: string | null;
  bytes: number | null;
  /** When the server was last asked (ISO time). */
  checkedAt: string;
  /** Why the last import failed. */
  error?: string;
}

interface Snapshot {
  version: 1;
  urls: Record<string, UrlRecord>;
}

const COMPACT_EVERY = 5000;

export class SyncStateError extends Error {}

export class SyncState {
  readonly dir: string;
  readonly #snapshotFile: string;
  readonly #journalFile: string;
  readonly #lockFile: string;
  readonly #urls: Map<string, UrlRecord>;
  #journal: FileHandle | null = null;
  #journalLines = 0;
  // One write at a time, in order: two appends racing could interleave their bytes.
  #queue: Promise<void> = Promise.resolve();

  private constructor(dir: string, name: string, urls: Map<string, UrlRecord>) {
    this.dir = dir;
    this.#snapshotFile = path.join(dir, `${name}.state.json`);
    this.#journalFile = path.join(dir, `${name}.journal.jsonl`);
    this.#lockFile = path.join(dir, `${name}.lock`);
    this.#urls = urls;
  }

  /** Loads the state and takes the folder's lock: two syncs writing the same files would corrupt each other's. */
  static async open(dir: string, name: string): Promise<SyncState> {
    await mkdir(dir, { recursive: true });
    const state = new SyncState(dir, name, new Map());
    await state.#lock();
    try {
      await state.#load();
      await state.#compact();
      state.#journal = await open(state.#journalFile, 'a');
    } catch (e) {
      await unlink(state.#lockFile).catch(() => {});
      throw e;
    }
    return state;
  }

  get(url: string): UrlRecord | undefined {
    return this.#urls.get(url);
  }

  get size(): number {
    return this.#urls.size;
  }

  /** Records `url` durably (resolves once the journal line is written). */
  set(url: string, record: UrlRecord): Promise<void> {
    this.#urls.set(url, record);
    const line = `${JSON.stringify({ url, record })}\n`;
    return this.#enqueue(async () => {
      await this.#journal!.appendFile(line);
      if (++this.#journalLines >= COMPACT_EVERY) await this.#compact();
    });
  }

  /** Folds the journal into the snapshot, closes it and releases the lock. */
  async close(): Promise<void> {
    await this.#enqueue(async () => {
      await this.#compact();
      await this.#journal?.close();
      this.#journal = null;
    });
    await unlink(this.#lockFile).catch(() => {});
  }

  #enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => {});
    return run;
  }

  async #load(): Promise<void> {
    const snapshot = await readOptional(this.#snapshotFile);
    if (snapshot !== null) {
      let parsed: Snapshot;
      try {
        parsed = JSON.parse(snapshot) as Snapshot;
      } catch (e) {
        throw new SyncStateError(`${this.#snapshotFile} is not valid JSON (${(e as Error).message}): move it away to start afresh`);
      }
      if (parsed.version !== 1 || typeof parsed.urls !== 'object') throw new SyncStateError(`${this.#snapshotFile} is not a sync state this version reads`);
      for (const [url, record] of Object.entries(parsed.urls)) this.#urls.set(url, record);
    }
    const journal = await readOptional(this.#journalFile);
    if (journal === null) return;
    for (const line of journal.split('\n')) {
      if (!line) continue;
      try {
        const entry = JSON.parse(line) as { url: string; record: UrlRecord };
        this.#urls.set(entry.url, entry.record);
      } catch {
        // Only the last line can be cut short (the process died writing it); the item it
        // recorded is simply done again.
      }
    }
  }

  async #compact(): Promise<void> {
    const snapshot: Snapshot = { version: 1, urls: Object.fromEntries(this.#urls) };
    const temp = `${this.#snapshotFile}.${process.pid}.tmp`;
    const file = await open(temp, 'w');
    try {
      await file.writeFile(JSON.stringify(snapshot));
      // On disk before the rename, or a power cut could leave the new name on empty content.
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, this.#snapshotFile);
    // Replaying a journal already folded in does no harm, so a crash between the two steps is safe.
    if (this.#journal) await this.#journal.truncate(0);
    else await writeFile(this.#journalFile, '');
    this.#journalLines = 0;
  }

  async #lock(): Promise<void> {
    for (let tries = 0; tries < 2; tries++) {
      try {
        await writeFile(this.#lockFile, String(process.pid), { flag: 'wx' });
        return;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      const holder = Number((await readOptional(this.#lockFile))?.trim());
      if (Number.isInteger(holder) && holder > 0 && isRunning(holder)) {
        throw new SyncStateError(`another sync (process ${holder}) is using ${this.dir}; wait for it, or remove ${this.#lockFile} if it is gone`);
      }
      // Left by a sync that was killed: take it over.
      await unlink(this.#lockFile).catch(() => {});
    }
    throw new SyncStateError(`cannot take the lock ${this.#lockFile}`);
  }
}

async function readOptional(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
