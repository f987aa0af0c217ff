import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { html } from '../../http/html.ts';
import { layout } from '../../http/layout.ts';
import { createPageContext } from '../../i18n/i18n.ts';
import { feedLinks, medicineFeedAlternates } from '../../http/feed-links.ts';
import { medicineFeedHrefs, searchFeedHrefs, whatsNewFeedHrefs } from '../../http/paths.ts';

describe('links to feeds', () => {
  const ctx = createPageContext('de', '/medicines/human/EPAR/lumykras');

  test('the head names each feed of the page with its type and the feed title, escaped', () => {
    const page = layout(ctx, { title: 'Lumykras', main: html`<h1>Lumykras</h1>`, feeds: medicineFeedAlternates(ctx, { category: 'human', slug: 'lumykras', name: 'A & "B"' }) });
    const head = page.slice(0, page.indexOf('</head>'));
    assert.ok(head.includes('<link rel="alternate" type="application/rss+xml" title="A &amp; &quot;B&quot;: Änderungen (RSS)" href="/de/medicines/human/EPAR/lumykras/feed.rss">'));
    assert.ok(head.includes('<link rel="alternate" type="application/atom+xml" title="A &amp; &quot;B&quot;: Änderungen (Atom)" href="/de/medicines/human/EPAR/lumykras/feed.atom">'));
    assert.ok(!layout(ctx, { title: 'x', main: html`` }).includes('application/rss+xml'), 'no feed, no link');
  });

  test('visible links say what they follow and name both formats', () => {
    const links = String(feedLinks(ctx, 'Änderungen verfolgen:', medicineFeedHrefs('de', { category: 'veterinary', slug: 'a b' })));
    assert.equal(links, 'Änderungen verfolgen: <a href="/de/medicines/veterinary/EPAR/a%20b/feed.rss" type="application/rss+xml">RSS</a>, <a href="/de/medicines/veterinary/EPAR/a%20b/feed.atom" type="application/atom+xml">Atom</a>');
  });

  test('search and what-is-new feeds keep the query of their page', () => {
    assert.deepEqual(searchFeedHrefs('sv', 'q=x&status=authorised'), { rss: '/sv/search/feed.rss?q=x&status=authorised', atom: '/sv/search/feed.atom?q=x&status=authorised' });
    assert.deepEqual(whatsNewFeedHrefs('en', ''), { rss: '/en/whats-new/feed.rss', atom: '/en/whats-new/feed.atom' });
  });
});
