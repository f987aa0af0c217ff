/**
 * Addresses live forever. A medicine's page answers at every address it ever had: an old slug
 * (EMA renames medicines and redirects), a slug in other letter case, a language prefix in
 * capitals, and EMA's own paths without a language prefix, which go to the reader's language.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isLanguageCode } from '../domain/languages.ts';
import { negotiateLanguage } from '../i18n/negotiate.ts';

/** The current address of the medicine a slug (old, or in other case) belongs to. */
export type SlugResolver = (slug: string) => Promise<{ slug: string; category: string } | null>;

// Pages whose addresses exist under every language prefix, with or without one, in any letter case:
// the language (if any), the section, and the rest of the address.
const SECTION_PATH = /^\/(?:([A-Za-z]{2})\/)?(medicines|search|browse|whats-new|open-data)(?=[/?]|$)(.*)$/is;
// Addresses people try for the API's documentation; all lead to the human-readable reference.
const DOCS_PATH = /^\/(?:docs|documentation|api|api\/v1|api-docs|swagger|openapi)\/?(?:\?.*)?$/i;
export const API_DOCS_PATH = '/api/docs';
const MEDICINE_PATH = /^\/([a-z]{2})\/medicines\/(human|veterinary)\/EPAR\/([^/?#]{1,200})(\/[^?#]*)?(\?.*)?$/i;
const LANGUAGE_PREFIX = /^\/([A-Za-z]{2})(\/.*|\?.*)?$/;

function redirect(reply: FastifyReply, status: 301 | 302, location: string): FastifyReply {
  return reply.code(status).header('location', location).header('cache-control', status === 301 ? 'public, max-age=86400' : 'no-store').send();
}

/**
 * Before routing: language prefixes and section names in capitals become lower case (301),
 * language-less page addresses go to the negotiated language (302, varying with
 * Accept-Language, since the answer depends on the reader), keeping their query, and the
 * addresses people guess for the API's documentation go to it. An unknown language code is left
 * to the router, whose 404 page offers a search.
 */
export function registerAddressRedirects(app: FastifyInstance): void {
  // Callback style, not async: every request passes here, and almost all go on unchanged; a
  // promise per request would be work for nothing on the page cache's hot path.
  app.addHook('onRequest', (request, reply, done) => {
    if (!redirected(request, reply)) done();
  });
}

/** Sends the redirect a request's address calls for, if any; whether it did. */
function redirected(request: FastifyRequest, reply: FastifyReply): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const url = request.url;
  const section = SECTION_PATH.exec(url);
  if (section) {
    const [, lang, name = '', rest = ''] = section;
    if (lang === undefined) {
      reply.header('vary', 'Accept-Language');
      redirect(reply, 302, `/${negotiateLanguage(request.headers['accept-language'])}/${name.toLowerCase()}${rest}`);
      return true;
    }
    const lower = lang.toLowerCase();
    if ((lang !== lower || name !== name.toLowerCase()) && isLanguageCode(lower)) {
      redirect(reply, 301, `/${lower}/${name.toLowerCase()}${rest}`);
      return true;
    }
  }
  const prefix = LANGUAGE_PREFIX.exec(url);
  if (prefix && prefix[1] !== prefix[1]!.toLowerCase() && isLanguageCode(prefix[1]!.toLowerCase())) {
    redirect(reply, 301, `/${prefix[1]!.toLowerCase()}${prefix[2] ?? ''}`);
    return true;
  }
  if (DOCS_PATH.test(url)) {
    redirect(reply, 301, API_DOCS_PATH);
    return true;
  }
  return false;
}

/**
 * For a medicine page that is not found: the address it moved to, when the slug is one the
 * medicine had (or the same in other case); null otherwise.
 */
export async function movedMedicineAddress(request: FastifyRequest, resolve: SlugResolver): Promise<string | null> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null;
  const m = MEDICINE_PATH.exec(request.url);
  if (!m) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(m[3]!);
  } catch {
    return null;
  }
  const found = await resolve(slug);
  if (!found) return null;
  const location = `/${m[1]!.toLowerCase()}/medicines/${found.category}/EPAR/${encodeURIComponent(found.slug)}${m[4] ?? ''}${m[5] ?? ''}`;
  // The same address (a sub-page that is missing for another reason) is no move.
  return location === request.url ? null : location;
}

export { redirect as sendRedirect };
