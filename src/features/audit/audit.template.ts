/**
 * The audit trail page: a search form (user, action, days), one page of events newest first
 * with a link to the older ones, and the same search as a CSV download.
 */
import { notice, type AdminContext } from '../../http/admin-layout.ts';
import { attrs, html, type SafeHtml } from '../../http/html.ts';
import { AUDIT_EXPORT_LIMIT, type AuditEvent, type AuditFilter } from './audit.service.ts';

export interface AuditView {
  filter: Required<{ [K in keyof AuditFilter]: string }>;
  actions: string[];
  events: AuditEvent[];
  /** The address of the next (older) page, or null on the last. */
  olderHref: string | null;
  /** Whether this is a later page (a link back to the newest). */
  paged: boolean;
  error: string | null;
}

export function auditQueryString(filter: Record<string, string>, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filter, ...extra })) if (v) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function auditPage(ctx: AdminContext, view: AuditView): SafeHtml {
  const { a, format } = ctx;
  const t = a.audit;
  const f = view.filter;
  return html`<h1 class="heading-xl">${t.title}</h1>
<p>${t.lede}</p>
${notice(view.error, 'error')}
<form class="admin-form admin-filters" method="get" action="/admin/audit" role="search" aria-labelledby="audit-filters">
<h2 class="heading-m" id="audit-filters">${t.filters}</h2>
<div class="admin-filters__fields">
<div class="form-group">
<label class="label" for="audit-actor">${t.user}</label>
<input class="input" type="text" id="audit-actor" name="actor" value="${f.actor}" maxlength="200" spellcheck="false">
</div>
<div class="form-group">
<label class="label" for="audit-action">${t.action}</label>
<select class="select" id="audit-action" name="action">
<option value="">${t.anyAction}</option>
${view.actions.map((action) => html`<option value="${action}"${attrs({ selected: action === f.action })}>${action}</option>`)}
</select>
</div>
<div class="form-group">
<label class="label" for="audit-from">${t.from}</label>
<p class="hint" id="audit-from-hint">${t.dateHint}</p>
<input class="input admin-filters__date" type="text" id="audit-from" name="from" value="${f.from}" inputmode="numeric" pattern="\\d{4}-\\d{2}-\\d{2}" maxlength="10" aria-describedby="audit-from-hint">
</div>
<div class="form-group">
<label class="label" for="audit-to">${t.to}</label>
<p class="hint" id="audit-to-hint">${t.dateHint}</p>
<input class="input admin-filters__date" type="text" id="audit-to" name="to" value="${f.to}" inputmode="numeric" pattern="\\d{4}-\\d{2}-\\d{2}" maxlength="10" aria-describedby="audit-to-hint">
</div>
</div>
<button class="button" type="submit">${t.search}</button>
</form>
<p><a href="/admin/audit.csv${auditQueryString(f)}" download>${t.exportCsv}</a> <span class="hint">${format.interpolate(t.exportHint, { limit: format.number(AUDIT_EXPORT_LIMIT) })}</span></p>
${view.events.length === 0
  ? html`<p>${t.none}</p>`
  : html`<div class="admin-table-wrap" role="region" aria-labelledby="audit-caption" tabindex="0">
<table class="admin-table">
<caption id="audit-caption" class="visually-hidden">${t.title}</caption>
<thead><tr><th scope="col">${t.when}</th><th scope="col">${t.who}</th><th scope="col">${t.what}</th><th scope="col">${t.subject}</th><th scope="col">${t.where}</th><th scope="col">${t.details}</th></tr></thead>
<tbody>
${view.events.map(
  (e) => html`<tr>
<td><time datetime="${e.at.toISOString()}">${e.at.toISOString().slice(0, 19).replace('T', ' ')}</time></td>
<td>${e.actorEmail ?? t.system}</td>
<td><code>${e.action}</code></td>
<td>${e.subject ?? ''}</td>
<td>${e.address ?? ''}${e.userAgent ? html`<br><span class="admin-table__agent">${e.userAgent}</span>` : ''}</td>
<td>${Object.keys(e.details).length > 0 ? html`<code class="admin-table__details">${JSON.stringify(e.details)}</code>` : ''}</td>
</tr>`,
)}
</tbody>
</table>
</div>`}
${view.paged || view.olderHref
  ? html`<nav class="admin-pager" aria-label="${t.title}">
${view.paged ? html`<a href="/admin/audit${auditQueryString(f)}">${t.newest}</a>` : ''}
${view.olderHref ? html`<a href="${view.olderHref}">${t.older}</a>` : ''}
</nav>`
  : ''}`;
}
