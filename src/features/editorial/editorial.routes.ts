/**
 * The back office's draft pages under /admin/drafts. Thin: each route names its access rule
 * (src/domain/access-rules.ts; the one admin hook enforces it and the CSRF token), reads the
 * form, asks the drafts service, records what was done in the audit trail and answers with a
 * page or a redirect (303 after every successful post, so reloading never posts twice).
 */
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Staff } from '../../domain/access-rules.ts';
import { AppError, TooLargeError, ValidationError } from '../../domain/errors.ts';
import { isLanguageCode, type LanguageCode } from '../../domain/languages.ts';
import { diffMedicine } from '../../domain/medicine-diff.ts';
import { DATE_KEYS, FLAG_KEYS, type Medicine } from '../../domain/medicine.ts';
import type { ProcedureType } from '../../domain/procedure.ts';
import { originOf } from '../../http/admin-access.ts';
import { adminContext, adminLayout, type AdminContext } from '../../http/admin-layout.ts';
import type { AssetManifest } from '../../http/assets.ts';
import { layout } from '../../http/layout.ts';
import { html } from '../../http/html.ts';
import { createPageContext } from '../../i18n/i18n.ts';
import { editorialCatalogue } from '../../i18n/catalogues/editorial/index.ts';
import type { AuditService } from '../audit/audit.service.ts';
import type { HistoryService } from '../history/history.service.ts';
import type { MedicinesService } from '../medicines/medicines.service.ts';
import { applyEdits, applyEvent, LINK_LISTS, overviewFromText, withOverview, type DocumentRow, type FieldEdits, type LifecycleEvent, type LifecycleEventKind, type LinkRow } from './draft-record.ts';
import type { Draft, DraftsService, SaveResult } from './drafts.service.ts';
import { applicationPage, draftPage, draftsListPage, fieldsPage, overviewPage, previewBanner, reviewPage, uploadPage, type ConflictView } from './editorial-pages.template.ts';
import { draftPath } from './editorial-paths.ts';

export interface EditorialRouteOptions {
  drafts: DraftsService;
  medicines: MedicinesService;
  history: HistoryService;
  audit: AuditService;
  assets: AssetManifest;
  baseUrl: string;
  maxUploadBytes: number;
}

const Id = Type.Object({ id: Type.String({ pattern: '^[0-9]{1,12}$' }) });
type Body = Record<string, string | string[] | Buffer | undefined> | undefined;

function text(body: unknown, key: string): string {
  const value = (body as Body)?.[key];
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' ? one.slice(0, 100_000) : '';
}

const date = (body: unknown, key: string): string | null => {
  const value = text(body, key).trim();
  if (!value) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new ValidationError(`invalid ${key}`);
  return value;
};

const lines = (value: string) => value.split(/\r?\n/).map((s) => s.trim()).filter(Boolean);

export const editorialRoutes: FastifyPluginAsyncTypebox<EditorialRouteOptions> = async (app, o) => {
  const { drafts, audit } = o;
  // Only these routes read multipart bodies (the upload form); the file is held in memory, bounded.
  await app.register(multipart, { attachFieldsToBody: 'keyValues', limits: { fileSize: o.maxUploadBytes, files: 1, fields: 20, fieldSize: 100_000 } });
  // A malformed or oversized multipart body is refused before any handler runs; said in the
  // catalogue's terms (rethrown to the app's handler), it is the sender's error, never a 500.
  app.setErrorHandler((error, request) => {
    if (error instanceof AppError || !request.isMultipart()) throw error;
    const { statusCode: status = 400, message = '' } = error as { statusCode?: number; message?: string };
    if (status >= 500 && !/multipart|boundary|form|part|field|file/i.test(message)) throw error;
    if (status === 413) throw new TooLargeError(`the upload is larger than ${Math.round(o.maxUploadBytes / 1048576)} MB`);
    throw new ValidationError(`the form could not be read: ${message}`);
  });

  const page = (reply: FastifyReply, ctx: AdminContext, title: string, main: ReturnType<typeof html>, status = 200) =>
    reply.code(status).type('text/html; charset=utf-8').send(adminLayout(ctx, { title, main }));
  const ctxOf = (request: FastifyRequest, reply: FastifyReply) => adminContext(request, reply, o.assets);
  const e = (ctx: AdminContext) => editorialCatalogue.get(ctx.lang);
  const record = (request: FastifyRequest, action: string, draft: Pick<Draft, 'id' | 'record'>, details: Record<string, unknown> = {}) =>
    audit.record({ staff: request.staff, origin: originOf(request), action, subject: `draft:${draft.id}`, details: { medicine: draft.record.slug, name: draft.record.name, by: request.staff?.displayName, ...details } });
  const staff = (request: FastifyRequest): Staff => request.staff!;
  const back = (reply: FastifyReply, to: string) => reply.code(303).header('location', to).send();

  app.get('/admin/drafts', { config: { access: 'draft:read' } }, async (request, reply) => {
    const ctx = ctxOf(request, reply);
    const [open, published] = await Promise.all([drafts.list(['draft', 'scheduled']), drafts.list(['published'], 20)]);
    const q = request.query as Record<string, unknown>;
    return page(reply, ctx, e(ctx).list.title, draftsListPage(ctx, { open, published, message: null, error: typeof q.error === 'string' ? q.error.slice(0, 300) : null }));
  });

  app.get('/admin/drafts/new', { config: { access: 'draft:edit' } }, async (request, reply) => {
    const ctx = ctxOf(request, reply);
    return page(reply, ctx, e(ctx).application.title, applicationPage(ctx, { values: { category: 'human' }, problems: [], errors: [] }));
  });

  app.post('/admin/drafts', { config: { access: 'draft:edit' } }, async (request, reply) => {
    const ctx = ctxOf(request, reply);
    const values = Object.fromEntries(['name', 'productNumber', 'category', 'applicant', 'inn', 'activeSubstance', 'therapeuticIndication'].map((k) => [k, text(request.body, k)]));
    const again = (problems: Parameters<typeof applicationPage>[1]['problems'], errors: string[], status: number) =>
      page(reply, ctx, e(ctx).application.title, applicationPage(ctx, { values, problems, errors }), status);
    let result: SaveResult;
    try {
      result = await drafts.createApplication(staff(request), {
        name: values.name!,
        category: values.category === 'veterinary' ? 'veterinary' : 'human',
        applicant: values.applicant!,
        productNumber: values.productNumber || null,
        inn: values.inn || null,
        activeSubstance: values.activeSubstance || null,
        therapeuticIndication: values.therapeuticIndication || null,
      });
    } catch (error) {
      if (error instanceof AppError && error.status < 500) return again([], [error.message], error.status);
      throw error;
    }
    if (result.outcome !== 'saved') return again(result.outcome === 'invalid' ? result.problems : [], [], 400);
    await record(request, 'draft.create', result.draft, { kind: 'new', status: result.draft.record.status, applicant: result.draft.record.applicant });
    return back(reply, draftPath(result.draft.id));
  });

  app.post('/admin/drafts/edit', { config: { access: 'draft:edit' } }, async (request, reply) => {
    const medicine = text(request.body, 'medicine').trim();
    const kind = text(request.body, 'kind') === 'correction' ? 'correction' : 'update';
    try {
      const draft = await drafts.startEdit(staff(request), medicine, kind, text(request.body, 'reason') || null);
      await record(request, 'draft.start', draft, { kind: draft.kind, reason: draft.reason });
      return back(reply, draftPath(draft.id));
    } catch (error) {
      if (error instanceof AppError && error.status < 500) return back(reply, `/admin/drafts?error=${encodeURIComponent(error.message)}`);
      throw error;
    }
  });

  app.post('/admin/drafts/unpublish', { config: { access: 'medicine:unpublish' } }, async (request, reply) => {
    try {
      const draft = await drafts.startUnpublish(staff(request), text(request.body, 'medicine').trim(), text(request.body, 'reason'));
      await record(request, 'draft.start', draft, { kind: 'unpublish', reason: draft.reason });
      return back(reply, draftPath(draft.id));
    } catch (error) {
      if (error instanceof AppError && error.status < 500) return back(reply, `/admin/drafts?error=${encodeURIComponent(error.message)}`);
      throw error;
    }
  });

  app.get('/admin/drafts/:id', { schema: { params: Id }, config: { access: 'draft:read' } }, async (request, reply) => {
    const ctx = ctxOf(request, reply);
    const draft = await drafts.get(Number(request.params.id));
    const saved = (request.query as Record<string, unknown>).saved !== undefined;
    return page(reply, ctx, draft.record.name, draftPage(ctx, { draft, message: saved ? e(ctx).draft.saved : null, problems: [], errors: [] }));
  });

  app.post('/admin/drafts/:id/events', { schema: { params: Id }, config: { access: 'draft:edit' } }, async (request, reply) => {
    const ctx = ctxOf(request, reply);
    const id = Number(request.params.id);
    const expected = Number(text(request.body, 'version'));
    const draft = await drafts.get(id);
    let event: LifecycleEvent;
    let result: SaveResult;
    // A step confirmed after a collision was made on `base`, an older version than the one it is saved over.
    const base = has(request.body, 'base') ? Number(text(request.body, 'base')) : expected;
    try {
      event = eventOf(request.body);
      const seen = base === draft.version ? draft.record : await drafts.version(id, base);
      result = await drafts.save(staff(request), id, expected, applyEvent(seen, event), base === expected ? {} : { base, choices: choicesOf(request.body) });
    } catch (error) {
      if (error instanceof AppError && error.status < 500) return page(reply, ctx, draft.record.name, draftPage(ctx, { draft, message: null, problems: [], errors: [error.message] }), error.status);
      throw error;
    }
    if (result.outcome === 'invalid') return page(reply, ctx, draft.record.name, draftPage(ctx, { draft, message: null, problems: result.problems, errors: [] }), 400);
    if (result.outcome === 'conflict') {
      // The other writer's change is shown; confirming records the step over it, merged field by
      // field, so neither is lost (the step is checked against the lifecycle's rules anew).
      const conflict: ConflictView = { by: result.by, theirs: o.history.renderChanges(ctx, result.theirs), merge: result.merge };
      const step = Object.fromEntries(EVENT_FIELDS.filter((k) => has(request.body, k)).map((k) => [k, text(request.body, k)]));
      return page(reply, ctx, e(ctx).conflict.title, draftPage(ctx, { draft: result.draft, message: null, problems: [], errors: [], merge: { conflict, step, base } }), 409);
    }
    await record(request, 'draft.edit', result.draft, { event: event.kind, ...eventDetails(event), version: result.draft.version });
    return back(reply, `${draftPath(id)}?saved`);
  });

  app.get('/admin/drafts/:id/fields', { schema: { params: Id }, config: { access: 'draft:edit' } }, async (request, reply) => {
    const ctx = ctxOf(request, reply);
    const draft = await drafts.get(Number(request.params.id));
    return page(reply, ctx, e(ctx).fields.title, fieldsPage(ctx, { draft, record: draft.record, version: draft.version, problems: [], errors: [] }));
  });

  app.post('/admin/drafts/:id/fields', { schema: { params: Id }, config: { access: 'draft:edit' } }, async (request, reply) => {
    const ctx = ctxOf(request, reply);
    const id = Number(request.params.id);
    const expected = Number(text(request.body, 'version'));
    const draft = await drafts.get(id);
    const b = request.body;
    const edit = (seen: Medicine) =>
      applyEdits(seen, {
        text: Object.fromEntries(['name', 'inn', 'activeSubstance', 'therapeuticIndication', 'pharmacotherapeuticGroup', 'applicant', 'withdrawalInformation'].map((k) => [k, text(b, k)])),
        holder: { name: text(b, 'holder'), address: text(b, 'holderAddress') },
        therapeuticAreas: lines(text(b, 'therapeuticAreas')),
        atcCodes: lines(text(b, 'atcCodes')),
        // A form without these fields (an older page) leaves flags and dates as they are.
        ...((b as Body)?.[`flag.${FLAG_KEYS[0]}`] !== undefined
          ? { flags: Object.fromEntries(FLAG_KEYS.map((k) => [k, text(b, `flag.${k}`) === 'yes' ? true : text(b, `flag.${k}`) === 'no' ? false : null])) }
          : {}),
        ...((b as Body)?.[`date.${DATE_KEYS[0]}`] !== undefined ? { dates: Object.fromEntries(DATE_KEYS.map((k) => [k, date(b, `date.${k}`)])) } : {}),
        ...listEdits(b),
      });
    let mine: Medicine;
    let result: SaveResult;
    try {
      mine = edit(expected === draft.version ? draft.record : await drafts.version(id, expected));
      result = await drafts.save(staff(request), id, expected, mine, draft.kind === 'correction' ? { reason: text(b, 'reason') } : {});
    } catch (error) {
      if (error instanceof AppError && error.status < 500) return page(reply, ctx, e(ctx).fields.title, fieldsPage(ctx, { draft, record: draft.record, version: draft.version, problems: [], errors: [error.message] }), error.status);
      throw error;
    }
    if (result.outcome === 'invalid') return page(reply, ctx, e(ctx).fields.title, fieldsPage(ctx, { draft, record: mine, version: expected, problems: result.problems, errors: [] }), 400);
    if (result.outcome === 'conflict') {
      const conflict: ConflictView = { by: result.by, theirs: o.history.renderChanges(ctx, result.theirs), merge: result.merge };
      return page(reply, ctx, e(ctx).conflict.title, fieldsPage(ctx, { draft: result.draft, record: result.merge.merged, version: result.draft.version, problems: [], errors: [], conflict }), 409);
    }
    await record(request, 'draft.edit', result.draft, { fields: diffMedicine(draft.record, result.draft.record).map((c) => c.field), version: result.draft.version });
    return back(reply, `${draftPath(id)}?saved`);
  });

  const overviewLang = (request: FastifyRequest, ctx: AdminContext): LanguageCode => {
    const asked = (request.query as Record<string, unknown>).in;
    return typeof asked === 'string' && isLanguageCode(asked) ? asked : ctx.lang;
  };

  app.get('/admin/drafts/:id/overview', { schema: { params: Id }, config: { access: 'draft:edit' } }, async (request, reply) => {
    const ctx = ctxOf(request, reply);
    const draft = await drafts.get(Number(request.params.id));
    return page(reply, ctx, e(ctx).overview.title, overviewPage(ctx, { draft, record: draft.record, version: draft.version, lang: overviewLang(request, ctx), errors: [] }));
  });

  app.post('/admin/drafts/:id/overview', { schema: { params: Id }, config: { access: 'draft:edit' } }, async (request, reply) => {
    const ctx = ctxOf(request, reply);
    const id = Number(request.params.id);
    const lang = overviewLang(request, ctx);
    const expected = Number(text(request.body, 'version'));
    const draft = await drafts.get(id);
    const seen = expected === draft.version ? draft.record : await drafts.version(id, expected);
    const mine = withOverview(seen, lang, overviewFromText(text(request.body, 'text')));
    const result = await drafts.save(staff(request), id, expected, mine);
    if (result.outcome === 'conflict') {
      const conflict: ConflictView = { by: result.by, theirs: o.history.renderChanges(ctx, result.theirs), merge: result.merge };
      return page(reply, ctx, e(ctx).conflict.title, overviewPage(ctx, { draft: result.draft, record: result.merge.merged, version: result.draft.version, lang, errors: [], conflict }), 409);
    }
    if (result.outcome === 'invalid') return page(reply, ctx, e(ctx).overview.title, overviewPage(ctx, { draft, record: mine, version: expected, lang, errors: result.problems.map((p) => e(ctx).problems.rules[p.rule]) }), 400);
    await record(request, 'draft.edit', result.draft, { overview: lang, version: result.draft.version });
    return back(reply, `${draftPath(id)}?saved`);
  });

  app.get('/admin/drafts/:id/documents', { schema: { params: Id }, config: { access: 'document:upload' } }, async (request, reply) => {
    const ctx = ctxOf(request, reply);
    const draft = await drafts.get(Number(request.params.id));
    return page(reply, ctx, e(ctx).upload.title, uploadPage(ctx, { draft, errors: [], limitMb: Math.round(o.maxUploadBytes / 1048576) }));
  });

  app.post('/admin/drafts/:id/documents', { schema: { params: Id }, config: { access: 'document:upload' } }, async (request, reply) => {
    const ctx = ctxOf(request, reply);
    const id = Number(request.params.id);
    const draft = await drafts.get(id);
    const b = request.body as Body;
    const file = b?.file;
    const lang = text(b, 'lang');
    const refuse = (status: number, detail: string) =>
      page(reply, ctx, e(ctx).upload.title, uploadPage(ctx, { draft, errors: [ctx.format.interpolate(e(ctx).upload.refused, { limit: Math.round(o.maxUploadBytes / 1048576) }), detail], limitMb: Math.round(o.maxUploadBytes / 1048576) }), status);
    if (!Buffer.isBuffer(file) || !isLanguageCode(lang)) return refuse(400, 'no file');
    let result: SaveResult;
    try {
      result = await drafts.upload(staff(request), id, Number(text(b, 'version')), { documentType: text(b, 'documentType'), lang, title: text(b, 'title'), fileName: `${draft.record.slug}-${text(b, 'documentType')}_${lang}.pdf`, bytes: new Uint8Array(file) });
    } catch (error) {
      if (error instanceof AppError && error.status < 500) return refuse(error.status, error.message);
      throw error;
    }
    if (result.outcome !== 'saved') return refuse(409, result.outcome === 'conflict' ? ctx.format.interpolate(e(ctx).conflict.lede, { name: result.by }) : 'invalid');
    const stored = result.draft.record.files.find((f) => f.lang === lang && f.documentType === text(b, 'documentType'));
    await record(request, 'document.upload', result.draft, { documentType: text(b, 'documentType'), lang, title: text(b, 'title'), sha256: stored?.sha256, sizeBytes: stored?.sizeBytes, version: result.draft.version });
    return back(reply, `${draftPath(id)}?saved`);
  });

  app.get('/admin/drafts/:id/preview', { schema: { params: Id }, config: { access: 'draft:read' } }, async (request, reply) => {
    const admin = ctxOf(request, reply);
    const draft = await drafts.get(Number(request.params.id));
    const m = draft.record;
    // The public page's own template and layout, in the reader's language, with a banner saying what it is.
    const ctx = createPageContext(admin.lang, `/medicines/${m.category}/EPAR/${m.slug}`, o.assets, o.baseUrl);
    const { main, description } = o.medicines.renderPage(ctx, m);
    reply.header('x-robots-tag', 'noindex, nofollow').header('cache-control', 'no-store');
    return reply.type('text/html; charset=utf-8').send(
      layout(ctx, {
        title: m.name,
        description,
        alternates: false,
        main: html`${previewBanner(admin, draft)}${main}`,
        breadcrumbs: [{ label: ctx.t.nav.home, href: `/${ctx.lang}` }, { label: ctx.t.nav.medicines, href: `/${ctx.lang}/medicines` }, { label: m.name }],
      }),
    );
  });

  app.get('/admin/drafts/:id/review', { schema: { params: Id }, config: { access: 'draft:review' } }, async (request, reply) => {
    const ctx = ctxOf(request, reply);
    const review = await drafts.review(staff(request), Number(request.params.id));
    await record(request, 'draft.review', review.draft, { changes: review.changes.length, editors: review.draft.editors.names, reviewer: staff(request).displayName });
    const q = request.query as Record<string, unknown>;
    return page(reply, ctx, e(ctx).review.title, reviewPage(ctx, { review, changes: o.history.renderChanges(ctx, review.changes), errors: typeof q.error === 'string' ? [q.error.slice(0, 300)] : [], message: null }));
  });

  const publishing = async (request: FastifyRequest, reply: FastifyReply, act: () => Promise<{ draft: Draft; details: Record<string, unknown>; action: string }>) => {
    const id = Number((request.params as { id: string }).id);
    try {
      const { draft, details, action } = await act();
      await record(request, action, draft, { editors: draft.editors.names, publisher: staff(request).displayName, ...details });
      return back(reply, `${draftPath(id)}?saved`);
    } catch (error) {
      if (error instanceof AppError && error.status < 500) return back(reply, `${draftPath(id, 'review')}?error=${encodeURIComponent(error.message)}`);
      throw error;
    }
  };

  app.post('/admin/drafts/:id/publish', { schema: { params: Id }, config: { access: 'draft:publish' } }, async (request, reply) =>
    publishing(request, reply, async () => {
      const overrideReason = text(request.body, 'overrideReason') || null;
      const result = await drafts.publish(staff(request), Number(request.params.id), { overrideReason });
      return { draft: result.draft, action: 'draft.publish', details: { revision: result.revision, slug: result.slug, overrideReason } };
    }),
  );

  app.post('/admin/drafts/:id/schedule', { schema: { params: Id }, config: { access: 'draft:schedule' } }, async (request, reply) =>
    publishing(request, reply, async () => {
      const at = parseUtc(text(request.body, 'at'));
      const overrideReason = text(request.body, 'overrideReason') || null;
      const draft = await drafts.schedule(staff(request), Number(request.params.id), at, { overrideReason });
      return { draft, action: 'draft.schedule', details: { at: at.toISOString(), overrideReason } };
    }),
  );

  app.post('/admin/drafts/:id/unschedule', { schema: { params: Id }, config: { access: 'draft:schedule' } }, async (request, reply) =>
    publishing(request, reply, async () => ({ draft: await drafts.unschedule(Number(request.params.id)), action: 'draft.unschedule', details: {} })),
  );

  app.post('/admin/drafts/:id/discard', { schema: { params: Id }, config: { access: 'draft:edit' } }, async (request, reply) => {
    const draft = await drafts.discard(Number(request.params.id));
    await record(request, 'draft.discard', draft);
    return back(reply, '/admin/drafts');
  });
};

/** Every field a lifecycle step's form sends, carried by the form that confirms a merge. */
const EVENT_FIELDS = ['event', 'outcome', 'date', 'holder', 'holderAddress', 'number', 'type', 'scope', 'opinionDate', 'commissionDecisionDate'] as const;

/** The writer's choice for each field both sides changed (`choice.<field>`: mine or theirs). */
function choicesOf(body: unknown): Record<string, 'mine' | 'theirs'> {
  const out: Record<string, 'mine' | 'theirs'> = {};
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (key.startsWith('choice.') && (value === 'mine' || value === 'theirs')) out[key.slice('choice.'.length)] = value;
  }
  return out;
}

const has = (body: unknown, key: string) => (body as Body)?.[key] !== undefined;

/** The lists the fields form carries (previous names, species, links, documents); one it does not carry stays as it is. */
function listEdits(b: unknown): Partial<FieldEdits> {
  const out: Partial<FieldEdits> = {};
  if (has(b, 'previousNames')) out.previousNames = lines(text(b, 'previousNames'));
  if (has(b, 'species')) out.species = lines(text(b, 'species'));
  if (has(b, 'developer')) out.developer = text(b, 'developer');
  for (const list of LINK_LISTS) {
    if (!has(b, `${list}.0.title`)) continue;
    const rows: LinkRow[] = [];
    for (let i = 0; i < 500 && has(b, `${list}.${i}.title`); i++) {
      rows.push({ title: text(b, `${list}.${i}.title`), url: text(b, `${list}.${i}.url`), date: text(b, `${list}.${i}.date`), kind: text(b, `${list}.${i}.kind`) });
    }
    out[list] = rows;
  }
  const documents: DocumentRow[] = [];
  for (let i = 0; i < 1000 && has(b, `documents.${i}.title`); i++) {
    const at = (k: string) => text(b, `documents.${i}.${k}`);
    documents.push({ index: i, title: at('title'), section: at('section'), group: at('group'), referenceText: at('referenceText'), documentStatus: at('documentStatus'), remove: at('remove') === 'yes' });
  }
  if (documents.length > 0) out.documents = documents;
  return out;
}

/** `2026-12-06T10:30` (a datetime-local field, read as UTC) or a full ISO date-time. */
function parseUtc(value: string): Date {
  const v = value.trim();
  const at = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(v) ? new Date(`${v}Z`) : new Date(v);
  if (!v || Number.isNaN(at.getTime())) throw new ValidationError('invalid date and time');
  return at;
}

function eventOf(body: unknown): LifecycleEvent {
  const kind = text(body, 'event') as LifecycleEventKind;
  const need = (key: string) => {
    const d = date(body, key);
    if (!d) throw new ValidationError(`invalid ${key}`);
    return d;
  };
  switch (kind) {
    case 'opinion':
      return { kind, outcome: text(body, 'outcome') === 'negative' ? 'negative' : 'positive', date: need('date') };
    case 'decision':
      return { kind, date: need('date'), holder: text(body, 'holder') || null, holderAddress: text(body, 'holderAddress') || null };
    case 'procedure':
      return {
        kind,
        procedure: { number: text(body, 'number'), type: text(body, 'type') as ProcedureType, scope: text(body, 'scope'), opinionDate: date(body, 'opinionDate'), commissionDecisionDate: date(body, 'commissionDecisionDate'), outcome: text(body, 'outcome') || null },
      };
    case 'transfer':
      if (!text(body, 'holder').trim()) throw new ValidationError('invalid holder');
      return { kind, date: need('date'), holder: text(body, 'holder'), holderAddress: text(body, 'holderAddress') || null, number: text(body, 'number') };
    case 'suspension':
    case 'lifting-suspension':
    case 'withdrawal':
    case 'lapse':
    case 'expiry':
    case 'revocation':
    case 'application-withdrawn':
      return { kind, date: need('date') };
    default:
      throw new ValidationError('invalid event');
  }
}

function eventDetails(e: LifecycleEvent): Record<string, unknown> {
  return Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'kind'));
}
