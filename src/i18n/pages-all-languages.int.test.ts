/**
 * Every page type in every language: it renders, says which language it is in, offers the same
 * page in every other language, and leaves no interface text in English where the language's
 * catalogue has its own.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Services } from '../services.ts';
import { LANGUAGES, type LanguageCode } from '../domain/languages.ts';
import { importRecords, SAMPLE_DIR } from '../ingest/sample/import-sample.ts';
import { loadAllCatalogues } from '../../test/support/all-catalogues.ts';
import { useTestApp } from '../../test/support/test-app.ts';

const PAGES = [
  '', '/medicines', '/medicines/human/EPAR/lumykras', '/medicines/human/EPAR/acrescent', '/medicines/human/EPAR/no-such-medicine',
  '/search', '/search?q=sotorasib', '/browse',
  '/medicines/human/EPAR/lumykras/history', '/medicines/human/EPAR/lumykras/history/1', '/whats-new', '/open-data',
];

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null) return [];
  return Object.values(value).flatMap(strings);
}

/** The text a reader sees in the page language: EMA's own text marked lang="en" is left out. */
function pageLanguageText(html: string): string {
  let out = html.replace(/<(script|style|head)[\s\S]*?<\/\1>/g, ' ');
  // Innermost first, so nested markup inside an English block goes with it.
  for (let i = 0; i < 5; i++) out = out.replace(/<(\w+)[^>]*\slang="en"[^>]*>(?:(?!<\1[\s>])[\s\S])*?<\/\1>/g, ' ');
  return out.replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
}

describe('pages in every language', () => {
  const t = useTestApp({}, async (services: Services) => {
    const summary = await importRecords(services.writer, [SAMPLE_DIR]);
    assert.deepEqual(summary.errors, []);
  });

  test('every page type renders in every language with its lang attribute and alternates', async () => {
    for (const lang of LANGUAGES) {
      for (const page of PAGES) {
        const res = await t.app.inject(`/${lang}${page}`);
        assert.equal(res.statusCode, page.includes('no-such') ? 404 : 200, `/${lang}${page}`);
        assert.match(res.body, new RegExp(`<html lang="${lang}"`), `/${lang}${page}`);
        if (res.statusCode === 200) {
          const origin = t.services.config.publicBaseUrl;
          for (const other of LANGUAGES) assert.ok(res.body.includes(`hreflang="${other}" href="${origin}/${other}${page.replaceAll('&', '&amp;')}"`), `/${lang}${page} → ${other}`);
        }
      }
    }
  });

  test('switching language from any page lands on the same page in the other language', async () => {
    for (const page of PAGES.filter((p) => !p.includes('no-such'))) {
      const res = await t.app.inject(`/sv${page}`);
      const targets = [...res.body.matchAll(/<a [^>]*href="([^"]+)"[^>]*hreflang="(\w\w)"/g)].filter(([, href]) => href!.includes(page || '/'));
      for (const lang of LANGUAGES.filter((l) => l !== 'sv')) {
        const link = targets.find(([, , l]) => l === lang);
        assert.ok(link, `no switcher link to ${lang} on /sv${page}`);
        const followed = await t.app.inject(link![1]!);
        const landed = followed.statusCode === 303 || followed.statusCode === 302 ? followed.headers.location : link![1];
        assert.equal(landed, `/${lang}${page}`);
      }
    }
  });

  test('no interface text is left in English where the language has a translation', async () => {
    const catalogues = await loadAllCatalogues();
    const english = new Set(catalogues.flatMap((c) => strings(c.english)).filter((s) => s.split(' ').length >= 3 && !s.includes('{')));
    for (const lang of LANGUAGES.filter((l): l is Exclude<LanguageCode, 'en'> => l !== 'en')) {
      const own = new Set(catalogues.flatMap((c) => strings(c.get(lang))));
      const untranslatedOnPurpose = [...english].filter((s) => own.has(s));
      for (const page of PAGES) {
        const text = pageLanguageText((await t.app.inject(`/${lang}${page}`)).body);
        const leaked = [...english].filter((s) => !untranslatedOnPurpose.includes(s) && text.includes(s));
        assert.deepEqual(leaked, [], `/${lang}${page}`);
      }
    }
  });

  test('/ sends a browser to its language, and an explicit choice is remembered', async () => {
    const sv = await t.app.inject({ url: '/', headers: { 'accept-language': 'sv-SE,sv;q=0.9,en;q=0.5' } });
    assert.equal(sv.headers.location, '/sv');
    const chosen = await t.app.inject({ url: '/choose-language?lang=de&next=/medicines' });
    assert.equal(chosen.headers.location, '/de/medicines');
    const cookie = String(chosen.headers['set-cookie']).split(';')[0]!;
    const back = await t.app.inject({ url: '/', headers: { 'accept-language': 'sv', cookie } });
    assert.equal(back.headers.location, '/de');
    const away = await t.app.inject({ url: '/choose-language?lang=de&next=//evil.example/' });
    assert.equal(away.headers.location, '/de');
  });

  test('the Swedish Lumykras page shows the Swedish overview; an English fallback is marked lang="en"', async () => {
    const sv = (await t.app.inject('/sv/medicines/human/EPAR/lumykras')).body;
    assert.match(sv, /Hur används Lumykras\?/);
    assert.match(sv, /6 januari 2022/);
    const de = (await t.app.inject('/de/medicines/human/EPAR/lumykras')).body;
    assert.match(de, /lang="en"[^>]*>[\s\S]*How is Lumykras used\?/);
  });
});
