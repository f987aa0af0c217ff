/** Spanish export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const es: ExportsMessages = {
  heading: 'Exportaciones masivas',
  text: 'Descargue el catálogo completo o los resultados de cualquier búsqueda (con los mismos parámetros que la API de búsqueda) en CSV (UTF-8, para hojas de cálculo), Excel, JSON Lines o Parquet (para DuckDB, pandas y Spark), o en el propio formato de 39 columnas de la Agencia Europea de Medicamentos, que su importador de tablas vuelve a leer sin cambios.',
  asOf: 'Añada asOf=AAAA-MM-DD a una exportación, a la lista de medicamentos o a la ficha de un medicamento para obtener el catálogo tal como estaba al final de ese día, según el historial de cada medicamento.',
  dictionaryHeading: 'Diccionario de datos',
  dictionaryText: 'Todas las exportaciones salvo el formato de la EMA tienen una fila por medicamento y estas columnas; las listas se separan con «; », las fechas son AAAA-MM-DD y un valor vacío significa desconocido.',
  schemaLink: 'Lo mismo como JSON Table Schema',
  column: 'Columna',
  type: 'Tipo',
  meaning: 'Significado',
  dumpHeading: 'Última exportación completa',
  dumpIntro: 'Generada el {date}, con el catálogo a fecha de {asOf}. Compruebe cada descarga con su suma de verificación SHA-256.',
  noDump: 'Este portal aún no ha publicado ninguna exportación completa.',
  file: 'Archivo',
  rows: 'Filas',
  size: 'Tamaño',
  checksum: 'Suma de verificación SHA-256',
  manifestLink: 'Manifiesto (JSON)',
};
