import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table presentations (
      medicine_id integer not null references medicines on delete cascade,
      position integer not null,
      eu_number text not null,
      invented_name text not null,
      strength text,
      pharmaceutical_form text,
      route_of_administration text,
      immediate_packaging text,
      content text,
      pack_size text,
      primary key (medicine_id, position)
    )`.execute(db);
  await sql`create index presentations_eu_number_idx on presentations (eu_number)`.execute(db);

  await sql`
    create table procedures (
      medicine_id integer not null references medicines on delete cascade,
      position integer not null,
      number text not null,
      other_numbers text[] not null default '{}',
      type text not null,
      type_label text,
      scope text not null,
      opinion_date date,
      commission_decision_date date,
      product_information_affected text,
      summary text,
      primary key (medicine_id, position)
    )`.execute(db);
}
