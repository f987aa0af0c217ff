/**
 * Everything in ../shared/ema into one empty database, in the order a deployment would run it:
 * the four data tables (oldest first), the EPAR pages, presentations, procedural steps, the
 * Swedish overview of Lumykras and the product-information PDFs. Then the facts and the
 * history that must come out of it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { createApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { createServices, type Services } from '../services.ts';
import { sharedPath } from '../../test/support/shared-corpus.ts';
import { openTestDatabase, type TestDatabase } from '../../test/support/test-database.ts';
import { buildPdf, lines } from '../../test/support/pdf-builder.ts';
import { importEmaTables } from './ema-table/import-ema-table.ts';
import { importEparPages } from './epar-pages/import-epar-pages.ts';
import { importPresentations } from './presentations/import-presentations.ts';
import { importProceduralSteps } from './procedural-steps/import-procedural-steps.ts';
import { importOverviews } from './overview/import-overview.ts';
import { importDocuments } from './documents/import-documents.ts';
import type { ImportSummary } from './import-runner.ts';
import { summariseRevision } from '../features/history/history.service.ts';

const ema = sharedPath('ema');
const seeds = sharedPath('seeds');

describe('the whole EMA corpus in one database', { skip: !ema || !seeds }, () => {
  let database: TestDatabase;
  let services: Services;
  let app: FastifyInstance;
  let filesDir: string;
  const timings: Record<string, number> = {};
  const results: Record<string, ImportSummary> = {};

  async function timed(name: string, run: () => Promise<ImportSummary>): Promise<void> {
    const started = performance.now();
    results[name] = await run();
    timings[name] = (performance.now() - started) / 1000;
  }

  before(async () => {
    filesDir = await mkdtemp(path.join(os.tmpdir(), 'openepar-files-'));
    database = await openTestDatabase('pglite');
    services = await createServices(loadConfig({ LOG_LEVEL: 'silent', OPENEPAR_FILES_DIR: filesDir }), { database: database });
    await timed('tables', () => importEmaTables(services.writer, [path.join(ema!, 'tables')]));
    await timed('pages', () => importEparPages(services.writer, [path.join(ema!, 'epar-pages')]));
    await timed('presentations', () => importPresentations(services, [path.join(ema!, 'presentations')]));
    await timed('procedural-steps', () => importProceduralSteps(services, [path.join(ema!, 'procedural-steps')]));
    await timed('overview', () => importOverviews(services, [path.join(seeds!, '000_e7f5d8a26cc1f18b.txt')], { medicine: 'lumykras', lang: 'sv' }));
    await timed('documents', () => importDocuments(services, [path.join(ema!, 'product-information-pdf')]));
    // Built after the imports, as a server started on an imported database would be.
    app = await createApp(services, { logger: false });
    const total = Object.values(timings).reduce((a, b) => a + b, 0);
    console.log(`# imported everything in ${total.toFixed(1)} s: ${Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ')}`);
  });
  after(async () => {
    await app?.close();
    await database?.dispose();
    await rm(filesDir, { recursive: true, force: true });
  });

  const revisions = async (slug: string) =>
    (
      await sql<{ number: number; source_kind: string; as_of: Date; changes: { field: string; from: unknown; to: unknown }[] }>`
        select r.number, r.source_kind, r.as_of, r.changes from revisions r join medicines m on m.id = r.medicine_id
        where m.slug = ${slug} order by r.number`.execute(database.db)
    ).rows;

  test('all four tables import with no rejected row', () => {
    assert.deepEqual(results.tables!.errors, []);
    assert.ok(results.tables!.imported > 2600, `created ${results.tables!.imported}`);
  });

  test('every medicine has one table revision per snapshot in which it changed, dated by the snapshot', async () => {
    // Where EMA moved a slug from one medicine to another within a snapshot, the one losing it
    // gets a revision parking it under its product number first; those are left out here.
    const rows = (
      await sql<{ n: number }>`select count(*)::int as n from (
        select medicine_id, as_of from revisions
        where source_kind = 'ema-table' and not (jsonb_array_length(changes) = 1 and changes->0->>'field' = 'slug')
        group by medicine_id, as_of having count(*) > 1) x`.execute(database.db)
    ).rows;
    assert.equal(rows[0]!.n, 0);
    const dates = (await revisions('lumykras')).filter((r) => r.source_kind === 'ema-table').map((r) => new Date(r.as_of).toISOString().slice(0, 10));
    // The 2026 table restates what the 2025 table and the page (July 2026) said; its holder,
    // "Amgen Europe B.V.", is the 2022 table's "Amgen Europe BV" in other punctuation, not a change.
    assert.deepEqual(dates, ['2022-11-17', '2023-12-05', '2025-02-12']);
  });

  test('known transitions between the snapshots are in the history', async () => {
    const change = async (slug: string, field: string) =>
      (await revisions(slug))
        .filter((r) => r.source_kind === 'ema-table')
        .flatMap((r) => r.changes.filter((c) => c.field === field).map((c) => `${new Date(r.as_of).toISOString().slice(0, 10)} ${String(c.from)} -> ${String(c.to)}`))
        .filter((c) => !c.includes('null ->'));
    assert.deepEqual(await change('adakveo', 'status'), ['2023-12-05 authorised -> withdrawn', '2025-02-12 withdrawn -> revoked']);
    assert.deepEqual(await change('andembry', 'status'), ['2026-03-14 opinion -> authorised']);
    assert.deepEqual(await change('alisade', 'status'), ['2025-02-12 withdrawn -> lapsed']);
    assert.deepEqual(await change('alkindi', 'marketingAuthorisationHolder.name'), [
      '2025-02-12 Diurnal Europe B.V. -> Neurocrine Netherlands B.V.',
      '2026-03-14 Neurocrine Netherlands B.V. -> Immedica Netherlands B.V.',
    ]);
    assert.deepEqual(await change('aldara', 'marketingAuthorisationHolder.name'), ['2023-12-05 Meda AB -> Viatris Healthcare Limited']);
  });

  test('an older snapshot imported again changes nothing: the newer source keeps its values', async () => {
    const oldest = readdirSync(path.join(ema!, 'tables')).sort()[0]!;
    const again = await importEmaTables(services.writer, [path.join(ema!, 'tables', oldest)]);
    assert.equal(again.imported + again.updated, 0);
  });

  test('the pages merge into the table records, and disagreements between sources stay visible', async () => {
    assert.deepEqual(results.pages!.errors, []);
    const res = await app.inject('/api/v1/medicines/lumykras?provenance=1');
    const body = res.json();
    assert.match(body.marketingAuthorisationHolder.address, /^Minervum 7061/);
    const status = body.provenance.status;
    assert.deepEqual(status.sources.map((s: { kind: string }) => s.kind).sort(), ['ema-table', 'epar-page']);
    assert.equal(status.disagreement, false);
    const disagreements = Object.entries(body.provenance).filter(([, p]) => (p as { disagreement: boolean }).disagreement);
    for (const [field, p] of disagreements) {
      const [newest, ...older] = (p as { sources: { asOf: string; value: unknown }[] }).sources;
      assert.ok(older.every((o) => o.asOf <= newest!.asOf), `${field}: the newest source comes first`);
    }
  });

  test('the Swedish overview of Lumykras has its eight Swedish questions and no footer or address text', async () => {
    assert.deepEqual(results.overview!.errors, []);
    const m = (await services.medicines.get('lumykras'))!;
    const sv = m.overview.sv!.sections;
    const en = m.overview.en!.sections;
    assert.equal(sv.filter((s) => s.heading !== null).length, 8);
    assert.equal(sv.length, en.length);
    assert.match(sv[1]!.heading!, /^Hur används Lumykras\?$/);
    for (const s of sv) assert.doesNotMatch(`${s.heading ?? ''}\n${s.body}`, /Sida \d|EMA\/685702\/2021|Domenico Scarlattilaan|©|Telefon/);
  });

  test('presentations import for every file that holds a readable table', async () => {
    const unreadable = results.presentations!.errors.filter((e) => !/no medicine/.test(e.message));
    const unknownMedicine = results.presentations!.errors.filter((e) => /no medicine/.test(e.message));
    console.log(`# presentations: ${results.presentations!.updated + results.presentations!.unchanged} files imported, ${unreadable.length} unreadable (see the parser's corpus test), ${unknownMedicine.length} for medicines in no page or table`);
    // Presentations of medicines that neither the pages nor the tables in ../shared know.
    const absent = ['cenrifki', 'etcamah', 'joenja', 'pandemic-influenza-vaccine-h5n1-baxter', 'prepandemic-influenza-vaccine-h5n1-surface-antigen-inactivated-adjuvanted-novartis-vaccines-and-diagnostics', 'vysribli'];
    assert.deepEqual(unknownMedicine.map((e) => path.basename(e.file).replace('-epar-all-authorised-presentations_en.md', '')).sort(), absent);
    const m = (await services.medicines.get('keytruda'))!;
    assert.ok(m.presentations.some((p) => p.euNumber === 'EU/1/15/1024/002'));
  });

  test('the Lumykras history shows its variations, renewals and PSURs with numbers and dates', async () => {
    assert.deepEqual(results['procedural-steps']!.errors, []);
    const m = (await services.medicines.get('lumykras'))!;
    const byNumber = new Map(m.procedures.map((p) => [p.number, p]));
    assert.equal(byNumber.get('II/0010/G')?.type, 'variation-ii');
    assert.ok(m.procedures.some((p) => p.type === 'renewal'));
    assert.ok(m.procedures.filter((p) => p.type === 'psur').length >= 5);
    assert.ok(m.procedures.every((p) => p.opinionDate === null || /^\d{4}-\d{2}-\d{2}$/.test(p.opinionDate)));
    const api = (await app.inject('/api/v1/medicines/lumykras')).json();
    assert.ok(api.procedures.some((p: { number: string }) => p.number === 'II/0010/G'));
  });

  test('product-information PDFs are stored with their text, and æ ø å ñ á survive', async () => {
    assert.deepEqual(results.documents!.errors, []);
    const karvea = (await services.medicines.get('karvea'))!;
    const da = karvea.files.find((f) => f.lang === 'da')!;
    const text = (await services.documents.text(da.sha256)).join('\n');
    for (const c of ['æ', 'ø', 'å']) assert.ok(text.includes(c), c);
    const xenical = (await services.medicines.get('xenical'))!;
    const es = (await services.documents.text(xenical.files.find((f) => f.lang === 'es')!.sha256)).join('\n');
    for (const c of ['ñ', 'á']) assert.ok(es.includes(c), c);
    const res = await app.inject({ url: `/files/${da.sha256}`, headers: { range: 'bytes=0-7' } });
    assert.equal(res.statusCode, 206);
    assert.match(res.body, /^%PDF-/);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal((await app.inject({ url: `/files/${da.sha256}`, headers: { 'if-none-match': `"${da.sha256}"` } })).statusCode, 304);
  });

  /** The summary lines of a medicine's data-table revisions that name a status or holder, with their dates. */
  const tableTransitions = async (slug: string) =>
    (await services.history.revisions(slug)).revisions
      .filter((r) => r.source.kind === 'ema-table')
      .reverse()
      .flatMap((r) => summariseRevision(r, 'en').filter((l) => /^(Status|Marketing authorisation holder):/.test(l)).map((l) => `${r.asOf.toISOString().slice(0, 10)} ${l}`));

  test('the history of real medicines shows their transitions between the data tables', async () => {
    assert.deepEqual(await tableTransitions('adakveo'), ['2023-12-05 Status: Authorised → Withdrawn', '2025-02-12 Status: Withdrawn → Revoked']);
    // Authorised, the applicant of the opinion becomes the holder.
    assert.deepEqual(await tableTransitions('andembry'), ['2026-03-14 Status: Opinion → Authorised', '2026-03-14 Marketing authorisation holder: none → CSL Behring GmbH']);
    assert.deepEqual(await tableTransitions('alisade'), ['2025-02-12 Status: Withdrawn → Lapsed']);
    assert.deepEqual(await tableTransitions('alkindi'), [
      '2025-02-12 Marketing authorisation holder: Diurnal Europe B.V. → Neurocrine Netherlands B.V.',
      '2026-03-14 Marketing authorisation holder: Neurocrine Netherlands B.V. → Immedica Netherlands B.V.',
    ]);
    assert.deepEqual(await tableTransitions('aldara'), ['2023-12-05 Marketing authorisation holder: Meda AB → Viatris Healthcare Limited']);
    // The rest of those revisions, as the tables give them.
    const adakveo = (await services.history.revisions('adakveo')).revisions.filter((r) => r.source.kind === 'ema-table').reverse();
    // The 2025 table's indication differs from 2023's only by a space after a full stop: not a change.
    // Its page of December 2025 no longer marks it for additional monitoring; the 2026 table still
    // does, and being newer it wins: a flag-only entry, as the sources say.
    assert.deepEqual(adakveo.map((r) => r.kinds), [['created'], ['status', 'dates', 'flags', 'other'], ['status', 'dates', 'flags'], ['flags']]);
    assert.deepEqual(adakveo[3]!.changes.map((c) => [c.field, c.from, c.to]), [['flags.additionalMonitoring', false, true]]);
    assert.deepEqual(summariseRevision(adakveo[2]!, 'en'), ['Status: Withdrawn → Revoked', 'Revocation of marketing authorisation: 3 August 2023']);
    const andembry = (await services.history.revisions('andembry')).revisions.find((r) => r.kinds.includes('status'))!;
    const said = summariseRevision(andembry, 'en');
    const expected = ['Status: Opinion → Authorised', 'Therapeutic indication changed', 'Marketing authorisation issued: 10 February 2025', 'Now marked: Additional monitoring', 'Marketing authorisation holder: none → CSL Behring GmbH'];
    assert.deepEqual(expected.filter((l) => !said.includes(l)), [], said.join(' | '));
    // Besides those, only the company's role may change (the applicant is now the holder).
    assert.deepEqual(said.filter((l) => !expected.includes(l) && !/^Marketing authorisation applicant\b/.test(l)), [], said.join(' | '));
  });

  test('Lumykras as the 2026 table found it differs from the 2022 table in what the tables say changed, and only that', async () => {
    const entries = (await services.history.revisions('lumykras')).revisions;
    const inForce = (day: string) => entries.find((r) => r.asOf.toISOString().slice(0, 10) <= day)!;
    const first = inForce('2022-11-17');
    const then = inForce('2026-03-14');
    assert.equal(first.number, 1);
    const { changes } = await services.history.compare('lumykras', first.number, then.number);
    // 2022: no revision column, no ATMP/PRIME columns; the holder spelt "Amgen Europe BV", which
    // is the same name as "Amgen Europe B.V." and so not a change; the indication, status and
    // dates of opinion and authorisation are the same in both.
    assert.deepEqual(changes, [
      { field: 'revision', from: null, to: 6 },
      { field: 'flags.advancedTherapy', from: null, to: false },
      { field: 'flags.prime', from: null, to: false },
      { field: 'dates.pageLastUpdated', from: '2022-03-31', to: '2024-12-03' },
    ]);
    const page = await app.inject(`/en/medicines/human/EPAR/lumykras/history/compare?from=${first.number}&to=${then.number}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /<h2 class="heading-l">4 changes<\/h2>/);
    // The page, the most faithful source, gives the holder's name its form.
    assert.equal((await services.medicines.get('lumykras'))!.marketingAuthorisationHolder?.name, 'Amgen Europe B.V.');
  });

  test('history, what’s new and the changes API work over the whole corpus', async () => {
    const history = await app.inject('/en/medicines/human/EPAR/adakveo/history');
    assert.equal(history.statusCode, 200);
    assert.match(history.body, /Source: EMA data table of 5 December 2023/);
    assert.match(history.body, /Status<\/th>\s*<td[^>]*><span class="table__cell-heading" aria-hidden="true">Before<\/span>Authorised<\/td>\s*<td[^>]*><span class="table__cell-heading" aria-hidden="true">After<\/span>Withdrawn/);
    const sv = await app.inject('/sv/medicines/human/EPAR/alkindi/history');
    assert.equal(sv.statusCode, 200);

    const whatsNew = await app.inject('/en/whats-new?kind=status');
    assert.equal(whatsNew.statusCode, 200);
    assert.equal(whatsNew.body.match(/<li class="change-feed__item">/g)?.length, 30);
    assert.match(whatsNew.body, /rel="next"/);
    const holder = await app.inject(`/en/whats-new?holder=${encodeURIComponent('Immedica Pharma AB')}`);
    assert.match(holder.body, /See what changed in Alkindi/);

    // A poller walking the whole history sees every revision once, in recorded order.
    const total = (await sql<{ n: number }>`select count(*)::int as n from revisions`.execute(database.db)).rows[0]!.n;
    const ids: number[] = [];
    let since: string | null = null;
    for (;;) {
      const page: Awaited<ReturnType<typeof services.history.changes>> = await services.history.changes({ since, limit: 2000 });
      ids.push(...page.entries.map((e) => e.id));
      since = page.next;
      if (!page.more) break;
    }
    assert.equal(ids.length, total);
    assert.ok(ids.every((id, i) => i === 0 || id > ids[i - 1]!), 'ids ascend');
    const api = await app.inject('/api/v1/changes?limit=50');
    assert.equal(api.statusCode, 200);
    assert.equal(api.json().items.length, 50);
  });

  test('a corrupt PDF, an HTML page renamed .pdf, an encrypted PDF and an empty file are refused and store nothing', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'openepar-bad-'));
    const real = await readFile(path.join(ema!, 'product-information-pdf', 'karvea-epar-product-information_en.pdf'));
    await writeFile(path.join(dir, 'lumykras-epar-product-information_de.pdf'), real.subarray(0, real.length / 3));
    await writeFile(path.join(dir, 'lumykras-epar-product-information_fr.pdf'), '<!DOCTYPE html><html><body>Not found</body></html>');
    const encrypt = `<< /Filter /Standard /V 1 /R 2 /O <${'11'.repeat(32)}> /U <${'22'.repeat(32)}> /P -4 >>`;
    await writeFile(path.join(dir, 'lumykras-epar-product-information_it.pdf'), buildPdf([lines(['secret'])], { encrypt }));
    await writeFile(path.join(dir, 'lumykras-epar-product-information_nl.pdf'), '');
    await copyFile(path.join(ema!, 'product-information-pdf', 'karvea-epar-product-information_da.pdf'), path.join(dir, 'lumykras-epar-product-information_da.pdf'));
    const before = (await services.medicines.get('lumykras'))!.files.length;
    const summary = await importDocuments(services, [dir]);
    await rm(dir, { recursive: true, force: true });
    const messages = Object.fromEntries(summary.errors.map((e) => [path.basename(e.file), e.message]));
    assert.equal(summary.failed, 4);
    assert.match(messages['lumykras-epar-product-information_de.pdf']!, /truncated|corrupt|damaged/i);
    assert.match(messages['lumykras-epar-product-information_fr.pdf']!, /HTML|not a PDF/i);
    assert.match(messages['lumykras-epar-product-information_it.pdf']!, /password|encrypted/i);
    assert.match(messages['lumykras-epar-product-information_nl.pdf']!, /empty/i);
    assert.equal((await services.medicines.get('lumykras'))!.files.length, before + 1, 'only the good file is added');
  });
});
