/**
 * The open-data page: what a developer can take from the portal (API, feeds, webhooks, exports),
 * each with a command to copy. The commands carry this portal's own public address, so they work
 * as pasted.
 */
import { openDataCatalogue } from '../../i18n/catalogues/open-data/index.ts';
import { exportsCatalogue, type ExportsMessages } from '../../i18n/catalogues/exports/index.ts';
import { fhirCatalogue } from '../../i18n/catalogues/fhir/index.ts';
import type { DumpManifest, ExportColumn } from '../exports/exports.service.ts';
import type { PageContext } from '../../i18n/i18n.ts';
import { html, type SafeHtml } from '../../http/html.ts';

export interface OpenDataExamples {
  api: string;
  feeds: string;
  webhooks: string;
  exports: string;
  bulk: string;
  fhir: string;
}

/** What the bulk-exports section shows: the layout's columns and the latest dump, if any. */
export interface BulkExports {
  columns: readonly ExportColumn[];
  dump: DumpManifest | null;
}

/** The example commands for a portal at `origin`, with a medicine's slug to show. */
export function openDataExamples(origin: string, lang: string, slug: string): OpenDataExamples {
  const base = origin || '';
  return {
    api: `curl '${base}/api/v1/medicines/${slug}'\ncurl '${base}/api/v1/search?q=insulin&lang=${lang}'`,
    feeds: `curl '${base}/${lang}/medicines/human/EPAR/${slug}/feed.atom'\ncurl '${base}/${lang}/whats-new/feed.rss'`,
    webhooks: `curl -X POST '${base}/api/v1/webhooks' \\\n  -H 'Authorization: Bearer oep_…' \\\n  -H 'Content-Type: application/json' \\\n  -d '{"url": "https://example.org/openepar-hook", "medicine": "${slug}"}'`,
    exports: `curl '${base}/api/v1/medicines?limit=50'\ncurl '${base}/api/v1/medicines?limit=50&cursor=NEXT'\ncurl '${base}/api/v1/changes?since=2026-01-01T00:00:00Z'`,
    bulk: [
      `curl -o openepar.csv '${base}/api/v1/export?format=csv'`,
      `curl -o openepar.parquet '${base}/api/v1/export?format=parquet'`,
      `curl -o authorised-2023.xlsx '${base}/api/v1/export?format=xlsx&status=authorised&asOf=2023-12-31'`,
      `curl -o ema-layout.xlsx '${base}/api/v1/export?format=ema-xlsx'`,
      `curl '${base}/api/v1/export?format=jsonl&q=insulin&lang=${lang}'`,
      `curl '${base}/api/v1/medicines/${slug}?asOf=2023-12-31'`,
      `curl '${base}/api/v1/export/schema.json'`,
    ].join('\n'),
    fhir: [
      `curl '${base}/fhir/metadata'`,
      `curl '${base}/fhir/MedicinalProductDefinition?identifier=EMEA/H/C/005522'`,
      `curl '${base}/fhir/MedicinalProductDefinition?name=${slug}&_count=50'`,
      `curl '${base}/fhir/MedicinalProductDefinition?product-classification=L01XX73'`,
      `curl '${base}/fhir/MedicinalProductDefinition/EMEA-H-C-005522'`,
      `curl '${base}/fhir/MedicinalProductDefinition/EMEA-H-C-005522/_history'`,
      `curl '${base}/fhir/MedicinalProductDefinition/EMEA-H-C-005522/_history/1'`,
      `curl '${base}/fhir/RegulatedAuthorization?subject=MedicinalProductDefinition/EMEA-H-C-005522'`,
      `curl '${base}/fhir/RegulatedAuthorization?case=EMEA/H/C/005522/II/0010/G'`,
      `curl '${base}/fhir/RegulatedAuthorization?status=withdrawn&_lastUpdated=ge2026-01-01'`,
      `curl '${base}/fhir/ClinicalUseDefinition?subject=MedicinalProductDefinition/EMEA-H-C-005522'`,
      `curl '${base}/fhir/PackagedProductDefinition?identifier=EU/1/21/1603/001'`,
      `curl '${base}/fhir/Organization?name=amgen'`,
      `curl '${base}/fhir/DocumentReference?subject=MedicinalProductDefinition/EMEA-H-C-005522&language=sv'`,
      // An ePI's id is in its DocumentReference's attachment URL (application/fhir+json).
      `curl '${base}/fhir/Bundle/epi-1'`,
    ].join('\n'),
  };
}

export function openDataPage(ctx: PageContext, examples: OpenDataExamples, bulk: BulkExports): SafeHtml {
  const m = openDataCatalogue.get(ctx.lang);
  const x = exportsCatalogue.get(ctx.lang);
  const f = fhirCatalogue.get(ctx.lang);
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
${section('fhir', f.heading, f.text, html`<p class="body"><a href="/fhir/metadata" type="application/fhir+json">${f.capability}</a></p>`)}
${section('bulk', x.heading, x.text, html`<p class="body">${x.asOf}</p>`)}
${dictionary(x, bulk.columns)}
${latestDump(ctx, x, bulk.dump)}
</div>`;
}

function dictionary(x: ExportsMessages, columns: readonly ExportColumn[]): SafeHtml {
  return html`<section class="open-data__section" aria-labelledby="open-data-dictionary">
<h2 class="heading-l" id="open-data-dictionary">${x.dictionaryHeading}</h2>
<p class="body">${x.dictionaryText}</p>
<p class="body"><a href="/api/v1/export/schema.json" type="application/json">${x.schemaLink}</a></p>
<div class="table-wrapper" role="region" aria-labelledby="open-data-dictionary" tabindex="0">
<table class="table">
<thead><tr><th class="table__header" scope="col">${x.column}</th><th class="table__header" scope="col">${x.type}</th><th class="table__header" scope="col">${x.meaning}</th></tr></thead>
<tbody>
${columns.map((c) => html`<tr><th class="table__cell" scope="row"><code>${c.name}</code></th><td class="table__cell"><code>${c.type}</code></td><td class="table__cell" lang="en">${c.description}</td></tr>`)}
</tbody>
</table>
</div>
</section>`;
}

function latestDump(ctx: PageContext, x: ExportsMessages, dump: DumpManifest | null): SafeHtml {
  const number = new Intl.NumberFormat(ctx.lang);
  const body = dump
    ? html`<p class="body">${x.dumpIntro.replace('{date}', dump.generatedAt.slice(0, 10)).replace('{asOf}', dump.asOf)}</p>
<div class="table-wrapper" role="region" aria-labelledby="open-data-dump" tabindex="0">
<table class="table">
<thead><tr><th class="table__header" scope="col">${x.file}</th><th class="table__header" scope="col">${x.rows}</th><th class="table__header" scope="col">${x.size}</th><th class="table__header" scope="col">${x.checksum}</th></tr></thead>
<tbody>
${dump.files.map(
  (f) => html`<tr><th class="table__cell" scope="row"><a href="/api/v1/export/dumps/${f.file}" download>${f.file}</a></th><td class="table__cell">${f.rows === null ? '' : number.format(f.rows)}</td><td class="table__cell">${number.format(f.bytes)} B</td><td class="table__cell"><code class="open-data__checksum">${f.sha256}</code></td></tr>`,
)}
</tbody>
</table>
</div>
<p class="body"><a href="/api/v1/export/dumps/manifest.json" type="application/json">${x.manifestLink}</a></p>`
    : html`<p class="body">${x.noDump}</p>`;
  return html`<section class="open-data__section" aria-labelledby="open-data-dump">
<h2 class="heading-l" id="open-data-dump">${x.dumpHeading}</h2>
${body}
</section>`;
}
