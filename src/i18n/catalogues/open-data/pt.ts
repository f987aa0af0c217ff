/** Portuguese open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const pt: OpenDataMessages = {
  footerLink: 'Sobre os dados abertos',
  apiReference: 'Referência da API',
  title: 'Dados abertos',
  description: 'Todos os registos do OpenEPAR como dados abertos: uma API JSON descrita em OpenAPI, feeds RSS e Atom, webhooks assinados e exportações completas, com exemplos.',
  lede: 'Tudo o que está neste sítio está também disponível como dados reutilizáveis: não é necessário registo para os ler.',
  api: {
    heading: 'API JSON',
    text: 'Cada medicamento, o seu histórico completo e a pesquisa estão disponíveis em JSON. A referência da API lista cada ponto de acesso com os seus parâmetros e respostas, e pode experimentá-los no navegador.',
    reference: 'Ler a referência da API',
    openApi: 'Descrição OpenAPI (JSON)',
  },
  feeds: {
    heading: 'Feeds',
    text: 'Acompanhe as alterações em qualquer leitor de feeds: cada medicamento, cada pesquisa e a página de novidades têm um feed RSS e um feed Atom, ligados a partir da página.',
  },
  webhooks: {
    heading: 'Webhooks',
    text: 'Receba um pedido HTTP assinado logo que um medicamento mude, para um medicamento ou para uma pesquisa. As subscrições exigem uma chave de API, emitida pelo operador deste portal.',
  },
  exports: {
    heading: 'Exportações',
    text: 'Descarregue todo o catálogo seguindo a ligação «next» de cada página da lista de medicamentos e mantenha-o atualizado consultando as alterações desde a última descarga.',
  },
  example: 'Exemplo',
  notFound: {
    searchLabel: 'Pesquisar um medicamento',
    searchButton: 'Pesquisar',
    suggestions: 'Pode experimentar',
    searchFor: 'Pesquisar «{words}»',
    apiReference: 'A referência da API, para programadores',
  },
  descriptions: {
    catalogue: 'Todos os medicamentos avaliados pela Agência Europeia de Medicamentos, com o seu estado, empresa e área terapêutica.',
    browse: 'Percorra os medicamentos avaliados pela Agência Europeia de Medicamentos por área terapêutica, empresa ou código ATC.',
    notFound: 'Esta página não existe. Pesquise um medicamento ou percorra o catálogo.',
  },
};
