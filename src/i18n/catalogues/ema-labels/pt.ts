/** Portuguese (European) labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const pt: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Alterações desde a autorização inicial do medicamento',
    initialAuthorisation: 'Documentos da autorização de introdução no mercado inicial',
    trackedChanges: 'Informação do medicamento – com registo de alterações',
    safetyUpdates: 'Atualizações de segurança',
    relatedDocuments: 'Documentos relacionados',
    relatedDocument: 'Documento relacionado',
    relatedContent: 'Conteúdo relacionado',
    relatedInformation: 'Informações relacionadas',
    readingGuide: 'Guia de leitura',
    medicationErrors: 'Prevenção de erros de medicação',
    signalAssessmentReport: 'Relatório de avaliação de sinal',
    signalAssessmentReports: 'Relatórios de avaliação de sinais',
  },
  documentStatus: {
    adopted: 'Adotado',
    draft: 'Projeto',
  },
};
