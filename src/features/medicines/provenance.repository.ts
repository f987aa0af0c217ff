import type { Executor } from './medicines.repository.ts';

export interface ProvenanceRow {
  field: string;
  sourceKind: string;
  sourceReference: string;
  asOf: Date;
  value: unknown;
}

export async function loadProvenance(db: Executor, medicineId: number): Promise<ProvenanceRow[]> {
  const rows = await db
    .selectFrom('field_provenance')
    .select(['field', 'source_kind', 'source_reference', 'as_of', 'value'])
    .where('medicine_id', '=', medicineId)
    .orderBy('field')
    .orderBy('as_of', 'desc')
    .execute();
  return rows.map((r) => ({ field: r.field, sourceKind: r.source_kind, sourceReference: r.source_reference, asOf: new Date(r.as_of), value: r.value }));
}

export async function upsertProvenance(db: Executor, medicineId: number, rows: ProvenanceRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('field_provenance')
    .values(
      rows.map((r) => ({
        medicine_id: medicineId,
        field: r.field,
        source_kind: r.sourceKind,
        source_reference: r.sourceReference,
        as_of: r.asOf,
        value: JSON.stringify(r.value),
      })),
    )
    .onConflict((oc) =>
      oc.columns(['medicine_id', 'field', 'source_kind']).doUpdateSet((eb) => ({
        source_reference: eb.ref('excluded.source_reference'),
        as_of: eb.ref('excluded.as_of'),
        value: eb.ref('excluded.value'),
      })),
    )
    .execute();
}
