import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { snippetHtml } from './search.service.ts';

describe('snippets', () => {
  test('text is escaped and only the match markers become markup', () => {
    assert.equal(snippetHtml('<b>KRAS</b> & \ue000G12C\ue001 **mutation**', false), '&lt;b&gt;KRAS&lt;/b&gt; &amp; <mark>G12C</mark> mutation');
  });

  test('an unclosed marker is closed and a browse extract is cut at a word', () => {
    assert.equal(snippetHtml('\ue000open', false), '<mark>open</mark>');
    const long = snippetHtml('word '.repeat(100), true);
    assert.ok(long.length < 260 && long.endsWith('word …'), long);
  });
});
