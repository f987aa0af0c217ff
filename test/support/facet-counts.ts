/** For tests: what a facet promises ("Authorised 1,100") against what selecting it finds. */
import assert from 'node:assert/strict';
import { FACET_KEYS, type SearchFilters, type SearchRequest } from '../../src/domain/search-query.ts';
import type { FacetOptions, SearchService } from '../../src/features/search/search.service.ts';

/**
 * Selects every value of every facet of `base` in turn and asserts the search then finds as
 * many medicines as the facet said. Selecting a value replaces the facet's selection, except
 * flags, which add up. Returns how many values were checked.
 */
export async function assertFacetCountsMatch(search: SearchService, base: SearchRequest, options?: FacetOptions): Promise<number> {
  const page = await search.search(base, options);
  let checked = 0;
  for (const key of FACET_KEYS) {
    for (const v of page.facets[key]) {
      const current = base.filters[key] as (string | number)[];
      const chosen = key === 'flag' ? [...new Set([...current, v.value])] : [key === 'year' ? Number(v.value) : v.value];
      const filters = { ...base.filters, [key]: chosen } as SearchFilters;
      const selected = await search.search({ ...base, filters, limit: 1 });
      assert.equal(selected.total, v.count, `${key}=${v.value} under ${JSON.stringify({ text: base.text, filters: base.filters })}`);
      checked++;
    }
  }
  return checked;
}
