import { sql, type Kysely } from 'kysely';

/**
 * PostgreSQL's text-search configuration for each of EMA's languages, where PostgreSQL has one.
 * The others (bg, cs, hr, lv, mt, pl, sk, sl, is) are indexed unstemmed, which still finds
 * every word form the reader types exactly.
 */
const STEMMED: Readonly<Record<string, string>> = {
  da: 'danish', de: 'german', el: 'greek', en: 'english', es: 'spanish', et: 'estonian',
  fi: 'finnish', fr: 'french', ga: 'irish', hu: 'hungarian', it: 'italian', lt: 'lithuanian',
  nl: 'dutch', no: 'norwegian', pt: 'portuguese', ro: 'romanian', sv: 'swedish',
};

// Kept here rather than imported: a migration must create the same tables whatever later code says.
const LANGUAGES = [
  'bg', 'cs', 'da', 'de', 'el', 'en', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu',
  'it', 'lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv', 'is', 'no',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  // Both are "trusted" extensions, so a database owner without superuser rights may create them.
  await sql`create extension if not exists pg_trgm`.execute(db);
  await sql`create extension if not exists unaccent`.execute(db);

  // Each configuration strips diacritics before stemming, so "lénalidomide", "lenalidomide" and
  // "LENALIDOMIDE" are one word. Only the token types that can hold non-ASCII letters need it.
  await sql`create text search configuration openepar_simple (copy = simple)`.execute(db);
  await sql`alter text search configuration openepar_simple alter mapping for word, hword, hword_part with unaccent, simple`.execute(db);
  const available = new Set(
    (await sql<{ cfgname: string }>`select cfgname from pg_ts_config`.execute(db)).rows.map((r) => r.cfgname),
  );
  const configOf: Record<string, string> = {};
  for (const lang of LANGUAGES) {
    const base = STEMMED[lang];
    if (!base || !available.has(base)) {
      configOf[lang] = 'openepar_simple';
      continue;
    }
    const name = `openepar_${base}`;
    if (!(name in configOf)) {
      await sql`create text search configuration ${sql.id(name)} (copy = ${sql.id(base)})`.execute(db);
      await sql`alter text search configuration ${sql.id(name)} alter mapping for word, hword, hword_part with unaccent, ${sql.id(`${base}_stem`)}`.execute(db);
    }
    configOf[lang] = name;
  }

  await sql`
    create table search_languages (
      lang text primary key,
      config regconfig not null
    )`.execute(db);
  for (const [lang, config] of Object.entries(configOf)) {
    await sql`insert into search_languages (lang, config) values (${lang}, ${config}::regconfig)`.execute(db);
  }

  // The form names are compared in for exact, prefix and typo-tolerant matches: lower case, no
  // diacritics, punctuation as single spaces. unaccent() is only STABLE because its dictionary
  // could be changed; ours never is, so declaring the wrapper IMMUTABLE is safe and lets it be indexed.
  await sql`
    create function search_normalize(input text) returns text
    language sql immutable parallel safe strict
    as $$ select btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, input)), '[^[:alnum:]]+', ' ', 'g')) $$`.execute(db);

  // One row per medicine and kind of text (names, facts, an overview per language, each page of
  // each document file), so a match says where it was found and a snippet is cut from a small text.
  // `tsv` is in the row's language (stemmed); `tsv_simple` is the same text unstemmed, for
  // readers searching in another language than the text's.
  await sql`
    create table search_documents (
      medicine_id integer not null references medicines on delete cascade,
      kind text not null check (kind in ('names', 'facts', 'overview', 'document')),
      lang text not null,
      part integer not null,
      document_type text,
      page_number integer,
      body text not null,
      tsv tsvector not null,
      tsv_simple tsvector not null,
      primary key (medicine_id, kind, lang, part)
    )`.execute(db);
  await sql`create index search_documents_tsv_idx on search_documents using gin (tsv)`.execute(db);
  await sql`create index search_documents_tsv_simple_idx on search_documents using gin (tsv_simple)`.execute(db);

  // Names, INNs, substances, areas and holders, one row each, for exact and prefix matches,
  // typo tolerance (trigrams), "did you mean" and autocomplete.
  await sql`
    create table search_terms (
      medicine_id integer not null references medicines on delete cascade,
      kind text not null check (kind in ('name', 'previous-name', 'inn', 'substance', 'component', 'product-number', 'area', 'holder')),
      term text not null,
      norm text not null,
      primary key (medicine_id, kind, norm)
    )`.execute(db);
  await sql`create index search_terms_norm_trgm_idx on search_terms using gin (norm gin_trgm_ops)`.execute(db);
  await sql`create index search_terms_norm_prefix_idx on search_terms (norm text_pattern_ops)`.execute(db);

  // The revision each medicine was indexed at (a medicine whose revision moved on is stale) and
  // a digest of what its index rows were made from, so a write that changed nothing indexed
  // (a status, a date) need not rewrite them.
  await sql`
    create table search_index_state (
      medicine_id integer primary key references medicines on delete cascade,
      revision integer not null,
      fingerprint text not null,
      indexed_at timestamptz not null default now()
    )`.execute(db);
}
