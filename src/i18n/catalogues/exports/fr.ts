/** French export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const fr: ExportsMessages = {
  heading: 'Exports complets',
  text: 'Téléchargez tout le catalogue, ou les résultats de n’importe quelle recherche (mêmes paramètres que l’API de recherche), en CSV (UTF-8, pour les tableurs), Excel, JSON Lines ou Parquet (pour DuckDB, pandas et Spark), ou dans le format à 39 colonnes propre à l’Agence européenne des médicaments, que son importateur de tableaux relit sans changement.',
  asOf: 'Ajoutez asOf=AAAA-MM-JJ à un export, à la liste des médicaments ou à la fiche d’un médicament pour obtenir le catalogue tel qu’il était à la fin de ce jour, d’après l’historique de chaque médicament.',
  dictionaryHeading: 'Dictionnaire des données',
  dictionaryText: 'Tous les exports sauf le format de l’EMA ont une ligne par médicament et ces colonnes ; les listes sont séparées par « ; », les dates sont au format AAAA-MM-JJ et une valeur vide signifie inconnue.',
  schemaLink: 'La même chose en JSON Table Schema',
  column: 'Colonne',
  type: 'Type',
  meaning: 'Signification',
  dumpHeading: 'Dernier export complet',
  dumpIntro: 'Créé le {date}, avec le catalogue au {asOf}. Vérifiez chaque téléchargement avec sa somme de contrôle SHA-256.',
  noDump: 'Aucun export complet n’a encore été publié sur ce portail.',
  file: 'Fichier',
  rows: 'Lignes',
  size: 'Taille',
  checksum: 'Somme de contrôle SHA-256',
  manifestLink: 'Manifeste (JSON)',
};
