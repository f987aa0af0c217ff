/**
 * One way of compressing answers for the whole portal. Text answers (HTML, JSON, XML, CSS, SVG,
 * JS) rendered per request are compressed on the way out by @fastify/compress; answers the
 * portal keeps (cached pages, the sitemap, fingerprinted assets) are compressed once when kept,
 * in both codings, and the right bytes are picked per request by `chooseEncoding`, so serving
 * them costs no compression work. Either way the answer says `Vary: Accept-Encoding`.
 */
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { promisify } from 'node:util';
import { brotliCompress, brotliCompressSync, constants, gzip, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/** A body kept in both codings; a client that accepts neither gets the body as is. */
export interface Precompressed {
  br: Buffer;
  gzip: Buffer;
}

/** Types worth compressing: text, and the JSON, XML, SVG and JS forms of it. */
export const COMPRESSIBLE = /^(?:text\/|application\/(?:[\w.+-]+\+)?(?:json|xml|javascript)|image\/svg\+xml)/;

// Brotli's quality 11 takes some 100 ms on a 100 KB page, a slow first view for a few percent
// fewer bytes; 6 takes a few milliseconds and is still well under gzip's size.
const STORED_BROTLI_QUALITY = 6;
// On-the-fly answers (API lists, uncached pages) are compressed per request: cheaper still.
const LIVE_BROTLI_QUALITY = 4;

function brotliOptions(size: number, quality: number) {
  return { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: size, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } };
}

/** Both codings of a body now, on this thread: for bodies of a page's size. */
export function precompress(body: Buffer): Precompressed {
  return { br: brotliCompressSync(body, brotliOptions(body.length, STORED_BROTLI_QUALITY)), gzip: gzipSync(body, { level: 9 }) };
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Both codings in the thread pool: for documents of megabytes (the sitemap). */
export async function precompressAsync(body: string | Buffer): Promise<Precompressed> {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const [br, gz] = await Promise.all([brotliAsync(bytes, brotliOptions(bytes.length, STORED_BROTLI_QUALITY)), gzipAsync(bytes, { level: 9 })]);
  return { br, gzip: gz };
}

/**
 * The coding to answer in for an Accept-Encoding header: brotli when accepted (smaller), gzip
 * otherwise, null for the body as is. `q=0` refuses a coding; `*` stands for any not named.
 */
export function chooseEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  let br: number | undefined;
  let gz: number | undefined;
  let any: number | undefined;
  for (const part of header.toLowerCase().split(',')) {
    const [coding = '', ...params] = part.trim().split(';');
    let q = 1;
    for (const p of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/.exec(p);
      if (m) q = Number(m[1]);
    }
    if (Number.isNaN(q)) continue;
    const name = coding.trim();
    if (name === 'br') br = q;
    else if (name === 'gzip' || name === 'x-gzip') gz = q;
    else if (name === '*') any = q;
  }
  const brQ = br ?? any ?? 0;
  const gzQ = gz ?? any ?? 0;
  if (brQ <= 0 && gzQ <= 0) return null;
  return brQ >= gzQ ? 'br' : 'gzip';
}

/**
 * Sends the kept bytes in the coding the client asked for, with `Vary` so shared caches keep the
 * codings apart. Returns the coding, so the caller can give each its own ETag.
 */
export function encodingFor(reply: FastifyReply, header: string | undefined, compressed: Precompressed | undefined): Encoding | null {
  if (!compressed) return null;
  reply.header('vary', 'accept-encoding');
  return chooseEncoding(header);
}

/** Each coding is a representation of its own, so it gets its own strong ETag (RFC 9110 §8.8.3). */
export function etagForEncoding(etag: string, encoding: Encoding | null): string {
  return encoding ? `${etag.slice(0, -1)}-${encoding}"` : etag;
}

/** On-the-fly compression of every compressible answer not already compressed. */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    customTypes: COMPRESSIBLE,
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: LIVE_BROTLI_QUALITY, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } },
    zlibOptions: { level: 6 },
  });
}
