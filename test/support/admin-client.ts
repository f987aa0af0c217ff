/**
 * A back-office visitor for tests that send the app requests: keeps its cookies like a browser,
 * reads each form's CSRF token from the page, and posts forms from the same origin.
 */
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { StaffRole } from '../../src/domain/access-rules.ts';
import type { Services } from '../../src/services.ts';

export const STAFF_PASSWORD = 'correct horse battery staple';

/** An account of `role` whose password is STAFF_PASSWORD (its one-time password already changed). */
export async function createStaff(services: Services, email: string, role: StaffRole): Promise<{ id: number; email: string }> {
  const { account, password } = await services.accounts.create({ email, role, displayName: email.split('@')[0] }, null);
  const outcome = await services.accounts.changePassword(account, password, STAFF_PASSWORD, null, null);
  if (outcome !== 'changed') throw new Error(`could not set the test password of ${email}`);
  return { id: account.id, email: account.email };
}

export class AdminClient {
  readonly #app: FastifyInstance;
  readonly cookies = new Map<string, string>();
  readonly address: string;

  constructor(app: FastifyInstance, address = '203.0.113.7') {
    this.#app = app;
    this.address = address;
  }

  async request(options: InjectOptions & { url: string }): Promise<LightMyRequestResponse> {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const response = await this.#app.inject({ remoteAddress: this.address, ...options, headers: { ...(cookie ? { cookie } : {}), ...options.headers } });
    for (const c of response.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return response;
  }

  get(url: string, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.request({ method: 'GET', url, headers });
  }

  /** A fresh CSRF token, read from a page's form (the sign-in page by default). */
  async csrfToken(from = '/admin/login'): Promise<string> {
    const page = await this.get(from);
    const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
    if (!token) throw new Error(`no CSRF token on ${from} (status ${page.statusCode})`);
    return token;
  }

  /** Posts a form as a browser on this site would: same-origin headers and the page's token. */
  async post(url: string, fields: Record<string, string>, options: { token?: string | null; headers?: Record<string, string> } = {}): Promise<LightMyRequestResponse> {
    const token = options.token === undefined ? await this.csrfToken() : options.token;
    const body = new URLSearchParams({ ...fields, ...(token === null ? {} : { _csrf: token }) }).toString();
    return this.request({
      method: 'POST',
      url,
      payload: body,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin', origin: 'http://localhost:3000', ...options.headers },
    });
  }

  async signIn(email: string, password = STAFF_PASSWORD): Promise<LightMyRequestResponse> {
    return this.post('/admin/login', { email, password });
  }
}
