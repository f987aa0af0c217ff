import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defineCatalogue, registeredCatalogues } from './catalogue.ts';

interface Greeting {
  hello: string;
}

test('a language without its own translation gets English, and says so', () => {
  const greetings = defineCatalogue<Greeting>('greetings-fallback', { en: { hello: 'Hello' }, sv: { hello: 'Hej' } });
  assert.equal(greetings.get('sv').hello, 'Hej');
  assert.equal(greetings.get('fi').hello, 'Hello');
  assert.equal(greetings.has('sv'), true);
  assert.equal(greetings.has('fi'), false);
  assert.deepEqual([...greetings.languages].sort(), ['en', 'sv']);
  assert.equal(greetings.english.hello, 'Hello');
});

test('a defined catalogue is registered, and a second one of the same name is refused', () => {
  const first = defineCatalogue<Greeting>('greetings-twice', { en: { hello: 'Hello' } });
  assert.ok(registeredCatalogues().includes(first));
  assert.throws(() => defineCatalogue<Greeting>('greetings-twice', { en: { hello: 'Hi' } }), /greetings-twice/);
});
