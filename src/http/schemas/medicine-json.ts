import { lifecycleOf } from '../../domain/lifecycle.ts';
import { STATUS_LABELS, type Medicine } from '../../domain/medicine.ts';
import type { MedicineJson } from './medicine.schema.ts';
import { apiMedicinePath, medicinePath } from '../paths.ts';

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
      self: apiMedicinePath(m),
      html: medicinePath('en', m),
    },
  };
}

