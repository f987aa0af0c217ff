/** Bulgarian interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const bg: MedicineDataMessages = {
  notStated: 'не е посочено',
  presentations: {
    heading: 'Разрешени опаковки',
    caption: 'Всички разрешени опаковки',
    columns: { euNumber: 'Номер в ЕС', inventedName: 'Търговско име', strength: 'Концентрация', pharmaceuticalForm: 'Лекарствена форма', routeOfAdministration: 'Път на въвеждане', immediatePackaging: 'Първична опаковка', content: 'Съдържание (концентрация)', packSize: 'Брой в опаковка' },
  },
  procedures: {
    heading: 'Процедури след разрешаването за употреба',
    caption: 'Процедури след разрешаването за употреба, като най-новите са първи',
    columns: { number: 'Номер на процедурата', type: 'Вид', scope: 'Обхват', opinionDate: 'Становище или уведомление', commissionDecisionDate: 'Решение на Комисията', productInformationAffected: 'Засегната продуктова информация', summary: 'Резюме' },
    otherNumbers: 'Други номера',
    types: { 'variation-ia': 'Промяна тип IA', 'variation-ib': 'Промяна тип IB', 'variation-ii': 'Промяна тип II', extension: 'Разширение', renewal: 'Подновяване', 'annual-reassessment': 'Ежегодна повторна оценка', psur: 'Периодичен актуализиран доклад за безопасност (ПАДБ)', transfer: 'Прехвърляне', referral: 'Сезиране', 'post-authorisation-measure': 'Мярка след разрешаването за употреба', other: 'Друго' },
  },
};
