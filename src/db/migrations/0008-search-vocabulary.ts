import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The words of every name, substance and area, for "did you mean": matching a typed word
  // against them by trigram needs an index, which words split out of `search_terms` on each
  // search cannot use (that cost hundreds of milliseconds a query and grew with the catalogue).
  await sql`create table search_vocabulary (word text primary key)`.execute(db);
  await sql`create index search_vocabulary_trgm_idx on search_vocabulary using gin (word gin_trgm_ops)`.execute(db);
  await sql`
    insert into search_vocabulary (word)
    select distinct w from search_terms t cross join regexp_split_to_table(t.norm, ' ') w
    where t.kind in ('name', 'previous-name', 'inn', 'substance', 'component', 'area') and length(w) >= 3`.execute(db);
}
