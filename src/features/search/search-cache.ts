/**
 * Answers to identical searches, kept per database snapshot so a kept answer is never stale.
 *
 * The key of an answer includes the snapshot the database would show a new statement
 * (`pg_current_snapshot()`): the set of transactions committed so far. Any commit, by this
 * process or another (an import, a second portal, a test writing SQL by hand, the index catching
 * up after a change), gives later searches another snapshot, so they never find an answer kept
 * before it; reading it is one trivial statement. An answer computed after a commit but kept
 * under the snapshot before it is newer than that key promises, never older.
 *
 * Identical searches arriving while the first is still being answered wait for that one answer
 * instead of each asking the database (ten readers on the same page of "cancer" cost one search).
 * Answers are shared: callers must not change them.
 */
export class SearchCache {
  readonly #max: number;
  readonly #entries = new Map<string, Promise<unknown>>();
  #snapshot: string | null = null;
  #hits = 0;
  #misses = 0;

  /** `maxEntries` 0 keeps nothing: every search goes to the database. */
  constructor(maxEntries: number) {
    this.#max = maxEntries;
  }

  get enabled(): boolean {
    return this.#max > 0;
  }

  /** How often a kept (or in-flight) answer served a search, for benchmarks and logs. */
  get stats(): { hits: number; misses: number; entries: number } {
    return { hits: this.#hits, misses: this.#misses, entries: this.#entries.size };
  }

  /**
   * The answer kept for `key` under `snapshot`, or `compute`'s, kept. Answers of other
   * snapshots are dropped as soon as a new one is seen: they can never be asked for again.
   */
  answer<T>(snapshot: string, key: string, compute: () => Promise<T>): Promise<T> {
    if (this.#max === 0) return compute();
    if (snapshot !== this.#snapshot) {
      this.#entries.clear();
      this.#snapshot = snapshot;
    }
    const kept = this.#entries.get(key);
    if (kept) {
      this.#hits++;
      // Most recently used last, so the least used is the first to go.
      this.#entries.delete(key);
      this.#entries.set(key, kept);
      return kept as Promise<T>;
    }
    this.#misses++;
    const answer = compute();
    this.#entries.set(key, answer);
    if (this.#entries.size > this.#max) this.#entries.delete(this.#entries.keys().next().value!);
    // A failed search (a timeout, a dropped connection) is not an answer: the next one tries again.
    answer.catch(() => {
      if (this.#entries.get(key) === answer) this.#entries.delete(key);
    });
    return answer;
  }

  /** Forgets every answer (a change this process made; the snapshot would tell too). */
  clear(): void {
    this.#entries.clear();
    this.#snapshot = null;
  }
}
