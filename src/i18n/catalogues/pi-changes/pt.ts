/** Portuguese strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const pt: PiChangesMessages = {
  title: 'O que mudou na informação do medicamento {name}',
  description: 'As secções da informação do medicamento {name} que diferem entre duas versões, palavra a palavra.',
  lede: 'As secções que diferem entre duas versões da informação do medicamento, palavra a palavra: as palavras removidas aparecem riscadas e as acrescentadas sublinhadas.',
  formHeading: 'Versões a comparar',
  language: 'Língua do documento',
  from: 'Versão anterior',
  to: 'Versão mais recente',
  compare: 'Comparar',
  versionOption: '{date}, {source}',
  undated: 'sem data',
  comparing: 'Versão de {to} comparada com a versão de {from}',
  procedure: 'Procedimento de que resultou a versão mais recente: {procedure}',
  first: 'Esta é a primeira versão disponível nesta língua: todas as secções são apresentadas como acrescentadas.',
  none: 'Nenhuma secção difere entre estas duas versões.',
  noVersions: 'Não existe informação do medicamento nesta língua.',
  changed: 'Alterada',
  added: 'Acrescentada',
  removed: 'Removida',
  headingBefore: 'Título anterior: {heading}',
  readSection: 'Ler esta secção',
  count: 'Secções que diferem: {count}',
};
