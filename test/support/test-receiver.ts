/**
 * A webhook receiver for tests, on an ephemeral port, that fails on purpose: each request is
 * answered as the next planned behaviour says (then the default), and recorded with whether its
 * signature verified.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignature } from '../../src/features/webhooks/webhook-signing.ts';

/** ok: 200; fail: 500 with a body; hang: never answers (the sender times out); reset: drops the connection. */
export type Behaviour = 'ok' | 'fail' | 'hang' | 'reset';

export interface Received {
  at: number;
  headers: IncomingHttpHeaders;
  body: string;
  behaviour: Behaviour;
  /** Whether the signature verified with the secret of the subscription named in the body. */
  verified: boolean;
  /** The body parsed; null if it was not JSON. */
  json: Record<string, any> | null;
}

export class TestReceiver {
  readonly received: Received[] = [];
  readonly #server: Server;
  readonly #plan: Behaviour[] = [];
  /** Secrets by subscription id, for verifying. */
  readonly secrets = new Map<string, string>();
  defaultBehaviour: Behaviour = 'ok';
  #waiters: (() => void)[] = [];

  private constructor(server: Server) {
    this.#server = server;
  }

  static async start(): Promise<TestReceiver> {
    const server = createServer();
    const receiver = new TestReceiver(server);
    server.on('request', (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const behaviour = receiver.#plan.shift() ?? receiver.defaultBehaviour;
        let json: Record<string, any> | null = null;
        try {
          json = JSON.parse(body) as Record<string, any>;
        } catch {}
        const secret = json ? receiver.secrets.get(String(json.subscription?.id)) : undefined;
        const h = (name: string) => req.headers[name.toLowerCase()] as string | undefined;
        const verified = secret !== undefined && verifySignature(secret, body, h('X-OpenEPAR-Timestamp'), h('X-OpenEPAR-Signature'));
        receiver.received.push({ at: performance.now(), headers: req.headers, body, behaviour, verified, json });
        for (const w of receiver.#waiters.splice(0)) w();
        if (behaviour === 'ok') res.writeHead(200, { 'content-type': 'text/plain' }).end('thanks');
        else if (behaviour === 'fail') res.writeHead(500, { 'content-type': 'text/plain' }).end('receiver failed on purpose');
        else if (behaviour === 'reset') req.socket.destroy();
        // 'hang': no answer; the sender's timeout ends it (and stop() closes the socket).
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}/hook`;
  }

  /** The next requests' behaviours, in order; then `defaultBehaviour`. */
  plan(...behaviours: Behaviour[]): void {
    this.#plan.push(...behaviours);
  }

  /** Resolves once `predicate` holds for what has been received (checked on each request). */
  async until(predicate: (received: Received[]) => boolean, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.received)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`receiver: condition not met within ${timeoutMs} ms (${this.received.length} requests received)`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }
}
