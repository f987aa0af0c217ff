/** Portuguese search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const pt: SearchMessages = {
  title: 'Pesquisar medicamentos',
  titleWithQuery: 'Resultados da pesquisa de «{query}»',
  description:
    'Pesquise qualquer medicamento avaliado pela EMA por nome, substância ativa, doença, empresa ou código, em qualquer língua da UE.',
  form: {
    label: 'Pesquisar medicamentos',
    hint: 'Um medicamento ou substância ativa, uma doença, uma empresa ou um código ATC, por exemplo sotorasib, cancro do pulmão ou L01',
    button: 'Pesquisar',
    sort: 'Ordenar por',
    sortButton: 'Ordenar',
    apply: 'Aplicar filtros',
    clear: 'Limpar filtros',
  },
  sortRelevance: 'Relevância',
  facets: {
    heading: 'Filtrar resultados',
    category: 'Tipo de medicamento',
    status: 'Estado',
    area: 'Área terapêutica',
    atc: 'Código ATC',
    holder: 'Empresa (titular ou requerente)',
    flag: 'Características regulamentares',
    year: 'Ano de autorização',
    count: { one: '{count} resultado', many: '{count} resultados', other: '{count} resultados' },
    browseAll: { area: 'Todas as áreas terapêuticas', holder: 'Todas as empresas', atc: 'Todos os códigos ATC' },
  },
  results: {
    heading: 'Resultados',
    count: { one: '{count} medicamento encontrado', many: '{count} medicamentos encontrados', other: '{count} medicamentos encontrados' },
    range: 'Resultados {from}–{to} de {count}',
    none: 'Nenhum medicamento corresponde à sua pesquisa.',
    noneHelp: ['Verifique a ortografia.', 'Utilize menos palavras ou palavras mais gerais.', 'Remova alguns filtros.'],
    pageOutOfRange: 'Já não existem resultados nesta página.',
    didYouMean: 'Quis dizer {suggestion}?',
    foundIn: 'Encontrado em: {place}',
    match: {
      name: 'nome ou substância ativa',
      facts: 'indicação, área terapêutica, empresa ou código',
      overview: 'resumo do medicamento',
      document: 'informação do medicamento',
    },
    documentPage: '{document}, página {page}',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: 'Páginas de resultados',
    previous: 'Página anterior',
    next: 'Página seguinte',
    first: 'Primeira página',
    position: 'Página {page} de {pages}',
  },
  error: {
    heading: 'Existe um problema',
  },
  browse: {
    title: 'Consultar medicamentos',
    description: 'Todos os medicamentos, agrupados segundo as classificações da EMA. Cada número conduz aos medicamentos correspondentes.',
    byAtc: {
      title: 'Por código ATC',
      description: 'Códigos anatómicos terapêuticos químicos (ATC), com os grupos farmacoterapêuticos que a EMA atribui aos medicamentos.',
      more: 'Códigos do grupo {code}',
    },
    byArea: { title: 'Por área terapêutica', description: 'Áreas terapêuticas (descritores MeSH) atribuídas pela EMA.' },
    byHolder: {
      title: 'Por empresa',
      description: 'Titulares da autorização de introdução no mercado ou, no caso de medicamentos nunca autorizados, requerentes.',
    },
    byStatus: { title: 'Por estado', description: 'A situação de cada medicamento relativamente à autorização.' },
    count: { one: '{count} medicamento', many: '{count} medicamentos', other: '{count} medicamentos' },
    lettersLabel: 'Ir para a letra',
    noLabel: 'Grupo não indicado',
    atcCode: 'Código ATC {code}',
  },
  suggest: {
    medicine: 'Medicamento',
    substance: 'Substância ativa',
    area: 'Área terapêutica',
  },
};
