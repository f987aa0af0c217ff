/** Croatian labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const hr: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Izmjene od prvog odobrenja lijeka',
    initialAuthorisation: 'Dokumenti prvog odobrenja za stavljanje u promet',
    trackedChanges: 'Informacije o lijeku – s praćenim promjenama',
    safetyUpdates: 'Ažuriranja sigurnosnih podataka',
    relatedDocuments: 'Povezani dokumenti',
    relatedDocument: 'Povezani dokument',
    relatedContent: 'Povezani sadržaj',
    relatedInformation: 'Povezane informacije',
    readingGuide: 'Vodič za čitanje',
    medicationErrors: 'Sprječavanje medikacijskih pogrešaka',
    signalAssessmentReport: 'Izvješće o ocjeni signala',
    signalAssessmentReports: 'Izvješća o ocjeni signala',
  },
  documentStatus: {
    adopted: 'Usvojeno',
    draft: 'Nacrt',
  },
};
