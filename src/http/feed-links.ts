/**
 * Links to feeds from pages: visible ones ("Follow changes to this medicine: RSS, Atom") and
 * the `<link rel="alternate">` entries the layout puts in the head for feed readers to find.
 */
import type { Category } from '../domain/medicine.ts';
import type { PageContext } from '../i18n/i18n.ts';
import { feedsCatalogue } from '../i18n/catalogues/feeds/index.ts';
import { html, type SafeHtml } from './html.ts';
import type { FeedLink } from './layout.ts';
import { FEED_FORMATS, medicineFeedHrefs, type FeedFormat, type FeedHrefs } from './paths.ts';

const FORMAT_NAMES: Readonly<Record<FeedFormat, string>> = { rss: 'RSS', atom: 'Atom' };
const FORMAT_TYPES: Readonly<Record<FeedFormat, FeedLink['type']>> = { rss: 'application/rss+xml', atom: 'application/atom+xml' };

/** "Follow changes to this medicine: RSS, Atom", as inline content (a `<p>` or `<li>` holds it). */
export function feedLinks(ctx: PageContext, label: string, hrefs: FeedHrefs): SafeHtml {
  const links = FEED_FORMATS.map((f) => html`<a href="${hrefs[f]}" type="${FORMAT_TYPES[f]}">${FORMAT_NAMES[f]}</a>`);
  return html`${label} ${links.flatMap((l, i) => (i === 0 ? [l] : [html`${ctx.t.common.listSeparator}`, l]))}`;
}

/** For `LayoutPage.feeds`: each format, titled with the feed's own title. */
export function feedAlternates(title: string, hrefs: FeedHrefs): FeedLink[] {
  return FEED_FORMATS.map((f) => ({ title: `${title} (${FORMAT_NAMES[f]})`, href: hrefs[f], type: FORMAT_TYPES[f] }));
}

/** The head links of a medicine page, titled as its feed is. */
export function medicineFeedAlternates(ctx: PageContext, m: { category: Category; slug: string; name: string }): FeedLink[] {
  return feedAlternates(ctx.format.interpolate(feedsCatalogue.get(ctx.lang).medicineTitle, { medicine: m.name }), medicineFeedHrefs(ctx.lang, m));
}
