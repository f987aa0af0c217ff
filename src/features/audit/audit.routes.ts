/**
 * The audit trail for administrators: searched (`audit:read`) and downloaded as CSV
 * (`audit:export`, itself recorded in the trail with the search it used).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ValidationError } from '../../domain/errors.ts';
import { originOf } from '../../http/admin-access.ts';
import { adminContext, adminLayout } from '../../http/admin-layout.ts';
import type { AssetManifest } from '../../http/assets.ts';
import type { AuditService } from './audit.service.ts';
import { auditPage, auditQueryString } from './audit.template.ts';

export interface AuditRoutesOptions {
  audit: AuditService;
  assets: AssetManifest;
}

function filterOf(request: FastifyRequest): { actor: string; action: string; from: string; to: string } {
  const q = request.query as Record<string, unknown>;
  const text = (key: string) => (typeof q[key] === 'string' ? (q[key] as string).slice(0, 200) : '');
  return { actor: text('actor'), action: text('action'), from: text('from'), to: text('to') };
}

export async function auditRoutes(app: FastifyInstance, options: AuditRoutesOptions): Promise<void> {
  const { audit, assets } = options;

  app.get('/admin/audit', { config: { access: 'audit:read' } }, async (request, reply) => {
    const ctx = adminContext(request, reply, assets);
    const filter = filterOf(request);
    const before = (request.query as Record<string, unknown>).before;
    const beforeId = typeof before === 'string' && /^\d{1,15}$/.test(before) ? Number(before) : null;
    const actions = await audit.actions();
    let page: Awaited<ReturnType<AuditService['search']>> = { events: [], nextBeforeId: null };
    let error: string | null = null;
    try {
      page = await audit.search(filter, beforeId);
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      error = ctx.a.audit.invalidFilter;
    }
    const olderHref = page.nextBeforeId === null ? null : `/admin/audit${auditQueryString(filter, { before: String(page.nextBeforeId) })}`;
    const main = auditPage(ctx, { filter, actions, events: page.events, olderHref, paged: beforeId !== null, error });
    return reply.code(error ? 400 : 200).type('text/html; charset=utf-8').send(adminLayout(ctx, { title: ctx.a.audit.title, main }));
  });

  app.get('/admin/audit.csv', { config: { access: 'audit:export' } }, async (request, reply) => {
    const filter = filterOf(request);
    const { csv, rows, truncated } = await audit.exportCsv(filter);
    // A HEAD request learns the headers only: nothing was exported.
    if (request.method === 'GET') await audit.record({ staff: request.staff, origin: originOf(request), action: 'audit.export', details: { filter, rows, truncated } });
    const day = new Date().toISOString().slice(0, 10);
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="openepar-audit-${day}.csv"`)
      .send(`\uFEFF${csv}`);
  });
}
