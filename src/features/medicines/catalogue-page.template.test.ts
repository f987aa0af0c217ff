import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { MedicineSummary } from '../../domain/medicine.ts';
import { createPageContext } from '../../i18n/i18n.ts';
import { cataloguePage, type CatalogueView } from './catalogue-page.template.ts';

const summary = (over: Partial<MedicineSummary> = {}): MedicineSummary => ({
  slug: 'lumykras',
  name: 'Lumykras',
  productNumber: null,
  category: 'human',
  status: 'authorised',
  inn: 'sotorasib',
  activeSubstance: 'sotorasib',
  therapeuticAreas: ['Carcinoma, Non-Small-Cell Lung'],
  holder: 'Amgen Europe B.V.',
  marketingAuthorisationIssued: '2022-01-06',
  pageLastUpdated: '2024-12-03',
  ...over,
});

function render(over: Partial<CatalogueView> = {}): string {
  const view: CatalogueView = {
    items: [summary(), summary({ slug: 'xalkori', name: 'Xalkori', inn: null, therapeuticAreas: [] })],
    total: 120,
    page: 3,
    pageSize: 2,
    sort: '-name',
    filters: { status: 'authorised', category: 'human' },
    ...over,
  };
  return cataloguePage(createPageContext('en', '/medicines'), view).value;
}

const hrefs = (markup: string, within: RegExp) =>
  [...(within.exec(markup)?.[0] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

describe('the catalogue page', () => {
  const page = render();

  test('lists medicines in a captioned table, each name a row header linking to its EPAR page', () => {
    assert.match(page, /<caption[^>]*>Medicines/);
    assert.match(page, /<th scope="row"[^>]*><a href="\/en\/medicines\/human\/EPAR\/lumykras">Lumykras<\/a><\/th>/);
    assert.match(page, /<strong class="tag tag--green">Authorised<\/strong>/);
    assert.match(page, /<td class="table__cell">sotorasib<\/td>/);
    assert.equal(page.match(/<th scope="col"/g)?.length, 6);
  });

  test('marks the sorted column with aria-sort, and its link reverses the order keeping the filters', () => {
    assert.equal(page.match(/aria-sort=/g)?.length, 1);
    const name = /<th scope="col"[^>]*aria-sort="descending">[\s\S]*?<\/th>/.exec(page)![0];
    assert.match(name, /Medicine/);
    assert.deepEqual(hrefs(name, /[\s\S]*/), ['/en/medicines?status=authorised&category=human&sort=name']);
  });

  test('sorts other columns newest first on the first click, keeping the filters and going back to the first page', () => {
    const header = hrefs(page, /<thead>[\s\S]*?<\/thead>/);
    assert.deepEqual(header, [
      '/en/medicines?status=authorised&category=human&sort=name',
      '/en/medicines?status=authorised&category=human&sort=-authorised',
      '/en/medicines?status=authorised&category=human&sort=-updated',
    ]);
  });

  test('says which rows are shown, and pages with links that keep the filters and the sort', () => {
    assert.match(page, /Showing 5–6 of 120 medicines/);
    const links = hrefs(page, /<nav class="pagination"[\s\S]*?<\/nav>/);
    assert.ok(links.length > 0);
    for (const link of links) assert.match(link, /^\/en\/medicines\?status=authorised&category=human&sort=-name&page=\d+$/);
    assert.ok(links.includes('/en/medicines?status=authorised&category=human&sort=-name&page=2'), 'previous');
    assert.ok(links.includes('/en/medicines?status=authorised&category=human&sort=-name&page=4'), 'next');
    assert.ok(links.includes('/en/medicines?status=authorised&category=human&sort=-name&page=60'), 'last');
    assert.match(page, /aria-current="page"><span class="visually-hidden">Page <\/span>3<\/a>/);
  });

  test('filters with a GET form that works without JavaScript and shows the current choices', () => {
    assert.match(page, /<form class="filters" method="get" action="\/en\/medicines">/);
    assert.match(page, /<label class="label" for="filter-status">Status<\/label>/);
    assert.match(page, /<option value="authorised" selected>Authorised<\/option>/);
    assert.match(page, /<option value="human" selected>Human<\/option>/);
    assert.match(page, /<option value="-name" selected>Name \(Z to A\)<\/option>/);
    assert.match(page, /<button class="button" type="submit">Apply<\/button>/);
    assert.match(page, /href="\/en\/medicines\?sort=-name">Clear filters<\/a>/);
  });

  test('says when nothing matches, without an empty table or pagination', () => {
    const empty = render({ items: [], total: 0, page: 1 });
    assert.match(empty, /No medicines match these filters\./);
    assert.doesNotMatch(empty, /<table|class="pagination"/);
  });

  test('has no pagination when everything fits on one page', () => {
    assert.doesNotMatch(render({ total: 2, page: 1 }), /class="pagination"/);
  });

  test('escapes names from the data', () => {
    assert.match(render({ items: [summary({ name: '<b>X</b>' })] }), /&lt;b&gt;X&lt;\/b&gt;/);
  });
});
