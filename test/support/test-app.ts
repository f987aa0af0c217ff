/**
 * The whole application over a fresh embedded database, for tests that send it requests: one
 * suite opens it in `before` and closes it in `after` (PGlite costs seconds and most of a
 * gigabyte, so a suite shares one). `seed` writes what the suite needs before the app starts.
 */
import { after, before } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createServices, type Services } from '../../src/services.ts';
import { openTestDatabase, type TestDatabase } from './test-database.ts';

export interface TestApp {
  readonly database: TestDatabase;
  readonly services: Services;
  readonly app: FastifyInstance;
}

/** Opens the app for the enclosing suite; its parts are readable from the suite's `before` on. */
export function useTestApp(env: Record<string, string> = {}, seed?: (services: Services, database: TestDatabase) => Promise<void>): TestApp {
  let opened: { database: TestDatabase; services: Services; app: FastifyInstance | null } | null = null;
  before(async () => {
    const database = await openTestDatabase('pglite');
    opened = { database, services: await createServices(loadConfig({ LOG_LEVEL: 'silent', ...env }), { database }), app: null };
    await seed?.(opened.services, database);
    opened.app = await createApp(opened.services, { logger: false });
  });
  after(async () => {
    await opened?.app?.close();
    await opened?.services.webhookWorker.stop();
    await opened?.database.dispose();
  });
  const part = <K extends keyof TestApp>(key: K): TestApp[K] => {
    const value = opened?.[key];
    if (value === null || value === undefined) throw new Error(`the test app's ${key} is used before the suite's before() ran`);
    return value as TestApp[K];
  };
  return {
    get database() {
      return part('database');
    },
    get services() {
      return part('services');
    },
    get app() {
      return part('app');
    },
  };
}
