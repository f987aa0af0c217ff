/** Spanish interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { Messages } from './en.ts';

export const es: Messages = {
  service: {
    name: 'OpenEPAR',
    tagline: 'Medicamentos evaluados por la Agencia Europea de Medicamentos, en formato de datos abiertos',
  },

  common: {
    skipLink: 'Ir al contenido principal',
    notStated: 'No consta',
    listSeparator: ', ',
    labelled: '{label}: {value}',
    opensInNewWindow: 'se abre en una pestaña nueva',
    backToTop: 'Volver arriba',
  },

  nav: {
    label: 'Navegación principal',
    home: 'Inicio',
    medicines: 'Medicamentos',
    search: 'Búsqueda',
    whatsNew: 'Novedades',
    breadcrumb: 'Ruta de navegación',
  },

  languageSwitcher: {
    label: 'Idioma',
    summary: 'Idioma: {language}',
    current: 'idioma actual',
  },

  footer: {
    heading: 'Acerca de este servicio',
    source: 'Contenido de la Agencia Europea de Medicamentos (EMA), reproducido con mención de la fuente',
    emaWebsite: 'Sitio web de la Agencia Europea de Medicamentos',
    openData: 'Datos abiertos',
    api: 'API JSON',
    openApi: 'Descripción OpenAPI',
    openSource: 'OpenEPAR es software de código abierto.',
  },

  categories: {
    human: 'Uso humano',
    veterinary: 'Uso veterinario',
  },

  categoryMedicine: {
    human: 'Medicamento de uso humano',
    veterinary: 'Medicamento veterinario',
  },

  statuses: {
    'under-evaluation': { label: 'En evaluación', description: 'La EMA está evaluando la solicitud de este medicamento' },
    authorised: { label: 'Autorizado', description: 'Este medicamento está autorizado para su uso en la Unión Europea' },
    opinion: { label: 'Dictamen', description: 'La EMA ha emitido un dictamen sobre este medicamento' },
    'opinion-under-re-examination': {
      label: 'Dictamen en reexamen',
      description: 'El dictamen emitido por la EMA sobre este medicamento se está reexaminando',
    },
    refused: { label: 'Denegado', description: 'Se ha denegado la autorización de este medicamento' },
    'application-withdrawn': { label: 'Solicitud retirada', description: 'Se ha retirado la solicitud relativa a este medicamento' },
    'withdrawn-from-rolling-review': {
      label: 'Retirado de la revisión continua',
      description: 'Este medicamento se ha retirado de la evaluación en el marco de una revisión continua',
    },
    withdrawn: { label: 'Retirado', description: 'Se ha retirado la autorización de este medicamento' },
    suspended: { label: 'Suspendido', description: 'El uso de este medicamento en la Unión Europea está actualmente suspendido' },
    lapsed: { label: 'Caducado', description: 'La autorización de este medicamento ha caducado' },
    expired: { label: 'Expirado', description: 'La autorización de este medicamento ha expirado' },
    revoked: { label: 'Revocado', description: 'Se ha revocado la autorización de este medicamento' },
  },

  lifecycle: {
    label: 'Fases de la evaluación',
    steps: {
      human: {
        application: 'Solicitud en evaluación',
        opinion: 'Dictamen del CHMP',
        decision: 'Decisión de la Comisión Europea',
      },
      veterinary: {
        application: 'Solicitud en evaluación',
        opinion: 'Dictamen del CVMP',
        decision: 'Decisión de la Comisión Europea',
      },
    },
    states: {
      done: 'Completada',
      current: 'Fase actual',
      stopped: 'Interrumpida',
      upcoming: 'No alcanzada',
    },
  },

  flags: {
    moreInfo: 'Para más información, consulte {link}.',
    additionalMonitoring: {
      name: 'Seguimiento adicional',
      description:
        'Este medicamento está sujeto a seguimiento adicional, lo que significa que se controla de forma aún más intensiva que otros medicamentos.',
      symbol:
        'Los medicamentos sujetos a seguimiento adicional llevan un triángulo negro invertido (▼) en su prospecto y en su ficha técnica o resumen de las características del producto.',
      moreInfo: 'Medicamentos sujetos a seguimiento adicional',
    },
    conditionalApproval: {
      name: 'Aprobación condicional',
      description:
        'Este medicamento recibió una autorización de comercialización condicional. Se concedió en interés de la salud pública porque el medicamento responde a una necesidad médica no cubierta y el beneficio de su disponibilidad inmediata es superior al riesgo derivado de disponer de datos menos completos de lo que normalmente se exige.',
      moreInfo: 'Autorización de comercialización condicional',
    },
    exceptionalCircumstances: {
      name: 'Circunstancias excepcionales',
      description:
        'Este medicamento se autorizó en circunstancias excepcionales, porque el solicitante no pudo aportar datos completos sobre la eficacia y la seguridad del medicamento en condiciones normales de uso. Esto puede ocurrir porque la enfermedad que se debe tratar es rara o porque no es posible o no es ético recopilar información completa.',
      moreInfo: 'Orientaciones previas a la autorización',
    },
    acceleratedAssessment: {
      name: 'Evaluación acelerada',
      description:
        'Este medicamento se sometió a una evaluación acelerada. Esto significa que es un medicamento de gran interés para la salud pública, por lo que el plazo para su examen fue de 150 días de evaluación en lugar de 210.',
      moreInfo: 'Evaluación acelerada',
    },
    orphan: {
      name: 'Medicamento huérfano',
      description:
        'Este medicamento fue designado medicamento huérfano. Esto significa que se desarrolló para su uso contra una enfermedad rara, potencialmente mortal o crónicamente debilitante o que, por razones económicas, probablemente no se habría desarrollado sin incentivos.',
      moreInfo: 'Designación de medicamento huérfano',
    },
    generic: {
      name: 'Genérico',
      description:
        'Se trata de un medicamento genérico, desarrollado para ser igual que un medicamento ya autorizado, denominado medicamento de referencia. Un medicamento genérico contiene el mismo o los mismos principios activos que el medicamento de referencia y se utiliza en la misma o las mismas dosis para tratar la misma o las mismas enfermedades.',
      moreInfo: 'Medicamentos genéricos e híbridos',
    },
    biosimilar: {
      name: 'Biosimilar',
      description:
        'Se trata de un medicamento biosimilar, es decir, un medicamento biológico muy similar a otro medicamento biológico ya aprobado, denominado «medicamento de referencia».',
      moreInfo: 'Medicamentos biosimilares',
    },
    advancedTherapy: {
      name: 'Terapia avanzada',
      description:
        'Este medicamento está clasificado como medicamento de terapia avanzada (ATMP): un medicamento de uso humano basado en genes, tejidos o células. Ofrece nuevas oportunidades revolucionarias para el tratamiento de enfermedades y lesiones.',
      moreInfo: 'Medicamentos de terapia avanzada: descripción general',
    },
    prime: {
      name: 'PRIME: medicamento prioritario',
      description:
        'Durante su desarrollo, este medicamento fue admitido en el programa de medicamentos prioritarios (PRIME) de la EMA. PRIME es un programa puesto en marcha por la EMA para reforzar el apoyo al desarrollo de medicamentos dirigidos a una necesidad médica no cubierta. Este programa voluntario se basa en una mayor interacción y un diálogo temprano con los desarrolladores de medicamentos prometedores, con el fin de optimizar los planes de desarrollo y agilizar la evaluación para que estos medicamentos lleguen antes a los pacientes.',
      moreInfo: 'PRIME: medicamentos prioritarios',
    },
  },

  dates: {
    opinionAdopted: 'Adopción del dictamen',
    marketingAuthorisationIssued: 'Concesión de la autorización de comercialización',
    refusal: 'Denegación de la autorización de comercialización',
    applicationWithdrawn: 'Retirada de la solicitud',
    withdrawal: 'Retirada de la autorización de comercialización',
    suspension: 'Suspensión de la autorización de comercialización',
    lapse: 'Caducidad de la autorización de comercialización',
    expiry: 'Expiración de la autorización de comercialización',
    revocation: 'Revocación de la autorización de comercialización',
    pageLastUpdated: 'La EMA actualizó su página por última vez el',
  },

  documentTypes: {
    overview: 'Resumen del medicamento',
    'product-information': 'Información del producto',
    'product-information-tracked-changes': 'Información del producto con control de cambios',
    'amended-product-information': 'Información del producto modificada',
    'all-authorised-presentations': 'Todas las presentaciones autorizadas',
    leaflet: 'Prospecto',
    rmp: 'Plan de gestión de riesgos',
    'rmp-summary': 'Resumen del plan de gestión de riesgos',
    'assessment-report': 'Informe público de evaluación',
    'variation-report': 'Informe de evaluación de una modificación de la autorización de comercialización',
    'scientific-conclusion': 'Conclusiones científicas',
    'scientific-discussion': 'Discusión científica',
    'scientific-discussion-variation': 'Discusión científica de una modificación de la autorización de comercialización',
    'procedural-steps': 'Etapas del procedimiento previas a la autorización',
    'procedural-steps-after': 'Etapas del procedimiento e información científica posteriores a la autorización',
    'steps-after-cutoff': 'Etapas del procedimiento posteriores a la autorización (archivo)',
    'smop-initial': 'Resumen del dictamen',
    smop: 'Resumen del dictamen sobre una modificación de la autorización de comercialización',
    'medicine-qa': 'Preguntas y respuestas',
    'withdrawal-letter': 'Carta de retirada',
    'withdrawal-report': 'Informe de evaluación de la retirada',
    'orphan-maintenance-report': 'Informe de evaluación del mantenimiento de la designación de medicamento huérfano',
    'orphan-maintenance-report-post':
      'Informe de evaluación del mantenimiento de la designación de medicamento huérfano tras la autorización',
    'pip-compliance': 'Verificación del cumplimiento del plan de investigación pediátrica',
    'conditions-member-states': 'Condiciones o restricciones para los Estados miembros de la UE',
    'covid-19-vaccine-safety-update': 'Actualización sobre la seguridad de las vacunas contra la COVID-19',
    'medication-error': 'Información sobre errores de medicación',
    'prac-recommendation': 'Recomendación del PRAC',
    'opinion-any-scientific-matter': 'Dictamen sobre una cuestión científica',
    'public-statement': 'Declaración pública',
    'press-release': 'Comunicado de prensa',
    referral: 'Documento del procedimiento de arbitraje',
    other: 'Documento',
  },

  documents: {
    referenceNumber: 'Número de referencia',
    firstPublished: 'Primera publicación',
    lastUpdated: 'Última actualización',
    languages: {
      one: 'Disponible en {count} idioma',
      many: 'Disponible en {count} idiomas',
      other: 'Disponible en {count} idiomas',
    },
    viewIn: 'Ver {title} en {language}',
    fileDetails: '{format}, {size}',
    notOnline: 'no disponible en línea',
  },

  relatedKinds: {
    'paediatric-investigation-plan': { heading: 'Planes de investigación pediátrica' },
    'post-authorisation-study': { heading: 'Estudios posautorización' },
    'orphan-designation': { heading: 'Designaciones de medicamento huérfano' },
    referral: { heading: 'Procedimientos de arbitraje' },
    other: { heading: 'Otra información' },
  },

  medicine: {
    previousNames: 'Anteriormente denominado {names}',
    activeSubstance: 'Principio activo',
    statusHeading: 'Estado',
    flagsLabel: 'Características reglamentarias',
    contents: 'Contenido de la página',
    sections: {
      overview: 'Resumen',
      productInformation: 'Información del producto',
      productDetails: 'Datos del producto',
      authorisationDetails: 'Datos de la autorización',
      applicationDetails: 'Datos de la solicitud',
      assessmentHistory: 'Historial de la evaluación',
      otherDocuments: 'Otros documentos',
      news: 'Noticias sobre {name}',
      related: 'Más información sobre {name}',
      patientSafety: 'Información sobre la seguridad de los pacientes',
      withdrawalInformation: 'Información relacionada con las retiradas',
      topics: 'Temas',
    },
    overview: {
      fallback: 'Este resumen no está disponible en {language}. Se muestra en {fallback}.',
      fallbackDocument: 'La EMA lo publica en {language} como documento: {link}.',
    },
    productInformation: {
      allLanguages: 'La información del producto de este medicamento está disponible en todas las lenguas oficiales de la UE.',
      contentsIntro: 'Los documentos de información del producto contienen:',
      contents: [
        'ficha técnica o resumen de las características del producto (anexo I);',
        'titular de la autorización de fabricación responsable de la liberación de los lotes (anexo II.A);',
        'condiciones de la autorización de comercialización (anexo II.B);',
        'etiquetado (anexo III.A);',
        'prospecto (anexo III.B).',
      ],
      latestProcedure: 'Último procedimiento que afecta a la información del producto',
    },
    productDetails: {
      name: 'Nombre del medicamento',
      activeSubstance: 'Principio activo',
      inn: 'Denominación común internacional (DCI) o nombre común',
      therapeuticArea: 'Área terapéutica (MeSH)',
      atcCode: 'Código anatómico, terapéutico y químico (ATC)',
      pharmacotherapeuticGroup: 'Grupo farmacoterapéutico',
      therapeuticIndication: 'Indicación terapéutica',
      species: 'Especies',
      atcNotYetAssigned: 'Aún no asignado',
      atcMalformed: 'no es un código ATC válido: se muestra tal como lo publica la EMA',
    },
    authorisation: {
      productNumber: 'Número de producto de la EMA',
      holder: 'Titular de la autorización de comercialización',
      applicant: 'Solicitante de la autorización de comercialización',
      revision: 'Número de revisión de la EMA',
      developer: 'Desarrollador',
      opinionStatus: 'Sentido del dictamen',
      opinionStatuses: { positive: 'Positivo', negative: 'Negativo' },
    },
    news: {
      published: 'Publicado el {date}',
      patientSafetyMarker: 'La EMA ha publicado información sobre la seguridad de los pacientes para este medicamento.',
    },
    source: {
      heading: 'Fuente y datos',
      ema: 'Ver este medicamento en el sitio web de la EMA',
      json: 'Obtener este registro en formato JSON',
    },
  },

  catalogue: {
    title: 'Medicamentos',
    description:
      'Todos los medicamentos que cuentan con un informe público europeo de evaluación (EPAR), con su estado y su área terapéutica.',
    tableCaption: 'Medicamentos',
    showing: {
      one: 'Mostrando {from}–{to} de {count} medicamento',
      many: 'Mostrando {from}–{to} de {count} medicamentos',
      other: 'Mostrando {from}–{to} de {count} medicamentos',
    },
    empty: 'Ningún medicamento coincide con estos filtros.',
    pageOutOfRange: 'No hay medicamentos en esta página.',
    filters: {
      heading: 'Filtrar medicamentos',
      status: 'Estado',
      anyStatus: 'Todos los estados',
      category: 'Tipo de medicamento',
      anyCategory: 'Uso humano y veterinario',
      sort: 'Ordenar por',
      submit: 'Aplicar',
      clear: 'Borrar filtros',
    },
    columns: {
      name: 'Medicamento',
      inn: 'Principio activo (DCI)',
      status: 'Estado',
      therapeuticAreas: 'Área terapéutica',
      authorised: 'Autorización',
      updated: 'Última actualización',
    },
    sortedAscending: 'en orden ascendente',
    sortedDescending: 'en orden descendente',
    sortBy: 'ordenar por {column}',
  },

  sort: {
    name: 'Nombre (de la A a la Z)',
    '-name': 'Nombre (de la Z a la A)',
    authorised: 'Fecha de autorización (primero los más antiguos)',
    '-authorised': 'Fecha de autorización (primero los más recientes)',
    updated: 'Última actualización (primero los más antiguos)',
    '-updated': 'Última actualización (primero los más recientes)',
  },

  pagination: {
    label: 'Páginas',
    previous: 'Página anterior',
    next: 'Página siguiente',
    page: 'Página {page}',
  },

  home: {
    title: 'Encuentre información sobre los medicamentos evaluados en la Unión Europea',
    lede: 'OpenEPAR publica todos los informes públicos europeos de evaluación (EPAR) de la Agencia Europea de Medicamentos (EMA): para qué sirve cada medicamento, si está autorizado, su información del producto en todas las lenguas de la UE y los documentos en los que se basa la decisión.',
    audiences: {
      heading: 'A quién se dirige OpenEPAR',
      patients: {
        title: 'Pacientes y cuidadores',
        text: 'Lea en su idioma un resumen en lenguaje sencillo de un medicamento: para qué se utiliza y cuáles son sus riesgos.',
      },
      prescribers: {
        title: 'Prescriptores y farmacéuticos',
        text: 'Abra la información del producto vigente y compruebe el estado y el último procedimiento que la afecta.',
      },
      researchers: {
        title: 'Investigadores y desarrolladores',
        text: 'Utilice los mismos datos como datos abiertos a través de una API JSON descrita con OpenAPI.',
      },
    },
    search: {
      label: 'Buscar un medicamento',
      hint: 'Introduzca el nombre de un medicamento o un principio activo, por ejemplo, sotorasib',
      button: 'Buscar',
    },
    sample:
      'Este portal contiene solo una muestra de los informes públicos europeos de evaluación (EPAR) de la Agencia Europea de Medicamentos, con su historial a partir de las tablas de datos de la EMA. Número de medicamentos: {count}. Para publicarlos todos, importe el corpus completo con {command}.',
    browseAll: {
      one: 'Consultar {count} medicamento',
      many: 'Consultar los {count} medicamentos',
      other: 'Consultar los {count} medicamentos',
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
      heading: 'Actualizados recientemente',
      none: 'No se ha actualizado ningún medicamento recientemente.',
      updated: 'Actualizado el {date}',
    },
    openData: {
      heading: 'Datos abiertos',
      text: 'Todas las páginas de OpenEPAR están disponibles también como datos, que pueden reutilizarse libremente citando la fuente.',
    },
  },

  errors: {
    status: 'Error {status}',
    notFound: {
      title: 'Página no encontrada',
      message:
        'Si ha escrito la dirección web, compruebe que es correcta. Si ha pegado la dirección web, compruebe que ha copiado la dirección completa.',
    },
    badRequest: {
      title: 'Hay un problema con esta solicitud',
      message: 'La dirección contiene algo que este servicio no entiende. Compruébela e inténtelo de nuevo.',
    },
    serverError: {
      title: 'Lo sentimos, hay un problema con el servicio',
      message: 'Inténtelo de nuevo más tarde.',
    },
    unavailable: {
      title: 'Lo sentimos, el servicio no está disponible',
      message: 'Podrá utilizar el servicio más tarde.',
    },
    home: 'Ir a la página de inicio',
    browse: 'Consultar todos los medicamentos',
  },
};
