/** Spanish strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const es: PiChangesMessages = {
  title: 'Qué ha cambiado en la información del producto de {name}',
  description: 'Las secciones de la información del producto de {name} que difieren entre dos versiones, palabra por palabra.',
  lede: 'Las secciones que difieren entre dos versiones de la información del producto, palabra por palabra: las palabras eliminadas aparecen tachadas y las añadidas, subrayadas.',
  formHeading: 'Versiones que se comparan',
  language: 'Idioma del documento',
  from: 'Versión anterior',
  to: 'Versión más reciente',
  compare: 'Comparar',
  versionOption: '{date}, {source}',
  undated: 'sin fecha',
  comparing: 'Versión del {to} comparada con la versión del {from}',
  procedure: 'Procedimiento del que resultó la versión más reciente: {procedure}',
  first: 'Esta es la primera versión disponible en este idioma: todas las secciones se muestran como añadidas.',
  none: 'Ninguna sección difiere entre estas dos versiones.',
  noVersions: 'No hay información del producto de este medicamento en este idioma.',
  changed: 'Modificada',
  added: 'Añadida',
  removed: 'Eliminada',
  headingBefore: 'Título anterior: {heading}',
  readSection: 'Leer esta sección',
  count: 'Secciones que difieren: {count}',
};
