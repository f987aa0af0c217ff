/**
 * Section-level history of product information: each new version of a medicine's product
 * information in a language becomes an observation of the medicine (its sections' fingerprints,
 * as of the version's date), so the medicine's history gains an entry of kind
 * `product-information` naming the sections that changed ("4.2 Posology …"), in the order of
 * the versions' dates rather than of their imports, through the one write service. Feeds and
 * webhooks carry it like any other entry.
 *
 * Plugged into `ProductInformationService.saveVersion` as its `PiRevisionRecorder`: it runs in
 * the transaction that stores the version, so a version and its history entry commit together.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { digestOf } from '../../domain/product-information-diff.ts';
import type { MedicineWriteService } from '../medicines/medicine-write.service.ts';
import type { PiRevisionRecorder, PiVersionSaved } from './product-information.service.ts';

export class SectionHistoryRecorder implements PiRevisionRecorder {
  readonly #writer: Pick<MedicineWriteService, 'assertWithin'>;

  constructor(writer: Pick<MedicineWriteService, 'assertWithin'>) {
    this.#writer = writer;
  }

  async recordRevision(trx: Transaction<DB>, change: PiVersionSaved): Promise<void> {
    const { medicine, saved, sections } = change;
    const digest = digestOf(sections, saved.versionDate, saved.procedure);
    // An undated version speaks as of its import.
    const asOf = saved.versionDate ? new Date(`${saved.versionDate}T00:00:00Z`) : new Date(saved.importedAt);
    await this.#writer.assertWithin(
      trx,
      { productNumber: medicine.productNumber, slug: medicine.slug },
      { productInformation: { [saved.lang]: digest } },
      { kind: 'document', reference: saved.source.file, asOf },
    );
  }
}
