import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { snippetHtml } from './search.service.ts';

describe('snippets', () => {
  test('text is escaped and only the match markers become markup', () => {
    assert.equal(snippetHtml('<b>KRAS</b> & \ue000G12C\ue001 **mutation**', false), '&lt;b&gt;KRAS&lt;/b&gt; &amp; <mark>G12C</mark> mutation');
  });

  test('a fragment cut mid-sentence starts at the next sentence when that still shows the match, and is marked as cut otherwise', () => {
    assert.equal(
      snippetHtml('options. Rozlytrek as monotherapy is indicated for \ue000lung\ue001 cancer', false),
      'Rozlytrek as monotherapy is indicated for <mark>lung</mark> cancer',
    );
    assert.equal(snippetHtml('ineligible, whose \ue000lung\ue001 tumours. Other text', false), '… ineligible, whose <mark>lung</mark> tumours. Other text');
    assert.equal(snippetHtml('Treatment of \ue000lung\ue001 cancer', false), 'Treatment of <mark>lung</mark> cancer');
    assert.equal(snippetHtml('options.\nRozlytrek treats *ROS1*-positive \ue000lung\ue001 cancer', false), 'Rozlytrek treats ROS1-positive <mark>lung</mark> cancer');
    // Each fragment on its own; Greek lower case is lower case too.
    assert.equal(
      snippetHtml('Adults with \ue000NSCLC\ue001 … της θεραπείας. Το \ue000Lumykras\ue001 ενδείκνυται', false),
      'Adults with <mark>NSCLC</mark> … Το <mark>Lumykras</mark> ενδείκνυται',
    );
  });

  test('lines and list items stay apart instead of running together', () => {
    assert.equal(snippetHtml('\ue000Diabetes\ue001 Mellitus, Type 2\nRatiopharm GmbH\nA10BG03', false), '<mark>Diabetes</mark> Mellitus, Type 2 · Ratiopharm GmbH · A10BG03');
    assert.equal(snippetHtml('Early breast cancer\n- the neoadjuvant treatment\n', false), 'Early breast cancer · the neoadjuvant treatment');
  });

  test('an unclosed marker is closed and a browse extract is cut at a word', () => {
    assert.equal(snippetHtml('\ue000open', false), '<mark>open</mark>');
    const long = snippetHtml('word '.repeat(100), true);
    assert.ok(long.length < 260 && long.endsWith('word …'), long);
  });
});
