/**
 * Conditional GET for generated documents (feeds, sitemaps): a strong ETag from the body and a
 * Last-Modified from the data, so a feed reader polling every few minutes costs a 304 and no
 * bytes. The ETag is checked first and, when the request has one, alone (RFC 9110 §13.2.2).
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { encodingFor, etagForEncoding, type Precompressed } from './compression.ts';

export interface Document {
  body: string | Buffer;
  type: string;
  /** When what the document shows last changed; null when unknown. */
  lastModified: Date | null;
  cacheControl: string;
  /** Precomputed (a cached document); otherwise taken from the body. */
  etag?: string;
  /**
   * The body compressed once when the document was built (the sitemap, megabytes of text);
   * without it the answer is compressed on the way out like any other (src/http/compression.ts).
   */
  compressed?: Precompressed;
}

export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Whether an If-None-Match header names this ETag (weak comparison, as GET allows). */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => bare(tag) === bare(etag));
}

/** Whether the document is unchanged since an If-Modified-Since date (HTTP dates have whole seconds). */
export function notModifiedSince(header: string | undefined, lastModified: Date | null): boolean {
  if (!header || !lastModified) return false;
  const since = Date.parse(header);
  if (Number.isNaN(since)) return false;
  return Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
}

export function sendDocument(request: FastifyRequest, reply: FastifyReply, doc: Document): FastifyReply {
  const encoding = encodingFor(reply, request.headers['accept-encoding'], doc.compressed);
  const etag = etagForEncoding(doc.etag ?? etagOf(doc.body), encoding);
  reply.header('etag', etag).header('cache-control', doc.cacheControl);
  if (doc.lastModified) reply.header('last-modified', doc.lastModified.toUTCString());
  const ifNoneMatch = request.headers['if-none-match'];
  const unchanged = ifNoneMatch !== undefined ? etagMatches(ifNoneMatch, etag) : notModifiedSince(request.headers['if-modified-since'], doc.lastModified);
  if (unchanged) return reply.code(304).send();
  if (encoding && doc.compressed) return reply.type(doc.type).header('content-encoding', encoding).send(doc.compressed[encoding]);
  return reply.type(doc.type).send(doc.body);
}
