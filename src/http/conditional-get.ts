/**
 * Conditional GET for generated documents (feeds, sitemaps): a strong ETag from the body and a
 * Last-Modified from the data, so a feed reader polling every few minutes costs a 304 and no
 * bytes. The ETag is checked first and, when the request has one, alone (RFC 9110 §13.2.2).
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

export interface Document {
  body: string | Buffer;
  type: string;
  /** When what the document shows last changed; null when unknown. */
  lastModified: Date | null;
  cacheControl: string;
  /** Precomputed (a cached document); otherwise taken from the body. */
  etag?: string;
  /** The body gzipped, for large documents (the sitemap) sent to clients that accept it. */
  gzip?: Buffer;
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

/** Whether Accept-Encoding allows gzip (named without `q=0`). */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    return (coding === 'gzip' || coding === '*') && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
  });
}

export function sendDocument(request: FastifyRequest, reply: FastifyReply, doc: Document): FastifyReply {
  let etag = doc.etag ?? etagOf(doc.body);
  const gzip = doc.gzip && acceptsGzip(request.headers['accept-encoding']) ? doc.gzip : null;
  if (doc.gzip) reply.header('vary', 'accept-encoding');
  // Each encoding is its own representation, so its own strong ETag.
  if (gzip) etag = `${etag.slice(0, -1)}-gzip"`;
  reply.header('etag', etag).header('cache-control', doc.cacheControl);
  if (doc.lastModified) reply.header('last-modified', doc.lastModified.toUTCString());
  const ifNoneMatch = request.headers['if-none-match'];
  const unchanged = ifNoneMatch !== undefined ? etagMatches(ifNoneMatch, etag) : notModifiedSince(request.headers['if-modified-since'], doc.lastModified);
  if (unchanged) return reply.code(304).send();
  if (gzip) return reply.type(doc.type).header('content-encoding', 'gzip').send(gzip);
  return reply.type(doc.type).send(doc.body);
}
