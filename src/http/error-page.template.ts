/**
 * The main content of an error page. The caller chooses the wording (usually from `t.errors`) and
 * wraps the result in `layout`, with `alternates: false` since an error has no language versions.
 */
import type { PageContext } from '../i18n/i18n.ts';
import { html, type SafeHtml } from './html.ts';

export interface ErrorPageView {
  status: number;
  title: string;
  message: string;
}

export function errorPage(ctx: PageContext, error: ErrorPageView): SafeHtml {
  const { t, lang } = ctx;
  return html`<div class="error-page">
<p class="caption">${ctx.format.interpolate(t.errors.status, { status: String(error.status) })}</p>
<h1 class="heading-xl">${error.title}</h1>
<p class="body-l">${error.message}</p>
<ul class="link-list">
<li><a href="/${lang}">${t.errors.home}</a></li>
<li><a href="/${lang}/medicines">${t.errors.browse}</a></li>
</ul>
</div>`;
}
