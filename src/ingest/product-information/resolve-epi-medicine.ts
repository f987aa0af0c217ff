/**
 * Which medicine of the catalogue an ePI is about. An ePI names its product only by the
 * authorisation numbers of its packs, so it is resolved through EMA's authorised presentations
 * (imported with `openepar import presentations`): the EU numbers it gives must belong to one
 * medicine. A product with national numbers only is a national authorisation, outside EMA's
 * catalogue, and is reported as such; numbers that point at no medicine, or at several, are
 * reported too. Nothing is ever guessed from names.
 */
import type { MedicineIdentity, MedicinesService } from '../../features/medicines/medicines.service.ts';
import type { EpiDocument } from './epi-parser.ts';

export type EpiResolution =
  | {
      kind: 'medicine';
      medicine: MedicineIdentity;
      /** `pack`: its own EU numbers are listed presentations; `authorisation`: other packs of the same authorisation are. */
      matchedBy: 'pack' | 'authorisation';
      euNumbers: string[];
    }
  | { kind: 'outside-catalogue'; reason: string };

export async function resolveEpiMedicine(medicines: Pick<MedicinesService, 'findByEuNumbers'>, epi: Pick<EpiDocument, 'euNumbers' | 'otherAuthorisationNumbers' | 'productName'>): Promise<EpiResolution> {
  const product = epi.productName ? `"${epi.productName}"` : 'the product';
  if (epi.euNumbers.length === 0) {
    const national = epi.otherAuthorisationNumbers;
    return {
      kind: 'outside-catalogue',
      reason:
        national.length > 0
          ? `${product} is a nationally authorised medicine (authorisation number ${national.join(', ')}), not one of EMA's centrally authorised medicines`
          : `${product} gives no EU number: it cannot be told which medicine of the catalogue it belongs to`,
    };
  }
  for (const byAuthorisation of [false, true]) {
    const found = await medicines.findByEuNumbers(epi.euNumbers, { byAuthorisation });
    if (found.length === 1) return { kind: 'medicine', medicine: found[0]!.medicine, matchedBy: byAuthorisation ? 'authorisation' : 'pack', euNumbers: found[0]!.euNumbers };
    if (found.length > 1) {
      return {
        kind: 'outside-catalogue',
        reason: `the EU numbers of ${product} (${epi.euNumbers.join(', ')}) belong to ${found.length} medicines (${found.map((f) => f.medicine.slug).join(', ')}): which one is meant cannot be told`,
      };
    }
  }
  return {
    kind: 'outside-catalogue',
    reason: `no authorised presentation in the catalogue has the EU numbers of ${product} (${epi.euNumbers.join(', ')}); import EMA's authorised presentations first if it is an EMA medicine`,
  };
}
