/**
 * The one logger: pino, structured JSON on standard error (standard output belongs to the CLI's
 * own output, such as `--json` summaries). Fastify uses this same instance, adding request ids;
 * the database layer, the webhook worker and the CLI take it from `createServices`.
 */
import { pino, type Logger } from 'pino';
import type { Config } from './config.ts';

export type { Logger } from 'pino';

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: { service: 'openepar' } }, pino.destination(2));
}
