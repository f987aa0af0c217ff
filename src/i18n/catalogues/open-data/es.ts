/** Spanish open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const es: OpenDataMessages = {
  footerLink: 'Acerca de los datos abiertos',
  apiReference: 'Referencia de la API',
  title: 'Datos abiertos',
  description: 'Todos los registros de OpenEPAR como datos abiertos: una API JSON descrita con OpenAPI, canales RSS y Atom, webhooks firmados y exportaciones completas, con ejemplos.',
  lede: 'Todo lo que hay en este sitio está también disponible como datos reutilizables: no hace falta registrarse para leerlos.',
  api: {
    heading: 'API JSON',
    text: 'Cada medicamento, su historial completo y la búsqueda están disponibles en JSON. La referencia de la API enumera cada punto de acceso con sus parámetros y respuestas, y puede probarlos en el navegador.',
    reference: 'Leer la referencia de la API',
    openApi: 'Descripción OpenAPI (JSON)',
  },
  feeds: {
    heading: 'Canales',
    text: 'Siga los cambios en cualquier lector de canales: cada medicamento, cada búsqueda y la página de novedades tienen un canal RSS y otro Atom, enlazados desde la página.',
  },
  webhooks: {
    heading: 'Webhooks',
    text: 'Reciba una petición HTTP firmada en cuanto cambie un medicamento, para un medicamento o para una búsqueda. Las suscripciones requieren una clave de API que emite el operador de este portal.',
  },
  exports: {
    heading: 'Exportaciones',
    text: 'Descargue todo el catálogo siguiendo el enlace «next» de cada página de la lista de medicamentos, y manténgalo al día consultando los cambios desde su última descarga.',
  },
  example: 'Ejemplo',
  notFound: {
    searchLabel: 'Buscar un medicamento',
    searchButton: 'Buscar',
    suggestions: 'Puede probar',
    searchFor: 'Buscar «{words}»',
    apiReference: 'La referencia de la API, para desarrolladores',
  },
  descriptions: {
    catalogue: 'Todos los medicamentos evaluados por la Agencia Europea de Medicamentos, con su estado, empresa y área terapéutica.',
    browse: 'Explore los medicamentos evaluados por la Agencia Europea de Medicamentos por área terapéutica, empresa o código ATC.',
    notFound: 'Esta página no existe. Busque un medicamento o explore el catálogo.',
  },
};
