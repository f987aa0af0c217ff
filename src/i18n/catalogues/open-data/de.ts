/** German open-data interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { OpenDataMessages } from './en.ts';

export const de: OpenDataMessages = {
  footerLink: 'Über die offenen Daten',
  apiReference: 'API-Referenz',
  title: 'Offene Daten',
  description: 'Alle Daten von OpenEPAR als offene Daten: eine mit OpenAPI beschriebene JSON-API, RSS- und Atom-Feeds, signierte Webhooks und vollständige Exporte, mit Beispielen.',
  lede: 'Alles auf dieser Website gibt es auch als Daten, die Sie weiterverwenden können: Zum Lesen ist keine Registrierung nötig.',
  api: {
    heading: 'JSON-API',
    text: 'Jedes Arzneimittel, seine vollständige Historie und die Suche stehen als JSON bereit. Die API-Referenz nennt jeden Endpunkt mit Parametern und Antworten, und Sie können sie im Browser ausprobieren.',
    reference: 'Zur API-Referenz',
    openApi: 'OpenAPI-Beschreibung (JSON)',
  },
  feeds: {
    heading: 'Feeds',
    text: 'Verfolgen Sie Änderungen in jedem Feedreader: Jedes Arzneimittel, jede Suche und die Seite „Was ist neu“ haben einen RSS- und einen Atom-Feed, der auf der Seite verlinkt ist.',
  },
  webhooks: {
    heading: 'Webhooks',
    text: 'Erhalten Sie eine signierte HTTP-Anfrage, sobald sich ein Arzneimittel ändert, für ein Arzneimittel oder eine Suche. Abonnements brauchen einen API-Schlüssel, den der Betreiber dieses Portals ausgibt.',
  },
  exports: {
    heading: 'Exporte',
    text: 'Laden Sie den ganzen Katalog, indem Sie dem Link „next“ jeder Seite der Arzneimittelliste folgen, und halten Sie ihn aktuell, indem Sie die Änderungen seit Ihrem letzten Download abrufen.',
  },
  example: 'Beispiel',
  notFound: {
    searchLabel: 'Nach einem Arzneimittel suchen',
    searchButton: 'Suchen',
    suggestions: 'Versuchen Sie',
    searchFor: 'Nach „{words}“ suchen',
    apiReference: 'Die API-Referenz, für Entwickler',
  },
  descriptions: {
    catalogue: 'Alle von der Europäischen Arzneimittel-Agentur bewerteten Arzneimittel mit Status, Unternehmen und Therapiegebiet.',
    browse: 'Von der Europäischen Arzneimittel-Agentur bewertete Arzneimittel nach Therapiegebiet, Unternehmen oder ATC-Code durchsuchen.',
    notFound: 'Diese Seite gibt es nicht. Suchen Sie nach einem Arzneimittel oder blättern Sie im Katalog.',
  },
};
