/**
 * Static assets under content-hashed addresses. At start-up every file in public/ and the Noto
 * Sans subsets the stylesheet names are read, hashed and (text ones) compressed once; each is
 * then served from memory at `/assets/<name>.<hash>.<ext>` with `immutable` for a year, because
 * a changed file gets a new address. Pages take these addresses from the manifest handed to
 * them (`PageContext.assets`). The plain addresses (`/assets/site.css`) keep working through
 * @fastify/static with a short max-age, for anything that kept an old link.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { COMPRESSIBLE, encodingFor, etagForEncoding, precompress, type Precompressed } from './compression.ts';
import { etagMatches } from './conditional-get.ts';

export const PUBLIC_DIR = fileURLToPath(new URL('../../public/', import.meta.url));
export const NOTO_SANS_DIR = fileURLToPath(new URL('../../node_modules/@fontsource/noto-sans/', import.meta.url));
/** The subsets the portal's 26 languages are written in; the stylesheet's @font-face rules name these files. */
export const FONT_SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic'] as const;
export const FONT_WEIGHTS = [400, 700] as const;

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Where each asset is, by its plain address: what templates ask for. */
export interface AssetManifest {
  /** The address to link for a plain one (`/assets/site.css`); an address it does not know is returned as is. */
  url(plain: string): string;
}

interface StoredAsset {
  body: Buffer;
  type: string;
  etag: string;
  compressed?: Precompressed;
}

/** The plain addresses themselves: for pages rendered without an app (template tests, error pages before start-up). */
export const PLAIN_ASSETS: AssetManifest = { url: (plain) => plain };

export class Assets implements AssetManifest {
  /** Hashed address → the file. */
  readonly files = new Map<string, StoredAsset>();
  readonly #urls = new Map<string, string>();

  url(plain: string): string {
    return this.#urls.get(plain) ?? plain;
  }

  add(plain: string, body: Buffer): string {
    const ext = path.extname(plain);
    const hash = createHash('sha256').update(body).digest('base64url').slice(0, 12);
    const hashed = `${plain.slice(0, -ext.length)}.${hash}${ext}`;
    const type = TYPES[ext] ?? 'application/octet-stream';
    this.files.set(hashed, { body, type, etag: `"${hash}"`, ...(COMPRESSIBLE.test(type) ? { compressed: precompress(body) } : {}) });
    this.#urls.set(plain, hashed);
    return hashed;
  }
}

/** The Noto Sans file of one subset and weight, at its plain address. */
export function fontUrl(subset: (typeof FONT_SUBSETS)[number], weight: (typeof FONT_WEIGHTS)[number]): string {
  return `/assets/fonts/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff2`;
}

/**
 * Reads and hashes every asset. Fonts first: the stylesheets' `url(/assets/…)` references are
 * rewritten to the fonts' hashed addresses before the stylesheets themselves are hashed.
 */
export function loadAssets(publicDir = PUBLIC_DIR, fontDir = NOTO_SANS_DIR): Assets {
  const assets = new Assets();
  for (const subset of FONT_SUBSETS) {
    for (const weight of FONT_WEIGHTS) {
      const plain = fontUrl(subset, weight);
      assets.add(plain, readFileSync(path.join(fontDir, 'files', path.basename(plain))));
    }
  }
  for (const name of readdirSync(publicDir).sort()) {
    if (!(path.extname(name) in TYPES)) continue;
    let body = readFileSync(path.join(publicDir, name));
    if (name.endsWith('.css')) {
      body = Buffer.from(body.toString('utf8').replace(/url\((['"]?)(\/assets\/[^'")]+)\1\)/g, (_m, q: string, url: string) => `url(${q}${assets.url(url)}${q})`), 'utf8');
    }
    assets.add(`/assets/${name}`, body);
  }
  return assets;
}

/** A route per hashed address, answering from memory in the coding the client accepts. */
export function registerAssets(app: FastifyInstance, assets: Assets): void {
  for (const [url, file] of assets.files) {
    app.get(url, { schema: { hide: true } }, (request, reply) => {
      const encoding = encodingFor(reply, request.headers['accept-encoding'], file.compressed);
      const etag = etagForEncoding(file.etag, encoding);
      reply.header('cache-control', IMMUTABLE).header('etag', etag).type(file.type);
      if (etagMatches(request.headers['if-none-match'], etag)) return reply.code(304).send();
      if (encoding && file.compressed) return reply.header('content-encoding', encoding).send(file.compressed[encoding]);
      return reply.send(file.body);
    });
  }
}
