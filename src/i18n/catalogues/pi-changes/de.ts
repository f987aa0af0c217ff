/** German strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const de: PiChangesMessages = {
  title: 'Was sich in der Produktinformation von {name} geändert hat',
  description: 'Die Abschnitte der Produktinformation von {name}, die sich zwischen zwei Fassungen unterscheiden, Wort für Wort.',
  lede: 'Die Abschnitte, die sich zwischen zwei Fassungen der Produktinformation unterscheiden, Wort für Wort: entfernte Wörter sind durchgestrichen, hinzugefügte unterstrichen.',
  formHeading: 'Zu vergleichende Fassungen',
  language: 'Sprache des Dokuments',
  from: 'Ältere Fassung',
  to: 'Neuere Fassung',
  compare: 'Vergleichen',
  versionOption: '{date}, {source}',
  undated: 'ohne Datum',
  comparing: 'Fassung vom {to} im Vergleich mit der Fassung vom {from}',
  procedure: 'Verfahren, aus dem die neuere Fassung hervorging: {procedure}',
  first: 'Dies ist die erste vorliegende Fassung in dieser Sprache: alle Abschnitte werden als hinzugefügt gezeigt.',
  none: 'Kein Abschnitt unterscheidet sich zwischen diesen beiden Fassungen.',
  noVersions: 'Für dieses Arzneimittel liegt in dieser Sprache keine Produktinformation vor.',
  changed: 'Geändert',
  added: 'Hinzugefügt',
  removed: 'Entfernt',
  headingBefore: 'Frühere Überschrift: {heading}',
  readSection: 'Diesen Abschnitt lesen',
  count: '{count} Abschnitte unterscheiden sich',
};
