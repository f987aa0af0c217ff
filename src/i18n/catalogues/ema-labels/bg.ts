/** Bulgarian labels of EMA's recurring document groups and statuses. Machine-assisted translation, awaiting review by a native speaker. */
import type { EmaLabelMessages } from './en.ts';

export const bg: EmaLabelMessages = {
  groups: {
    changesSinceAuthorisation: 'Промени след първоначалното разрешаване на лекарството',
    initialAuthorisation: 'Документи от първоначалното разрешаване за употреба',
    trackedChanges: 'Информация за продукта – с проследени промени',
    safetyUpdates: 'Актуализации относно безопасността',
    relatedDocuments: 'Свързани документи',
    relatedDocument: 'Свързан документ',
    relatedContent: 'Свързано съдържание',
    relatedInformation: 'Свързана информация',
    readingGuide: 'Ръководство за четене',
    medicationErrors: 'Предотвратяване на грешки при прилагане на лекарството',
    signalAssessmentReport: 'Доклад за оценка на сигнал',
    signalAssessmentReports: 'Доклади за оценка на сигнали',
  },
  documentStatus: {
    adopted: 'Приет',
    draft: 'Проект',
  },
};
