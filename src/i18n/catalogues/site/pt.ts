/** Portuguese interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const pt: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Medicamentos avaliados pela Agência Europeia de Medicamentos, em formato de dados abertos',
  },

  common: {
    skipLink: 'Passar para o conteúdo principal',
    notStated: 'Não indicado',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'abre num novo separador',
    backToTop: 'Voltar ao início',
  },

  nav: {
    label: 'Principal',
    home: 'Página inicial',
    medicines: 'Medicamentos',
    search: 'Pesquisar',
    whatsNew: 'Novidades',
    breadcrumb: 'Localização na página',
  },

  languageSwitcher: {
    label: 'Língua',
    summary: 'Língua: {language}',
    current: 'língua atual',
  },

  footer: {
    heading: 'Sobre este serviço',
    source: 'Conteúdo da Agência Europeia de Medicamentos (EMA), reproduzido mediante indicação da fonte',
    emaWebsite: 'Sítio Web da Agência Europeia de Medicamentos',
    openData: 'Dados abertos',
    api: 'API JSON',
    openApi: 'Descrição OpenAPI',
    openSource: 'O OpenEPAR é software de código aberto.',
  },

  categories: {
    human: 'Uso humano',
    veterinary: 'Uso veterinário',
  },

  categoryMedicine: {
    human: 'Medicamento para uso humano',
    veterinary: 'Medicamento veterinário',
  },

  statuses: {
    'under-evaluation': { label: 'Em avaliação', description: 'A EMA está a avaliar o pedido relativo a este medicamento' },
    authorised: { label: 'Autorizado', description: 'Este medicamento está autorizado para utilização na União Europeia' },
    opinion: { label: 'Parecer', description: 'A EMA emitiu um parecer sobre este medicamento' },
    'opinion-under-re-examination': {
      label: 'Parecer em reexame',
      description: 'O parecer emitido pela EMA sobre este medicamento está a ser reexaminado',
    },
    refused: { label: 'Recusado', description: 'A autorização deste medicamento foi recusada' },
    'application-withdrawn': { label: 'Pedido retirado', description: 'O pedido de autorização deste medicamento foi retirado' },
    'withdrawn-from-rolling-review': {
      label: 'Retirado da revisão contínua',
      description: 'Este medicamento foi retirado da avaliação no âmbito da revisão contínua',
    },
    withdrawn: { label: 'Retirado', description: 'A autorização deste medicamento foi retirada' },
    suspended: { label: 'Suspenso', description: 'A utilização deste medicamento na União Europeia está atualmente suspensa' },
    lapsed: { label: 'Caducado', description: 'A autorização deste medicamento caducou' },
    expired: { label: 'Expirado', description: 'A autorização deste medicamento expirou' },
    revoked: { label: 'Revogado', description: 'A autorização deste medicamento foi revogada' },
  },

  lifecycle: {
    label: 'Fases da avaliação',
    steps: {
      human: {
        application: 'Pedido em avaliação',
        opinion: 'Parecer do CHMP',
        decision: 'Decisão da Comissão Europeia',
      },
      veterinary: {
        application: 'Pedido em avaliação',
        opinion: 'Parecer do CVMP',
        decision: 'Decisão da Comissão Europeia',
      },
    },
    states: {
      done: 'Concluída',
      current: 'Fase atual',
      stopped: 'Interrompida',
      upcoming: 'Não alcançada',
    },
  },

  flags: {
    moreInfo: 'Para mais informações, consulte {link}.',
    additionalMonitoring: {
      name: 'Monitorização adicional',
      description:
        'Este medicamento está sujeito a monitorização adicional, o que significa que é monitorizado de forma ainda mais intensiva do que outros medicamentos.',
      symbol:
        'Os medicamentos sujeitos a monitorização adicional apresentam um triângulo preto invertido (▼) no folheto informativo e no resumo das características do medicamento.',
      moreInfo: 'Medicamentos sujeitos a monitorização adicional',
    },
    conditionalApproval: {
      name: 'Autorização condicional',
      description:
        'Este medicamento recebeu uma autorização de introdução no mercado condicional. Esta foi concedida no interesse da saúde pública, porque o medicamento responde a uma necessidade médica não satisfeita e o benefício da sua disponibilidade imediata é superior ao risco decorrente de dados menos completos do que os normalmente exigidos.',
      moreInfo: 'Autorização de introdução no mercado condicional',
    },
    exceptionalCircumstances: {
      name: 'Circunstâncias excecionais',
      description:
        'Este medicamento foi autorizado em circunstâncias excecionais, porque o requerente não pôde fornecer dados completos sobre a eficácia e a segurança do medicamento em condições normais de utilização. Tal pode acontecer porque a doença a tratar é rara ou porque a recolha de informações completas não é possível ou não é ética.',
      moreInfo: 'Orientações anteriores à autorização',
    },
    acceleratedAssessment: {
      name: 'Avaliação acelerada',
      description:
        'Este medicamento foi objeto de uma avaliação acelerada. Isto significa que se trata de um medicamento de grande interesse para a saúde pública, pelo que o prazo da sua avaliação foi de 150 dias de avaliação em vez de 210.',
      moreInfo: 'Avaliação acelerada',
    },
    orphan: {
      name: 'Medicamento órfão',
      description:
        'Este medicamento foi designado medicamento órfão. Isto significa que foi desenvolvido para utilização contra uma doença rara, potencialmente fatal ou cronicamente debilitante ou que, por razões económicas, dificilmente teria sido desenvolvido sem incentivos.',
      moreInfo: 'Designação de medicamento órfão',
    },
    generic: {
      name: 'Medicamento genérico',
      description:
        'Este é um medicamento genérico, desenvolvido para ser igual a um medicamento já autorizado, denominado medicamento de referência. Um medicamento genérico contém a(s) mesma(s) substância(s) ativa(s) que o medicamento de referência e é utilizado na(s) mesma(s) dose(s) para tratar a(s) mesma(s) doença(s).',
      moreInfo: 'Medicamentos genéricos e híbridos',
    },
    biosimilar: {
      name: 'Medicamento biossimilar',
      description:
        'Este é um medicamento biossimilar, ou seja, um medicamento biológico muito semelhante a outro medicamento biológico já aprovado, denominado «medicamento de referência».',
      moreInfo: 'Medicamentos biossimilares',
    },
    advancedTherapy: {
      name: 'Terapia avançada',
      description:
        'Este medicamento está classificado como medicamento de terapia avançada (ATMP): um medicamento para uso humano baseado em genes, tecidos ou células. Oferece novas oportunidades inovadoras para o tratamento de doenças e lesões.',
      moreInfo: 'Medicamentos de terapia avançada: panorama geral',
    },
    prime: {
      name: 'PRIME: medicamento prioritário',
      description:
        'Este medicamento foi admitido no regime de medicamentos prioritários (PRIME) da EMA durante o seu desenvolvimento. O PRIME é um regime lançado pela EMA para reforçar o apoio ao desenvolvimento de medicamentos que visam uma necessidade médica não satisfeita. Este regime voluntário assenta numa interação reforçada e num diálogo precoce com os criadores de medicamentos promissores, a fim de otimizar os planos de desenvolvimento e acelerar a avaliação, para que estes medicamentos possam chegar mais cedo aos doentes.',
      moreInfo: 'PRIME: medicamentos prioritários',
    },
  },

  dates: {
    opinionAdopted: 'Parecer adotado',
    marketingAuthorisationIssued: 'Autorização de introdução no mercado concedida',
    refusal: 'Recusa da autorização de introdução no mercado',
    applicationWithdrawn: 'Retirada do pedido',
    withdrawal: 'Retirada da autorização de introdução no mercado',
    suspension: 'Suspensão da autorização de introdução no mercado',
    lapse: 'Caducidade da autorização de introdução no mercado',
    expiry: 'Termo da validade da autorização de introdução no mercado',
    revocation: 'Revogação da autorização de introdução no mercado',
    pageLastUpdated: 'A EMA atualizou a sua página pela última vez em',
  },

  documentTypes: {
    overview: 'Resumo do medicamento',
    'product-information': 'Informação do medicamento',
    'product-information-tracked-changes': 'Informação do medicamento com alterações registadas',
    'amended-product-information': 'Informação do medicamento alterada',
    'all-authorised-presentations': 'Todas as apresentações autorizadas',
    leaflet: 'Folheto informativo',
    rmp: 'Plano de gestão do risco',
    'rmp-summary': 'Resumo do plano de gestão do risco',
    'assessment-report': 'Relatório público de avaliação',
    'variation-report': 'Relatório de avaliação de uma alteração da autorização de introdução no mercado',
    'scientific-conclusion': 'Conclusões científicas',
    'scientific-discussion': 'Discussão científica',
    'scientific-discussion-variation': 'Discussão científica de uma alteração da autorização de introdução no mercado',
    'procedural-steps': 'Etapas processuais anteriores à autorização',
    'procedural-steps-after': 'Etapas processuais e informação científica posteriores à autorização',
    'steps-after-cutoff': 'Etapas processuais posteriores à autorização (arquivo)',
    'smop-initial': 'Resumo do parecer',
    smop: 'Resumo do parecer sobre uma alteração da autorização de introdução no mercado',
    'medicine-qa': 'Perguntas e respostas',
    'withdrawal-letter': 'Carta de retirada',
    'withdrawal-report': 'Relatório de avaliação da retirada',
    'orphan-maintenance-report': 'Relatório de avaliação da manutenção da designação de medicamento órfão',
    'orphan-maintenance-report-post': 'Relatório de avaliação da manutenção da designação de medicamento órfão após a autorização',
    'pip-compliance': 'Verificação da conformidade com o plano de investigação pediátrica',
    'conditions-member-states': 'Condições ou restrições para os Estados-Membros da UE',
    'covid-19-vaccine-safety-update': 'Atualização de segurança da vacina contra a COVID-19',
    'medication-error': 'Informação sobre erros de medicação',
    'prac-recommendation': 'Recomendação do PRAC',
    'opinion-any-scientific-matter': 'Parecer sobre uma questão científica',
    'public-statement': 'Declaração pública',
    'press-release': 'Comunicado de imprensa',
    referral: 'Documento de procedimento de consulta',
    other: 'Documento',
  },

  documents: {
    referenceNumber: 'Número de referência',
    firstPublished: 'Primeira publicação',
    lastUpdated: 'Última atualização',
    languages: {
      one: 'Disponível em {count} língua',
      many: 'Disponível em {count} línguas',
      other: 'Disponível em {count} línguas',
    },
    viewIn: 'Ver {title} em {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'não disponível em linha',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Planos de investigação pediátrica' },
    'post-authorisation-study': { heading: 'Estudos pós-autorização' },
    'orphan-designation': { heading: 'Designações de medicamento órfão' },
    referral: { heading: 'Procedimentos de consulta' },
    other: { heading: 'Outras informações' },
  },

  medicine: {
    previousNames: 'Anteriormente conhecido como {names}',
    activeSubstance: 'Substância ativa',
    statusHeading: 'Estado',
    flagsLabel: 'Características regulamentares',
    contents: 'Conteúdo da página',
    sections: {
      overview: 'Resumo',
      productInformation: 'Informação do medicamento',
      productDetails: 'Dados do medicamento',
      authorisationDetails: 'Dados da autorização',
      applicationDetails: 'Dados do pedido',
      assessmentHistory: 'Historial da avaliação',
      otherDocuments: 'Outros documentos',
      news: 'Notícias sobre {name}',
      related: 'Mais informações sobre {name}',
      patientSafety: 'Informações sobre a segurança dos doentes',
      withdrawalInformation: 'Informações relacionadas sobre retiradas',
      topics: 'Temas',
    },
    overview: {
      fallback: 'Este resumo não está disponível em {language}. É apresentado em {fallback}.',
      fallbackDocument: 'A EMA publica-o em {language} como documento: {link}.',
    },
    productInformation: {
      allLanguages: 'A informação deste medicamento está disponível em todas as línguas oficiais da UE.',
      contentsIntro: 'Os documentos da informação do medicamento contêm:',
      contents: [
        'resumo das características do medicamento (anexo I);',
        'fabricante responsável pela libertação do lote (anexo II-A);',
        'condições da autorização de introdução no mercado (anexo II-B);',
        'rotulagem (anexo III-A);',
        'folheto informativo (anexo III-B).',
      ],
      latestProcedure: 'Último procedimento com impacto na informação do medicamento',
    },
    productDetails: {
      name: 'Nome do medicamento',
      activeSubstance: 'Substância ativa',
      inn: 'Denominação comum internacional (DCI) ou nome comum',
      therapeuticArea: 'Área terapêutica (MeSH)',
      atcCode: 'Código anatómico terapêutico químico (ATC)',
      pharmacotherapeuticGroup: 'Grupo farmacoterapêutico',
      therapeuticIndication: 'Indicação terapêutica',
      species: 'Espécies',
      atcNotYetAssigned: 'Ainda não atribuído',
      atcMalformed: 'código ATC inválido: apresentado tal como a EMA o publica',
    },
    authorisation: {
      productNumber: 'Número de produto da EMA',
      holder: 'Titular da autorização de introdução no mercado',
      applicant: 'Requerente da autorização de introdução no mercado',
      revision: 'Número de revisão da EMA',
      developer: 'Desenvolvedor',
      opinionStatus: 'Sentido do parecer',
      opinionStatuses: { positive: 'Positivo', negative: 'Negativo' },
    },
    news: {
      published: 'Publicado em {date}',
      patientSafetyMarker: 'A EMA publicou informações sobre a segurança dos doentes relativas a este medicamento.',
    },
    source: {
      heading: 'Fonte e dados',
      ema: 'Ver este medicamento no sítio Web da EMA',
      json: 'Obter este registo em JSON',
    },
  },

  catalogue: {
    title: 'Medicamentos',
    description: 'Todos os medicamentos com um relatório público europeu de avaliação (EPAR), com o respetivo estado e área terapêutica.',
    tableCaption: 'Medicamentos',
    showing: {
      one: 'A mostrar {from}–{to} de {count} medicamento',
      many: 'A mostrar {from}–{to} de {count} medicamentos',
      other: 'A mostrar {from}–{to} de {count} medicamentos',
    },
    empty: 'Nenhum medicamento corresponde a estes filtros.',
    pageOutOfRange: 'Não existem medicamentos nesta página.',
    filters: {
      heading: 'Filtrar medicamentos',
      status: 'Estado',
      anyStatus: 'Todos os estados',
      category: 'Tipo de medicamento',
      anyCategory: 'Uso humano e veterinário',
      sort: 'Ordenar por',
      submit: 'Aplicar',
      clear: 'Limpar filtros',
    },
    columns: {
      name: 'Medicamento',
      inn: 'Substância ativa (DCI)',
      status: 'Estado',
      therapeuticAreas: 'Área terapêutica',
      authorised: 'Autorizado',
      updated: 'Última atualização',
    },
    sortedAscending: 'ordenado por ordem crescente',
    sortedDescending: 'ordenado por ordem decrescente',
    sortBy: 'ordenar por {column}',
  },

  sort: {
    name: 'Nome (A a Z)',
    '-name': 'Nome (Z a A)',
    authorised: 'Data de autorização (mais antigos primeiro)',
    '-authorised': 'Data de autorização (mais recentes primeiro)',
    updated: 'Última atualização (mais antigos primeiro)',
    '-updated': 'Última atualização (mais recentes primeiro)',
  },

  pagination: {
    label: 'Páginas',
    previous: 'Página anterior',
    next: 'Página seguinte',
    page: 'Página {page}',
  },

  home: {
    title: 'Encontre informações sobre medicamentos avaliados na União Europeia',
    lede: 'O OpenEPAR publica todos os relatórios públicos europeus de avaliação (EPAR) da Agência Europeia de Medicamentos (EMA): para que serve cada medicamento, se está autorizado, a informação do medicamento em todas as línguas da UE e os documentos em que se baseia a decisão.',
    audiences: {
      heading: 'A quem se destina o OpenEPAR',
      patients: {
        title: 'Doentes e cuidadores',
        text: 'Leia, na sua língua, um resumo em linguagem simples de um medicamento, para que é utilizado e quais são os seus riscos.',
      },
      prescribers: {
        title: 'Prescritores e farmacêuticos',
        text: 'Abra a informação do medicamento em vigor e verifique o estado e o último procedimento com impacto na mesma.',
      },
      researchers: {
        title: 'Investigadores e programadores',
        text: 'Utilize os mesmos dados como dados abertos através de uma API JSON descrita com OpenAPI.',
      },
    },
    search: {
      label: 'Pesquisar um medicamento',
      hint: 'Introduza o nome de um medicamento ou de uma substância ativa, por exemplo sotorasib',
      button: 'Pesquisar',
    },
    sample:
      'Este portal contém apenas uma amostra dos relatórios públicos europeus de avaliação (EPAR) da Agência Europeia de Medicamentos, com o respetivo histórico a partir das tabelas de dados da EMA. Número de medicamentos: {count}. Para publicar todos, importe o corpus completo com {command}.',
    browseAll: {
      one: 'Consultar {count} medicamento',
      many: 'Consultar todos os {count} medicamentos',
      other: 'Consultar todos os {count} medicamentos',
    },
    byStatus: {
      heading: 'Medicamentos por estado',
      caption: 'Número de medicamentos por estado',
      status: 'Estado',
      count: 'Número de medicamentos',
      link: {
        one: '{count} medicamento: {status}',
        many: '{count} medicamentos: {status}',
        other: '{count} medicamentos: {status}',
      },
    },
    recent: {
      heading: 'Atualizados recentemente',
      none: 'Nenhum medicamento foi atualizado recentemente.',
      updated: 'Atualizado em {date}',
    },
    openData: {
      heading: 'Dados abertos',
      text: 'Todas as páginas do OpenEPAR estão também disponíveis como dados, de reutilização livre mediante indicação da fonte.',
    },
  },

  errors: {
    status: 'Erro {status}',
    notFound: {
      title: 'Página não encontrada',
      message:
        'Se escreveu o endereço Web, verifique se está correto. Se colou o endereço Web, verifique se copiou o endereço completo.',
    },
    badRequest: {
      title: 'Existe um problema com este pedido',
      message: 'O endereço contém algo que este serviço não compreende. Verifique-o e tente novamente.',
    },
    serverError: {
      title: 'Lamentamos, mas existe um problema com o serviço',
      message: 'Tente novamente mais tarde.',
    },
    unavailable: {
      title: 'Lamentamos, mas o serviço não está disponível',
      message: 'Poderá utilizar o serviço mais tarde.',
    },
    home: 'Ir para a página inicial',
    browse: 'Consultar todos os medicamentos',
  },
};
