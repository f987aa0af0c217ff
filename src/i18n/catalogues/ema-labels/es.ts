/** Spanish labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const es: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Cambios desde la autorización inicial del medicamento',
    initialAuthorisation: 'Documentos de la autorización de comercialización inicial',
    trackedChanges: 'Información del producto – con control de cambios',
    safetyUpdates: 'Actualizaciones de seguridad',
    relatedDocuments: 'Documentos relacionados',
    relatedDocument: 'Documento relacionado',
    relatedContent: 'Contenido relacionado',
    relatedInformation: 'Información relacionada',
    readingGuide: 'Guía de lectura',
    medicationErrors: 'Prevención de errores de medicación',
    signalAssessmentReport: 'Informe de evaluación de señal',
    signalAssessmentReports: 'Informes de evaluación de señales',
  },
  documentStatus: {
    adopted: 'Adoptado',
    draft: 'Borrador',
  },
};
