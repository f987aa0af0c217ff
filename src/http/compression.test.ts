import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { chooseEncoding, etagForEncoding, precompress } from './compression.ts';

describe('choosing a coding from Accept-Encoding', () => {
  test('brotli is chosen when accepted, gzip when only it is, nothing when neither is', () => {
    assert.equal(chooseEncoding('gzip, deflate, br'), 'br');
    assert.equal(chooseEncoding('gzip, deflate'), 'gzip');
    assert.equal(chooseEncoding('x-gzip'), 'gzip');
    assert.equal(chooseEncoding('deflate'), null);
    assert.equal(chooseEncoding('identity'), null);
    assert.equal(chooseEncoding(undefined), null);
    assert.equal(chooseEncoding(''), null);
  });

  test('a quality of zero refuses a coding and a higher quality wins', () => {
    assert.equal(chooseEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(chooseEncoding('gzip;q=0'), null);
    assert.equal(chooseEncoding('br;q=0.5, gzip;q=0.8'), 'gzip');
    assert.equal(chooseEncoding('br;q=0.0, gzip;q=0'), null);
  });

  test('* stands for any coding not named', () => {
    assert.equal(chooseEncoding('*'), 'br');
    assert.equal(chooseEncoding('br;q=0, *'), 'gzip');
    assert.equal(chooseEncoding('*;q=0'), null);
  });
});

describe('bodies compressed once', () => {
  test('both codings decompress to the body and are smaller than it', () => {
    const body = Buffer.from('<p>Lumykras sotorasib</p>\n'.repeat(400), 'utf8');
    const { br, gzip } = precompress(body);
    assert.ok(brotliDecompressSync(br).equals(body));
    assert.ok(gunzipSync(gzip).equals(body));
    assert.ok(br.length < body.length / 10 && gzip.length < body.length / 10);
  });

  test('each coding has an ETag of its own and the body as is keeps the plain one', () => {
    assert.equal(etagForEncoding('"abc"', null), '"abc"');
    assert.equal(etagForEncoding('"abc"', 'br'), '"abc-br"');
    assert.equal(etagForEncoding('"abc"', 'gzip'), '"abc-gzip"');
  });
});
