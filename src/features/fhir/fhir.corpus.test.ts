/**
 * The FHIR API on the real corpus: the 1,625 EPAR pages imported (shared, test/support/
 * imported-corpus.ts), with the authorised presentations of Lumykras and 100 other medicines
 * and every procedural-steps document added. Every resource of every type the API gives for
 * those 101 medicines is checked against the R5 package's definitions, and a search pages
 * through the whole catalogue with no cap.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Bundle, FhirResource, MedicinalProductDefinition } from 'fhir/r5.d.ts';
import { createApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import { importPresentations } from '../../ingest/presentations/import-presentations.ts';
import { importProceduralSteps } from '../../ingest/procedural-steps/import-procedural-steps.ts';
import { createServices, type Services } from '../../services.ts';
import { FhirValidator } from '../../../test/support/fhir-validator.ts';
import { openImportedEparPages, type ImportedEparPages } from '../../../test/support/imported-corpus.ts';
import { SKIP_MESSAGE, sharedPath } from '../../../test/support/shared-corpus.ts';
import { RESOURCE_TYPES } from './fhir-search.ts';

const pagesDir = sharedPath('ema/epar-pages');
const presentationsDir = sharedPath('ema/presentations');
const stepsDir = sharedPath('ema/procedural-steps');
const available = Boolean(pagesDir && presentationsDir && stepsDir);
const SAMPLE = 100;

if (!available) console.log(`# ${SKIP_MESSAGE}`);

describe('the FHIR API on the real corpus', { skip: available ? false : SKIP_MESSAGE }, () => {
  let corpus: ImportedEparPages;
  let services: Services;
  let app: FastifyInstance;
  const validator = new FhirValidator();
  let sample: string[] = [];

  before(async () => {
    corpus = await openImportedEparPages(pagesDir!);
    services = await createServices(loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT: '0' }), { database: corpus.database });
    // Lumykras and 100 medicines spread evenly over those whose presentations EMA lists and whose
    // page is in the corpus (a few files hold no table: some more are taken for those).
    const stem = (f: string) => f.replace(/-epar-all-authorised-presentations.*$/, '');
    const files: { file: string; slug: string }[] = [];
    for (const file of readdirSync(presentationsDir!).filter((f) => f.endsWith('.md')).sort()) {
      const found = await services.medicines.findLoosely(stem(file));
      if (found) files.push({ file, slug: found.slug });
    }
    const others = files.filter((f) => f.slug !== 'lumykras');
    const wanted = Math.ceil(SAMPLE * 1.1);
    const chosen = [...files.filter((f) => f.slug === 'lumykras'), ...Array.from({ length: wanted }, (_, i) => others[Math.floor((i * others.length) / wanted)]!)];
    await importPresentations(services, chosen.map((f) => path.join(presentationsDir!, f.file)));
    await importProceduralSteps(services, [stepsDir!]);
    // Lumykras is in the sample whether or not EMA's presentations of it are in ../shared.
    const slugs = new Set<string>(['lumykras']);
    for (const { slug } of chosen) {
      if (((await services.medicines.get(slug))?.presentations.length ?? 0) > 0) slugs.add(slug);
    }
    sample = [...slugs].slice(0, SAMPLE + 1);
    app = await createApp(services, { logger: false });
  });
  after(async () => {
    await app?.close();
    await corpus?.database.dispose();
  });

  const bundle = async (url: string): Promise<Bundle> => {
    const res = await app.inject({ method: 'GET', url });
    assert.equal(res.statusCode, 200, `${url}: ${res.body.slice(0, 300)}`);
    return JSON.parse(res.body) as Bundle;
  };
  const check = (resource: unknown) => {
    const problems = validator.validate(resource);
    assert.deepEqual(problems.slice(0, 5), [], `${(resource as FhirResource).resourceType}/${(resource as FhirResource).id ?? ''}`);
  };
  /** Every page of a search, each checked as a whole Bundle; the resources of all pages. */
  const allPages = async (url: string): Promise<FhirResource[]> => {
    const out: FhirResource[] = [];
    let next: string | undefined = url;
    while (next) {
      const b = await bundle(next.slice(next.indexOf('/fhir/')));
      check(b);
      out.push(...(b.entry ?? []).map((e) => e.resource!));
      next = b.link?.find((l) => l.relation === 'next')?.url;
    }
    return out;
  };

  test('every resource type validates against R5 for Lumykras and 100 other medicines', async () => {
    assert.ok(sample.includes('lumykras'), 'Lumykras is in the sample');
    assert.ok(sample.length >= SAMPLE + 1, `${sample.length} medicines sampled`);
    const perType = new Map<string, number>();
    const add = (list: FhirResource[]) => list.forEach((r) => perType.set(r.resourceType, (perType.get(r.resourceType) ?? 0) + 1));
    for (const slug of sample) {
      const m = (await services.medicines.identify(slug))!;
      const found = await allPages(`/fhir/MedicinalProductDefinition?identifier=${encodeURIComponent(m.productNumber ?? '')}`);
      assert.equal(found.length, 1, slug);
      const mpd = found[0] as MedicinalProductDefinition;
      const subject = `MedicinalProductDefinition/${mpd.id}`;
      add(found);
      const read = await app.inject({ method: 'GET', url: `/fhir/${subject}` });
      check(JSON.parse(read.body));
      for (const url of [
        `/fhir/RegulatedAuthorization?subject=${subject}`,
        `/fhir/ClinicalUseDefinition?subject=${subject}`,
        `/fhir/PackagedProductDefinition?package-for=${subject}&_count=100`,
        `/fhir/DocumentReference?subject=${subject}&_count=100`,
      ]) add(await allPages(url));
      const holder = mpd.contact?.[0]?.contact.reference;
      if (holder) {
        const org = await app.inject({ method: 'GET', url: `/fhir/${holder}` });
        assert.equal(org.statusCode, 200, holder);
        const resource = JSON.parse(org.body) as FhirResource;
        check(resource);
        add([resource]);
      }
    }
    console.log(`# validated against R5: ${[...perType].map(([t, n]) => `${n} ${t}`).join(', ')} (${[...validator.counts.values()].reduce((a, b) => a + b, 0)} resources checked, Bundles and their entries included)`);
    for (const type of RESOURCE_TYPES) assert.ok((perType.get(type) ?? 0) > 0, `${type} resources were validated`);
    assert.ok(perType.get('MedicinalProductDefinition')! >= SAMPLE + 1);
    assert.ok(perType.get('RegulatedAuthorization')! >= SAMPLE + 1);
    assert.ok(perType.get('PackagedProductDefinition')! >= SAMPLE, 'the sampled medicines have packs');
  });

  test('a Bundle search pages through every medicine of the catalogue, with no cap', async () => {
    const { total } = await services.medicines.overview();
    assert.ok(total > 1600, `${total} medicines`);
    const first = await bundle('/fhir/MedicinalProductDefinition?_count=0');
    assert.equal(first.total, total);
    const ids = new Set<string>();
    let next: string | undefined = '/fhir/MedicinalProductDefinition?_count=100';
    let pages = 0;
    while (next) {
      const b = await bundle(next.slice(next.indexOf('/fhir/')));
      for (const e of b.entry ?? []) ids.add(e.resource!.id!);
      next = b.link?.find((l) => l.relation === 'next')?.url;
      pages++;
    }
    assert.equal(ids.size, total, 'every medicine once');
    assert.equal(pages, Math.ceil(total / 100));
  });
});
