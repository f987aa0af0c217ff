/** Spanish search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const es: SearchMessages = {
  title: 'Buscar medicamentos',
  titleWithQuery: 'Resultados de la búsqueda de «{query}»',
  description:
    'Busque cualquier medicamento evaluado por la EMA por nombre, principio activo, enfermedad, empresa o código, en cualquier lengua de la UE.',
  form: {
    label: 'Buscar medicamentos',
    hint: 'Un medicamento o principio activo, una enfermedad, una empresa o un código ATC, por ejemplo, sotorasib, cáncer de pulmón o L01',
    button: 'Buscar',
    sort: 'Ordenar por',
    sortButton: 'Ordenar',
    apply: 'Aplicar filtros',
    clear: 'Borrar filtros',
    sectionLabel: 'Solo en esta sección de la información del producto',
    sectionHint: 'Su número, por ejemplo 4.3 para contraindicaciones o 4.8 para reacciones adversas',
  },
  sortRelevance: 'Más relevantes',
  facets: {
    heading: 'Filtrar resultados',
    category: 'Tipo de medicamento',
    status: 'Estado',
    area: 'Área terapéutica',
    atc: 'Código ATC',
    holder: 'Empresa (titular o solicitante)',
    flag: 'Características reglamentarias',
    year: 'Año de autorización',
    count: { one: '{count} resultado', many: '{count} resultados', other: '{count} resultados' },
    browseAll: { area: 'Todas las áreas terapéuticas', holder: 'Todas las empresas', atc: 'Todos los códigos ATC' },
  },
  results: {
    heading: 'Resultados',
    count: {
      one: '{count} medicamento encontrado',
      many: '{count} medicamentos encontrados',
      other: '{count} medicamentos encontrados',
    },
    range: 'Resultados {from}–{to} de {count}',
    none: 'Ningún medicamento coincide con su búsqueda.',
    noneHelp: ['Compruebe la ortografía.', 'Utilice menos palabras o palabras más generales.', 'Quite algunos filtros.'],
    pageOutOfRange: 'Ya no hay resultados en esta página.',
    didYouMean: '¿Quería decir {suggestion}?',
    foundIn: 'Encontrado en: {place}',
    match: {
      name: 'nombre o principio activo',
      facts: 'indicación, área terapéutica, empresa o código',
      overview: 'resumen del medicamento',
      document: 'información del producto',
    },
    documentPage: '{document}, página {page}',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: 'Páginas de resultados',
    previous: 'Página anterior',
    next: 'Página siguiente',
    first: 'Primera página',
    position: 'Página {page} de {pages}',
  },
  error: {
    heading: 'Hay un problema',
  },
  browse: {
    title: 'Explorar medicamentos',
    description: 'Todos los medicamentos, agrupados según las clasificaciones de la EMA. Cada número lleva a los medicamentos correspondientes.',
    byAtc: {
      title: 'Por código ATC',
      description:
        'Códigos anatómicos, terapéuticos y químicos (ATC), con los grupos farmacoterapéuticos que la EMA indica para sus medicamentos.',
      more: 'Subcódigos de {code}',
    },
    byArea: { title: 'Por área terapéutica', description: 'Áreas terapéuticas (descriptores MeSH) tal como las asigna la EMA.' },
    byHolder: {
      title: 'Por empresa',
      description: 'Titulares de la autorización de comercialización o, en el caso de medicamentos nunca autorizados, solicitantes.',
    },
    byStatus: { title: 'Por estado', description: 'La situación de cada medicamento respecto a su autorización.' },
    count: { one: '{count} medicamento', many: '{count} medicamentos', other: '{count} medicamentos' },
    lettersLabel: 'Ir a una letra',
    noLabel: 'Sin grupo indicado',
    atcCode: 'Código ATC {code}',
  },
  suggest: {
    medicine: 'Medicamento',
    substance: 'Principio activo',
    area: 'Área terapéutica',
  },
};
