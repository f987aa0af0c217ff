/** Czech labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const cs: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Změny od první registrace léčivého přípravku',
    initialAuthorisation: 'Dokumenty k první registraci',
    trackedChanges: 'Informace o přípravku – se sledovanými změnami',
    safetyUpdates: 'Aktualizace týkající se bezpečnosti',
    relatedDocuments: 'Související dokumenty',
    relatedDocument: 'Související dokument',
    relatedContent: 'Související obsah',
    relatedInformation: 'Související informace',
    readingGuide: 'Průvodce čtením',
    medicationErrors: 'Předcházení chybám v medikaci',
    signalAssessmentReport: 'Zpráva o hodnocení signálu',
    signalAssessmentReports: 'Zprávy o hodnocení signálů',
  },
  documentStatus: {
    adopted: 'Přijato',
    draft: 'Návrh',
  },
};
