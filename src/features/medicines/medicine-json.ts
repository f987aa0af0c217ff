import { lifecycleOf } from '../../domain/lifecycle.ts';
import { STATUS_LABELS, type Medicine } from '../../domain/medicine.ts';
import type { MedicineJson } from './medicine.schema.ts';

/** The API representation: the domain record plus derived fields a client would otherwise recompute. */
export function toMedicineJson(m: Medicine): MedicineJson {
  const history = m.documents.filter((d) => d.section === 'assessment-history');
  const groups = Map.groupBy(history, (d) => d.group);
  return {
    ...m,
    statusLabel: STATUS_LABELS[m.status],
    lifecycle: lifecycleOf(m.status),
    overview: m.overview as MedicineJson['overview'],
    assessmentHistory: [...groups].map(([group, documents]) => ({ group, documents })),
    links: {
      self: `/api/v1/medicines/${encodeURIComponent(m.slug)}`,
      html: medicinePath('en', m),
    },
  };
}

export function medicinePath(lang: string, m: Pick<Medicine, 'category' | 'slug'>): string {
  return `/${lang}/medicines/${m.category}/EPAR/${encodeURIComponent(m.slug)}`;
}
