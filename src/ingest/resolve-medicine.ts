import { ImportError } from '../domain/errors.ts';
import type { Medicine } from '../domain/medicine.ts';
import type { MedicinesService } from '../features/medicines/medicines.service.ts';

/**
 * Finds the medicine a document belongs to from the slug in its file name. EMA names some
 * documents after an earlier URL ("abasaglar-previously-abasria"), so that form is tried too.
 */
export async function resolveMedicine(medicines: MedicinesService, file: string, slugOrNumber: string | null): Promise<Medicine> {
  if (!slugOrNumber) throw new ImportError(file, 'the file does not say which medicine it belongs to');
  const candidates = [slugOrNumber, slugOrNumber.replace(/-previously-.*$/, '')];
  for (const c of candidates) {
    const m = await medicines.get(c);
    if (m) return m;
  }
  const loose = await medicines.findLoosely(candidates[1]!);
  if (loose) return loose;
  throw new ImportError(file, `no medicine "${slugOrNumber}" in the catalogue: import its EPAR page or EMA's table first`);
}
