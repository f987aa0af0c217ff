/** Portuguese export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const pt: ExportsMessages = {
  heading: 'Exportações completas',
  text: 'Transfira todo o catálogo, ou os resultados de qualquer pesquisa (com os mesmos parâmetros da API de pesquisa), em CSV (UTF-8, para folhas de cálculo), Excel, JSON Lines ou Parquet (para DuckDB, pandas e Spark), ou no próprio formato de 39 colunas da Agência Europeia de Medicamentos, que o seu importador de tabelas volta a ler sem alterações.',
  asOf: 'Acrescente asOf=AAAA-MM-DD a uma exportação, à lista de medicamentos ou ao registo de um medicamento para obter o catálogo tal como estava no fim desse dia, a partir do histórico de cada medicamento.',
  dictionaryHeading: 'Dicionário de dados',
  dictionaryText: 'Todas as exportações, exceto o formato da EMA, têm uma linha por medicamento e estas colunas; as listas são separadas por «; », as datas são AAAA-MM-DD e um valor vazio significa desconhecido.',
  schemaLink: 'O mesmo como JSON Table Schema',
  column: 'Coluna',
  type: 'Tipo',
  meaning: 'Significado',
  dumpHeading: 'Última exportação completa',
  dumpIntro: 'Criada em {date}, com o catálogo à data de {asOf}. Verifique cada transferência com a respetiva soma de verificação SHA-256.',
  noDump: 'Este portal ainda não publicou nenhuma exportação completa.',
  file: 'Ficheiro',
  rows: 'Linhas',
  size: 'Tamanho',
  checksum: 'Soma de verificação SHA-256',
  manifestLink: 'Manifesto (JSON)',
};
