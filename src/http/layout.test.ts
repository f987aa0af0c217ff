import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LANGUAGES } from '../domain/languages.ts';
import { createPageContext } from '../i18n/i18n.ts';
import { errorPage } from './error-page.template.ts';
import { html } from './html.ts';
import { layout, localisedPath, statusTag, timeTag } from './layout.ts';

const ctx = createPageContext('sv', '/medicines/human/EPAR/lumykras', undefined, 'https://openepar.example');
const page = layout(ctx, {
  title: 'Lumykras',
  description: 'A "quoted" <description>',
  main: html`<h1>Lumykras</h1>`,
  breadcrumbs: [{ label: 'Startsida', href: '/sv' }, { label: 'Lumykras' }],
});

describe('the page layout', () => {
  test('is an HTML5 document in the page language, with the stylesheet and the service name in the title', () => {
    assert.match(page, /^<!DOCTYPE html>\n<html lang="sv">/);
    assert.match(page, /<meta name="viewport" content="width=device-width, initial-scale=1">/);
    assert.match(page, /<link rel="stylesheet" href="\/assets\/site.css">/);
    assert.match(page, /<title>Lumykras – OpenEPAR<\/title>/);
    assert.match(page, /<meta name="description" content="A &quot;quoted&quot; &lt;description&gt;">/);
  });

  test('starts with a skip link to the main landmark', () => {
    const body = page.slice(page.indexOf('<body>'));
    assert.match(body, /^<body>\n<a class="skip-link" href="#main-content">/);
    assert.equal(page.match(/id="main-content"/g)?.length, 1);
    assert.match(page, /<main id="main-content"/);
  });

  test('links every language version of the page in the head, plus a default', () => {
    const alternates = [...page.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/g)];
    assert.equal(alternates.length, LANGUAGES.length + 1);
    assert.ok(alternates.some((m) => m[1] === 'el' && m[2] === 'https://openepar.example/el/medicines/human/EPAR/lumykras'));
    assert.ok(alternates.some((m) => m[1] === 'x-default' && m[2] === 'https://openepar.example/en/medicines/human/EPAR/lumykras'));
    assert.match(page, /<link rel="canonical" href="https:\/\/openepar\.example\/sv\/medicines\/human\/EPAR\/lumykras">/);
  });

  test('without a public origin, leaves out the links that must be absolute rather than print invalid relative ones', () => {
    const local = layout(createPageContext('sv', '/medicines'), { title: 'x', main: html`<h1>x</h1>` });
    assert.doesNotMatch(local, /hreflang="x-default"|rel="canonical"|og:url/);
    assert.match(local, /<meta name="description" content="[^"]+">/, 'a description all the same: the tagline');
  });

  test('escapes < and > inside JSON-LD, so a name cannot end its script element', () => {
    const withData = layout(ctx, { title: 'x', main: html`<h1>x</h1>`, structuredData: [{ '@type': 'Drug', name: '</script><script>alert(1)</script>' }] });
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(withData)![1]!;
    assert.doesNotMatch(json, /[<>]/);
    assert.equal((JSON.parse(json) as { name: string }).name, '</script><script>alert(1)</script>');
  });

  test('leaves the alternates out when asked', () => {
    const error = layout(ctx, { title: 'x', main: errorPage(ctx, { status: 404, ...ctx.t.errors.notFound }), alternates: false });
    assert.doesNotMatch(error, /rel="alternate"/);
    assert.match(error, /<h1 class="heading-xl">/);
  });

  test('switches language with links named in their own language, marked with lang and hreflang', () => {
    const nav = /<nav class="language-switcher"[\s\S]*?<\/nav>/.exec(page)![0];
    assert.equal(nav.match(/<a /g)?.length, LANGUAGES.length);
    assert.match(nav, /<a href="\/el\/medicines\/human\/EPAR\/lumykras" hreflang="el" lang="el">ελληνικά<\/a>/);
    assert.match(nav, /<a href="\/sv\/medicines\/human\/EPAR\/lumykras" hreflang="sv" lang="sv" aria-current="true">svenska<\/a>/);
  });

  test('has the service name, the main navigation with the current section marked, and breadcrumbs', () => {
    assert.match(page, /<a class="site-header__name" href="\/sv">OpenEPAR<\/a>/);
    assert.match(page, /<a class="site-nav__link" href="\/sv\/medicines" aria-current="page">/);
    assert.match(page, /<a class="site-nav__link" href="\/sv\/search">/);
    assert.match(page, /<nav class="breadcrumbs"[^>]*>[\s\S]*<li class="breadcrumbs__item" aria-current="page">Lumykras<\/li>/);
  });

  test('acknowledges EMA as the source and links the open data', () => {
    const english = layout(createPageContext('en', ''), { title: 'OpenEPAR', main: html`<h1>x</h1>` });
    assert.match(english, /<title>OpenEPAR<\/title>/);
    assert.match(english, /Content from the European Medicines Agency \(EMA\), reproduced with acknowledgement of the source/);
    assert.match(english, /href="\/api\/v1\/medicines"/);
    assert.match(english, /href="\/api\/openapi.json"/);
  });

  test('builds the path of the same page in another language', () => {
    assert.equal(localisedPath('de', ''), '/de');
    assert.equal(localisedPath('de', '/'), '/de');
    assert.equal(localisedPath('de', '/medicines'), '/de/medicines');
  });
});

describe('shared components', () => {
  const en = createPageContext('en', '');
  test('a status tag says the status in words', () => {
    assert.equal(statusTag(en, 'suspended').value, '<strong class="tag tag--orange">Suspended</strong>');
  });
  test('a date is a <time> with the ISO date, and nothing when unknown', () => {
    assert.equal(timeTag(en, '2022-01-06').value, '<time datetime="2022-01-06">6 January 2022</time>');
    assert.equal(timeTag(en, null).value, '');
  });
});
