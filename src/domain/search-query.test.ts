import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ValidationError } from './errors.ts';
import { MAX_QUERY_LENGTH, atcLabels, atcQuery, cleanQuery, decodeCursor, encodeCursor, parseFilters, parseSearchRequest, parseSort } from './search-query.ts';

describe('search text', () => {
  test('whitespace is collapsed and control characters, including NUL, become spaces', () => {
    assert.equal(cleanQuery('  KRAS\tG12C\u0000\u0007 \n mutation '), 'KRAS G12C mutation');
  });

  test('nothing to search for is a browse, not an error', () => {
    assert.equal(cleanQuery(undefined), null);
    assert.equal(cleanQuery('   \u0001 '), null);
  });

  test('tsquery syntax is kept as text, for websearch_to_tsquery to read as words', () => {
    assert.equal(cleanQuery('"a & b | !c :* (d)"'), '"a & b | !c :* (d)"');
  });

  test('text over the limit is refused with a message saying the limit', () => {
    assert.equal(cleanQuery('x'.repeat(MAX_QUERY_LENGTH))?.length, MAX_QUERY_LENGTH);
    assert.throws(() => cleanQuery('x'.repeat(MAX_QUERY_LENGTH + 1)), (e: unknown) => e instanceof ValidationError && /at most 500 characters/.test(e.message));
    assert.throws(() => cleanQuery('x'.repeat(10_000)), /10,000 characters long/);
  });
});

describe('facet filters', () => {
  test('values are checked, normalised and deduplicated', () => {
    const f = parseFilters({ status: ['Authorised', 'authorised', 'application withdrawn'], atc: 'l01xx', flag: ['orphan'], year: ['2022', '2022'], area: ['', 'Carcinoma, Non-Small-Cell Lung'] });
    assert.deepEqual(f.status, ['authorised', 'application-withdrawn']);
    assert.deepEqual(f.atc, ['L01XX']);
    assert.deepEqual(f.flag, ['orphan']);
    assert.deepEqual(f.year, [2022]);
    assert.deepEqual(f.area, ['Carcinoma, Non-Small-Cell Lung']);
    assert.deepEqual(f.category, []);
  });

  test('an unknown status, flag, category, year or ATC code is a 400 naming what is allowed', () => {
    assert.throws(() => parseFilters({ status: 'approved' }), /status "approved" is not one of authorised/);
    assert.throws(() => parseFilters({ flag: 'cheap' }), /flag "cheap" is not one of additionalMonitoring/);
    assert.throws(() => parseFilters({ category: 'plant' }), /category "plant"/);
    assert.throws(() => parseFilters({ year: '22' }), /year "22"/);
    assert.throws(() => parseFilters({ atc: 'L0' }), /not an ATC code/);
    assert.throws(() => parseFilters({ atc: "L01'; drop table medicines; --" }), /not an ATC code/);
  });

  test('too many values of one facet are refused', () => {
    assert.throws(() => parseFilters({ area: Array.from({ length: 51 }, (_, i) => `a${i}`) }), /at most 50 values of area/);
  });
});

describe('sort and cursor', () => {
  test('relevance is the default with text and name without, where relevance means nothing', () => {
    assert.equal(parseSort(undefined, 'x'), 'relevance');
    assert.equal(parseSort(undefined, null), 'name');
    assert.equal(parseSort('relevance', null), 'name');
    assert.equal(parseSort('-updated', 'x'), '-updated');
    assert.throws(() => parseSort('price', 'x'), /sort "price"/);
  });

  test('a cursor survives the round trip through its text form', () => {
    const cursor = { sort: 'relevance' as const, direction: 'after' as const, keys: [69999991, 'lumykras', 42] };
    assert.deepEqual(decodeCursor(encodeCursor(cursor), 'relevance'), cursor);
    const dated = { sort: '-authorised' as const, direction: 'before' as const, keys: ['-infinity', 'x', 1] };
    assert.deepEqual(decodeCursor(encodeCursor(dated), '-authorised'), dated);
  });

  test('a cursor for another sort, tampered with or made up is refused', () => {
    const cursor = encodeCursor({ sort: 'name', direction: 'after', keys: ['lumykras', 42] });
    assert.throws(() => decodeCursor(cursor, 'relevance'), /cursor is not one this search handed out/);
    assert.throws(() => decodeCursor('not a cursor!', 'name'), /cursor/);
    assert.throws(() => decodeCursor(Buffer.from('["name","a","x","1; drop"]').toString('base64url'), 'name'), /cursor/);
    assert.throws(() => decodeCursor(Buffer.from('["authorised","a","2020-13-45x","a",1]').toString('base64url'), 'authorised'), /cursor/);
  });

  test('a whole request is parsed from a query string', () => {
    const r = parseSearchRequest({ q: ' sotorasib ', status: 'authorised', sort: '' }, 'sv', 20);
    assert.equal(r.text, 'sotorasib');
    assert.equal(r.sort, 'relevance');
    assert.deepEqual(r.filters.status, ['authorised']);
    assert.equal(r.lang, 'sv');
    assert.equal(r.cursor, null);
  });
});

describe('ATC', () => {
  test('a query is read as an ATC code only when it is shaped like one', () => {
    assert.equal(atcQuery('l01xx'), 'L01XX');
    assert.equal(atcQuery('L01XX73'), 'L01XX73');
    assert.equal(atcQuery('L'), null);
    assert.equal(atcQuery('lumykras'), null);
    assert.equal(atcQuery(null), null);
  });

  test("labels come from EMA's group texts by level, and full codes from their substances", () => {
    const labels = atcLabels([
      { atcCodes: ['L01XX73'], pharmacotherapeuticGroup: 'Antineoplastic agents', inn: 'sotorasib' },
      { atcCodes: ['L01EA04'], pharmacotherapeuticGroup: '- Antineoplastic agents\n- Protein kinase inhibitors', inn: 'nilotinib' },
      { atcCodes: ['L01XC18'], pharmacotherapeuticGroup: 'Other antineoplastic agents', inn: 'pembrolizumab' },
      { atcCodes: ['L04AX04'], pharmacotherapeuticGroup: 'Immunosuppressants', inn: 'lenalidomide' },
      { atcCodes: ['L01BA01'], pharmacotherapeuticGroup: 'imatinib', inn: 'imatinib' },
    ]);
    assert.equal(labels.get('L01'), 'Antineoplastic agents');
    assert.equal(labels.get('L01E'), 'Protein kinase inhibitors');
    assert.equal(labels.get('L01EA'), 'Protein kinase inhibitors');
    assert.equal(labels.get('L01XX73'), 'sotorasib');
    assert.equal(labels.get('L04'), 'Immunosuppressants');
    assert.equal(labels.get('L'), 'Antineoplastic agents; Immunosuppressants');
    assert.equal(labels.get('L01X'), undefined);
  });
});
