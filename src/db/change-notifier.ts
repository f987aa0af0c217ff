/**
 * Tells every running portal that a medicine changed, so page caches, the search index's
 * derived labels, feeds and sitemaps are never staler than the database. Within one process an
 * event is emitted once the write has committed; across processes (an import from the CLI, a
 * second portal on the same PostgreSQL server) the write also issues `NOTIFY` inside its
 * transaction, which PostgreSQL delivers to every listener when, and only if, it commits.
 */
import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Logger } from 'pino';
import type { Database } from './database.ts';
import type { DB } from './schema.ts';

export interface MedicineChanged {
  slug: string;
  productNumber: string | null;
  revision: number;
}

export const CHANGES_CHANNEL = 'openepar_changes';

interface Notice extends MedicineChanged {
  /** The process that wrote it, which has told its own listeners already. */
  origin: string;
}

export class ChangeNotifier {
  readonly #emitter = new EventEmitter();
  readonly #origin = randomUUID();
  readonly #log: Logger | undefined;
  readonly #notifies: boolean;

  /**
   * `notifies`: whether other processes can hear the database's notices. The embedded database
   * has one owner and no other sessions, so there a notice would be a wasted query per write.
   */
  constructor(log?: Logger, options: { notifies?: boolean } = {}) {
    this.#log = log;
    this.#notifies = options.notifies ?? true;
    // Every cache of a portal listens; more than Node's default of ten is expected.
    this.#emitter.setMaxListeners(100);
  }

  onChange(listener: (event: MedicineChanged) => void): () => void {
    this.#emitter.on('change', listener);
    return () => this.#emitter.off('change', listener);
  }

  /** Inside the write's transaction: other processes hear of the change when it commits. */
  async publish(trx: Transaction<DB> | Kysely<DB>, event: MedicineChanged): Promise<void> {
    if (!this.#notifies) return;
    const notice: Notice = { ...event, origin: this.#origin };
    await sql`select pg_notify(${CHANGES_CHANNEL}, ${JSON.stringify(notice)})`.execute(trx);
  }

  /** After the write's transaction committed: this process's listeners. */
  emitChange(event: MedicineChanged): void {
    this.#emitter.emit('change', event);
  }

  /**
   * Starts hearing other processes' changes. On the embedded database there are none (one
   * process owns its data folder), so this only matters on a server.
   */
  async listen(database: Database): Promise<() => Promise<void>> {
    return database.listen(CHANGES_CHANNEL, (payload) => {
      let notice: Notice;
      try {
        notice = JSON.parse(payload) as Notice;
      } catch {
        this.#log?.warn({ payload: payload.slice(0, 200) }, 'ignored an unreadable change notice');
        return;
      }
      if (notice.origin === this.#origin) return;
      this.emitChange({ slug: notice.slug, productNumber: notice.productNumber, revision: notice.revision });
    });
  }
}
