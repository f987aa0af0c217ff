/** Portuguese feed interface strings. */
import type { FeedMessages } from './en.ts';

export const pt: FeedMessages = {
  medicineTitle: '{medicine}: alterações',
  medicineDescription: 'Alterações ao registo de {medicine}: estado, documentos, informação do produto e mais, as mais recentes primeiro.',
  whatsNewTitle: 'Novidades: alterações aos medicamentos',
  whatsNewDescription: 'Alterações aos medicamentos avaliados pela Agência Europeia de Medicamentos, as mais recentes primeiro.',
  searchTitle: 'Alterações aos medicamentos que correspondem a «{query}»',
  searchTitleAll: 'Alterações aos medicamentos de uma pesquisa',
  searchDescription: 'Alterações aos medicamentos que uma pesquisa encontra, as mais recentes primeiro.',
  itemTitle: '{medicine}: {summary}',
  subscribeMedicine: 'Acompanhe as alterações a este medicamento:',
  subscribeSearch: 'Acompanhe as alterações aos medicamentos encontrados:',
  subscribeChanges: 'Acompanhe estas alterações:',
};
