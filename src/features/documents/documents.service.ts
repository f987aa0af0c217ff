import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { FileStore } from './file-store.ts';
import { findStoredFile, saveStoredFile, storedFileText } from './documents.repository.ts';

const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf' };

/** Stored document files: their bytes in the file store, what is known of them in the database. */
export class DocumentsService {
  readonly #db: Kysely<DB>;
  readonly store: FileStore;

  constructor(db: Kysely<DB>, store: FileStore) {
    this.#db = db;
    this.store = store;
  }

  async save(bytes: Uint8Array, contentType: string, pages: string[]): Promise<{ sha256: string; sizeBytes: number }> {
    const stored = await this.store.put(bytes, EXTENSIONS[contentType] ?? 'bin');
    await saveStoredFile(this.#db, { ...stored, contentType, pages });
    return stored;
  }

  /** Where the file lies under the store's root, and its type; undefined when unknown. */
  async locate(sha256: string): Promise<{ relativePath: string; contentType: string } | undefined> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) return undefined;
    const file = await findStoredFile(this.#db, sha256);
    return file && { relativePath: this.store.relativePath(sha256, EXTENSIONS[file.contentType] ?? 'bin'), contentType: file.contentType };
  }

  text(sha256: string): Promise<string[]> {
    return storedFileText(this.#db, sha256);
  }
}
