/**
 * The open-data page: what a developer can take from the portal (API, feeds, webhooks, exports),
 * each with a command to copy. The commands carry this portal's own public address, so they work
 * as pasted.
 */
import { openDataCatalogue } from '../../i18n/catalogues/open-data/index.ts';
import type { PageContext } from '../../i18n/i18n.ts';
import { html, type SafeHtml } from '../../http/html.ts';

export interface OpenDataExamples {
  api: string;
  feeds: string;
  webhooks: string;
  exports: string;
}

/** The example commands for a portal at `origin`, with a medicine's slug to show. */
export function openDataExamples(origin: string, lang: string, slug: string): OpenDataExamples {
  const base = origin || '';
  return {
    api: `curl '${base}/api/v1/medicines/${slug}'\ncurl '${base}/api/v1/search?q=insulin&lang=${lang}'`,
    feeds: `curl '${base}/${lang}/medicines/human/EPAR/${slug}/feed.atom'\ncurl '${base}/${lang}/whats-new/feed.rss'`,
    webhooks: `curl -X POST '${base}/api/v1/webhooks' \\\n  -H 'Authorization: Bearer oep_…' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"url": "https://example.org/openepar-hook", "medicine": "${slug}"}'`,
    exports: `curl '${base}/api/v1/medicines?limit=50'\ncurl '${base}/api/v1/medicines?limit=50&cursor=NEXT'\ncurl '${base}/api/v1/changes?since=2026-01-01T00:00:00Z'`,
  };
}

export function openDataPage(ctx: PageContext, examples: OpenDataExamples): SafeHtml {
  const m = openDataCatalogue.get(ctx.lang);
  const section = (id: keyof OpenDataExamples, heading: string, text: string, extra: SafeHtml | '' = '') => html`<section class="open-data__section" aria-labelledby="open-data-${id}">
<h2 class="heading-l" id="open-data-${id}">${heading}</h2>
<p class="body">${text}</p>
${extra}
<figure class="open-data__example">
<figcaption class="caption">${m.example}</figcaption>
<pre class="code-block" tabindex="0"><code lang="en">${examples[id]}</code></pre>
</figure>
</section>`;
  return html`<div class="open-data">
<h1 class="heading-xl">${m.title}</h1>
<p class="body-l">${m.lede}</p>
${section(
  'api',
  m.api.heading,
  m.api.text,
  html`<ul class="link-list">
<li><a class="link-strong" href="/api/docs" hreflang="en">${m.api.reference}</a></li>
<li><a href="/api/openapi.json" type="application/json">${m.api.openApi}</a></li>
</ul>`,
)}
${section('feeds', m.feeds.heading, m.feeds.text)}
${section('webhooks', m.webhooks.heading, m.webhooks.text)}
${section('exports', m.exports.heading, m.exports.text)}
</div>`;
}
