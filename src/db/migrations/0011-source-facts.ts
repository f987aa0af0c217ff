import { sql, type Kysely } from 'kysely';

/**
 * Facts EMA's pages and tables give that the record used to drop: the developer (before an
 * application), the committee's opinion status, the ATC field's "not yet assigned" and its
 * misprints (kept verbatim), the target species of veterinary medicines, the "Patient safety"
 * marker and section, the topics, the text on withdrawals, and every document reference as
 * printed. Existing rows hold none of them until their sources are imported again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table medicines
      add column developer text,
      add column opinion_status text,
      add column atc_not_yet_assigned boolean,
      add column malformed_atc_codes text[] not null default '{}',
      add column species text[] not null default '{}',
      add column patient_safety boolean,
      add column patient_safety_news jsonb not null default '[]',
      add column topics jsonb not null default '[]',
      add column withdrawal_information text`.execute(db);
  // Not filled from reference_number: that is the parsed form, not what the page printed.
  await sql`alter table documents add column reference_text text`.execute(db);
}

