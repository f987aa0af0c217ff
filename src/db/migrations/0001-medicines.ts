import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table medicines (
      id serial primary key,
      slug text not null unique,
      product_number text unique,
      name text not null,
      previous_names text[] not null default '{}',
      category text not null check (category in ('human', 'veterinary')),
      status text not null,
      inn text,
      active_substance text,
      therapeutic_areas text[] not null default '{}',
      atc_codes text[] not null default '{}',
      pharmacotherapeutic_group text,
      therapeutic_indication text,
      flag_additional_monitoring boolean,
      flag_conditional_approval boolean,
      flag_exceptional_circumstances boolean,
      flag_accelerated_assessment boolean,
      flag_orphan boolean,
      flag_generic boolean,
      flag_biosimilar boolean,
      flag_advanced_therapy boolean,
      flag_prime boolean,
      holder_name text,
      holder_address text,
      applicant text,
      date_opinion_adopted date,
      date_marketing_authorisation_issued date,
      date_refusal date,
      date_application_withdrawn date,
      date_withdrawal date,
      date_suspension date,
      date_lapse date,
      date_expiry date,
      date_revocation date,
      date_page_last_updated date,
      revision integer,
      latest_procedure_number text,
      latest_procedure_date date,
      ema_node_id integer,
      ema_url text,
      current_revision integer not null default 0,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index medicines_name_idx on medicines (lower(name), id)`.execute(db);
  await sql`create index medicines_status_idx on medicines (status)`.execute(db);
  await sql`create index medicines_ema_node_idx on medicines (ema_node_id)`.execute(db);

  await sql`
    create table overview_sections (
      medicine_id integer not null references medicines on delete cascade,
      lang text not null,
      position integer not null,
      heading text,
      body text not null,
      primary key (medicine_id, lang, position)
    )`.execute(db);

  await sql`
    create table documents (
      id serial primary key,
      medicine_id integer not null references medicines on delete cascade,
      position integer not null,
      type text not null,
      title text not null,
      section text not null,
      group_heading text,
      reference_number text,
      document_status text,
      unique (medicine_id, position)
    )`.execute(db);

  await sql`
    create table document_languages (
      document_id integer not null references documents on delete cascade,
      lang text not null,
      position integer not null,
      size_bytes integer,
      first_published date,
      last_updated date,
      url text,
      primary key (document_id, lang)
    )`.execute(db);

  await sql`
    create table news_items (
      medicine_id integer not null references medicines on delete cascade,
      position integer not null,
      title text not null,
      url text not null,
      date date,
      primary key (medicine_id, position)
    )`.execute(db);

  await sql`
    create table related_items (
      medicine_id integer not null references medicines on delete cascade,
      position integer not null,
      kind text not null,
      title text not null,
      url text not null,
      primary key (medicine_id, position)
    )`.execute(db);

  // The revision record: every write to a medicine, what changed and where it came from.
  // `snapshot` is the whole record after the write, so any two revisions can be compared later.
  await sql`
    create table revisions (
      id bigserial primary key,
      medicine_id integer not null references medicines on delete cascade,
      number integer not null,
      recorded_at timestamptz not null default now(),
      as_of timestamptz not null,
      source_kind text not null,
      source_reference text not null,
      changes jsonb not null,
      snapshot jsonb not null,
      unique (medicine_id, number)
    )`.execute(db);
  await sql`create index revisions_recorded_idx on revisions (recorded_at, id)`.execute(db);
}
