import { ImportError } from '../domain/errors.ts';
import type { ProductNumber } from '../domain/identifiers.ts';
import type { MedicineIdentity, MedicinesService } from '../features/medicines/medicines.service.ts';

export interface ResolveOptions {
  /**
   * EMA product numbers printed inside the document, tried when its file name names no medicine
   * we know (EMA names some files after a name the medicine never had in its tables).
   */
  productNumbers?: readonly ProductNumber[];
}

/**
 * Finds the medicine a document belongs to from the slug in its file name. EMA names some
 * documents after an earlier URL ("abasaglar-previously-abasria"), so that form is tried too;
 * then the product numbers found inside the document, when they point at exactly one medicine.
 */
export async function resolveMedicine(medicines: MedicinesService, file: string, slugOrNumber: string | null, options: ResolveOptions = {}): Promise<MedicineIdentity> {
  const numbers = [...new Set(options.productNumbers ?? [])];
  if (!slugOrNumber && numbers.length === 0) throw new ImportError(file, 'the file does not say which medicine it belongs to');
  if (slugOrNumber) {
    const candidates = [slugOrNumber, slugOrNumber.replace(/-previously-.*$/, '')];
    for (const c of candidates) {
      const m = await medicines.identify(c);
      if (m) return m;
    }
    const loose = await medicines.findLoosely(candidates[1]!);
    if (loose) return loose;
  }
  const byNumber = new Map<string, MedicineIdentity>();
  for (const n of numbers) {
    const m = await medicines.identify(n);
    if (m) byNumber.set(m.slug, m);
  }
  const [only, ...others] = byNumber.values();
  if (only && others.length === 0) return only;
  const named = slugOrNumber ? `no medicine "${slugOrNumber}" in the catalogue` : 'the file name names no medicine';
  if (only) {
    throw new ImportError(file, `${named}, and the product numbers inside it (${numbers.join(', ')}) belong to ${byNumber.size} medicines: which one is meant cannot be told`);
  }
  const inside = numbers.length > 0 ? `, nor of the product numbers inside it (${numbers.join(', ')})` : '';
  throw new ImportError(file, `${named}${inside}: import its EPAR page or EMA's table first`);
}
