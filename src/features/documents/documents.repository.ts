import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

export interface StoredFileRecord {
  sha256: string;
  contentType: string;
  sizeBytes: number;
  pages: string[];
}

/** Records a stored file and its text; a file already known is left as it is. */
export async function saveStoredFile(db: Kysely<DB>, file: StoredFileRecord): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('stored_files')
      .values({ sha256: file.sha256, content_type: file.contentType, size_bytes: file.sizeBytes, page_count: file.pages.length })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .returning('sha256')
      .executeTakeFirst();
    if (!inserted || file.pages.length === 0) return;
    // PostgreSQL caps a statement at 65,535 parameters; a long SmPC has hundreds of pages.
    for (let i = 0; i < file.pages.length; i += 500) {
      await trx
        .insertInto('stored_file_pages')
        .values(file.pages.slice(i, i + 500).map((text, j) => ({ sha256: file.sha256, page_number: i + j + 1, text: text.replaceAll('\u0000', '') })))
        .execute();
    }
  });
}

export async function findStoredFile(db: Kysely<DB>, sha256: string): Promise<{ contentType: string; sizeBytes: number } | undefined> {
  const row = await db.selectFrom('stored_files').select(['content_type', 'size_bytes']).where('sha256', '=', sha256).executeTakeFirst();
  return row && { contentType: row.content_type, sizeBytes: row.size_bytes };
}

export async function storedFileText(db: Kysely<DB>, sha256: string): Promise<string[]> {
  const rows = await db.selectFrom('stored_file_pages').select('text').where('sha256', '=', sha256).orderBy('page_number').execute();
  return rows.map((r) => r.text);
}
