import { EventEmitter } from 'node:events';

export interface MedicineChanged {
  slug: string;
  productNumber: string | null;
  revision: number;
}

/**
 * Tells interested parts of the running process (the page cache, later feeds and webhooks)
 * that a medicine changed. Emitted only after the write's transaction has committed.
 */
export class MedicineEvents {
  readonly #emitter = new EventEmitter();

  onChange(listener: (event: MedicineChanged) => void): () => void {
    this.#emitter.on('change', listener);
    return () => this.#emitter.off('change', listener);
  }

  emitChange(event: MedicineChanged): void {
    this.#emitter.emit('change', event);
  }
}
