import { sql, type Kysely } from 'kysely';

/**
 * Every ATC group a medicine is in, at each level (`L`, `L01`, `L01F`, `L01FF`, `L01FF02`), once,
 * kept by the database beside its codes. Search counts its ATC facet over every medicine a
 * search matches; working the groups out of the codes in each search cost more than the rest
 * of the facets together on a large catalogue. A generated column cannot fall out of step with
 * the codes, whoever writes them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // The levels' lengths are kept here rather than imported (src/domain/search-query.ts has them
  // too): a migration must do the same whatever later code says. ATCvet codes (QJ01CA04) are one
  // character longer at every level.
  await sql`
    create function search_atc_groups(codes text[]) returns text[]
    language sql immutable parallel safe strict
    as $$
      select coalesce(array_agg(distinct g order by g), '{}')
      from unnest(codes) c
      cross join lateral (select case when c ~ '^Q[A-Z]' then 1 else 0 end as q) v
      cross join unnest(array[1, 3, 4, 5, 7]) l
      cross join lateral (select left(c, l + v.q) as g) x
      where length(c) >= l + v.q
    $$`.execute(db);
  await sql`alter table medicines add column atc_groups text[] generated always as (search_atc_groups(atc_codes)) stored`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table medicines drop column atc_groups`.execute(db);
  await sql`drop function search_atc_groups(text[])`.execute(db);
}
