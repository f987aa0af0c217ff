/**
 * A local HTTP server for tests of outbound requests: it answers as the test says (any status,
 * headers and body, or never, or by dropping the connection) and records every request, so a
 * test can show that a refused request never arrived and a redirect was never followed.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ScriptedAnswer = { status: number; headers?: Record<string, string>; body?: string | Buffer } | 'hang' | 'reset';

export interface ScriptedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export class ScriptedServer {
  readonly requests: ScriptedRequest[] = [];
  /** How the next request is answered; 200 "ok" unless a test says otherwise. */
  answer: (request: ScriptedRequest) => ScriptedAnswer = () => ({ status: 200, body: 'ok' });
  readonly #server: Server;

  private constructor(server: Server) {
    this.#server = server;
  }

  static async start(): Promise<ScriptedServer> {
    const server = createServer();
    const scripted = new ScriptedServer(server);
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const request = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
        scripted.requests.push(request);
        const answer = scripted.answer(request);
        if (answer === 'reset') req.socket.destroy();
        else if (answer !== 'hang') res.writeHead(answer.status, answer.headers ?? { 'content-type': 'text/plain' }).end(answer.body ?? '');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return scripted;
  }

  get port(): number {
    return (this.#server.address() as AddressInfo).port;
  }

  /** A URL of this server under any host name (which a test's resolver then answers). */
  url(path = '/hook', host = '127.0.0.1'): string {
    return `http://${host}:${this.port}${path}`;
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
