/** Spanish feed interface strings. */
import type { FeedMessages } from './en.ts';

export const es: FeedMessages = {
  medicineTitle: '{medicine}: cambios',
  medicineDescription: 'Cambios en la ficha de {medicine}: situación, documentos, información del producto y más, los más recientes primero.',
  whatsNewTitle: 'Novedades: cambios en los medicamentos',
  whatsNewDescription: 'Cambios en los medicamentos evaluados por la Agencia Europea de Medicamentos, los más recientes primero.',
  searchTitle: 'Cambios en los medicamentos que coinciden con «{query}»',
  searchTitleAll: 'Cambios en los medicamentos de una búsqueda',
  searchDescription: 'Cambios en los medicamentos que encuentra una búsqueda, los más recientes primero.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Siga los cambios de este medicamento:',
  subscribeSearch: 'Siga los cambios de los medicamentos encontrados:',
  subscribeChanges: 'Siga estos cambios:',
};
