import assert from 'node:assert/strict';
import { test } from 'node:test';
import { catalogueLanguage, createPageContext, formattersFor, getMessages, interpolateHtml, splitMessage } from './i18n.ts';
import { en } from './catalogues/site/en.ts';
import { html } from '../http/html.ts';

test('dates are printed in the long form of the page language', () => {
  assert.equal(formattersFor('en').date('2022-01-06'), '6 January 2022');
  assert.equal(formattersFor('de').date('2022-01-06'), '6. Januar 2022');
  assert.equal(formattersFor('el').date('2024-12-03'), '3 Δεκεμβρίου 2024');
});

test('a calendar date keeps its day whatever the time zone', () => {
  assert.equal(formattersFor('en').date('2021-12-31'), '31 December 2021');
});

test('a date that cannot be parsed is printed as given rather than hidden', () => {
  assert.equal(formattersFor('en').date('sometime in 2021'), 'sometime in 2021');
});

test('numbers use the language’s grouping', () => {
  assert.equal(formattersFor('en').number(1625), '1,625');
  assert.equal(formattersFor('de').number(1625), '1.625');
});

test('file sizes are in binary units with one decimal and the language’s decimal separator', () => {
  const en = formattersFor('en');
  assert.equal(en.fileSize(139366), '136.1 KB');
  assert.equal(en.fileSize(444416), '434 KB');
  assert.equal(en.fileSize(5578424), '5.3 MB');
  assert.equal(en.fileSize(512), '512 B');
  assert.equal(en.fileSize(1048575), '1 MB');
  assert.match(formattersFor('fr').fileSize(429455), /^419,4\s/);
});

test('plurals follow the language’s plural rules and format the count', () => {
  const f = formattersFor('en');
  assert.equal(f.plural(en.documents.languages, 1), 'Available in 1 language');
  assert.equal(f.plural(en.documents.languages, 25), 'Available in 25 languages');
  assert.equal(f.plural({ one: '{count} medicine', other: '{count} medicines' }, 1625), '1,625 medicines');
});

test('a plural form a catalogue lacks falls back to "other"', () => {
  // Polish picks "few" for 3; a message without it still renders.
  assert.equal(formattersFor('pl').plural({ one: '{count} lek', other: '{count} leki' }, 3), '3 leki');
  assert.equal(formattersFor('pl').plural({ one: '{count} lek', few: '{count} leki', many: '{count} leków', other: '{count} leku' }, 5), '5 leków');
});

test('interpolation fills known placeholders and leaves unknown ones visible', () => {
  const f = formattersFor('en');
  assert.equal(f.interpolate('News on {name}', { name: 'Lumykras' }), 'News on Lumykras');
  assert.equal(f.interpolate('{count} of {total}', { count: 1200 }), '1,200 of {total}');
});

test('interpolating markup escapes the message but not the markup placed in it', () => {
  const out = interpolateHtml('See <{link}> & more', { link: html`<a href="/x">here</a>` });
  assert.equal(out.value, 'See &lt;<a href="/x">here</a>&gt; &amp; more');
});

test('a message can be split around one placeholder', () => {
  assert.deepEqual(splitMessage('View {title} in {language}', 'language', { title: 'PI' }), ['View PI in ', '']);
  assert.deepEqual(splitMessage('Page {page}', 'page'), ['Page ', '']);
});

test('English pages use the English catalogue', () => {
  assert.equal(getMessages('en'), en);
  assert.equal(catalogueLanguage('en'), 'en');
});

test('language names in running text are in the language of the catalogue', () => {
  assert.equal(formattersFor('en').languageName('sv'), 'Swedish');
  assert.equal(formattersFor(catalogueLanguage('de')).languageName('sv'), catalogueLanguage('de') === 'de' ? 'Schwedisch' : 'Swedish');
});

test('a page context carries the language, messages, path and cached formatters', () => {
  const a = createPageContext('fr', '/medicines');
  const b = createPageContext('fr', '/');
  assert.equal(a.lang, 'fr');
  assert.equal(a.path, '/medicines');
  assert.equal(a.t.service.name, 'OpenEPAR');
  assert.equal(a.format, b.format);
  assert.equal(a.format.date('2022-01-06'), '6 janvier 2022');
});
