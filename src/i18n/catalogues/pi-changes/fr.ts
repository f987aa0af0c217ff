/** French strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const fr: PiChangesMessages = {
  title: 'Ce qui a changé dans les informations sur le produit de {name}',
  description: 'Les rubriques des informations sur le produit de {name} qui diffèrent entre deux versions, mot à mot.',
  lede: 'Les rubriques qui diffèrent entre deux versions des informations sur le produit, mot à mot : les mots supprimés sont barrés, les mots ajoutés soulignés.',
  formHeading: 'Versions à comparer',
  language: 'Langue du document',
  from: 'Version antérieure',
  to: 'Version plus récente',
  compare: 'Comparer',
  versionOption: '{date}, {source}',
  undated: 'non datée',
  comparing: 'Version du {to} comparée à la version du {from}',
  procedure: 'Procédure dont est issue la version plus récente : {procedure}',
  first: 'Il s’agit de la première version disponible dans cette langue : toutes les rubriques apparaissent comme ajoutées.',
  none: 'Aucune rubrique ne diffère entre ces deux versions.',
  noVersions: 'Aucune information sur le produit n’est disponible pour ce médicament dans cette langue.',
  changed: 'Modifiée',
  added: 'Ajoutée',
  removed: 'Supprimée',
  headingBefore: 'Titre précédent : {heading}',
  readSection: 'Lire cette rubrique',
  count: 'Rubriques qui diffèrent : {count}',
};
