/** Latvian interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const lv: MedicineDataMessages = {
  notStated: 'nav norādīts',
  presentations: {
    heading: 'Reģistrētie iepakojumi',
    caption: 'Visi reģistrētie iepakojumi',
    columns: { euNumber: 'ES numurs', inventedName: 'Izdomātais nosaukums', strength: 'Stiprums', pharmaceuticalForm: 'Zāļu forma', routeOfAdministration: 'Ievadīšanas veids', immediatePackaging: 'Tiešais iepakojums', content: 'Saturs (koncentrācija)', packSize: 'Iepakojuma lielums' },
  },
  procedures: {
    heading: 'Pēcreģistrācijas procedūras',
    caption: 'Pēcreģistrācijas procedūras, jaunākās vispirms',
    columns: { number: 'Procedūras numurs', type: 'Veids', scope: 'Tvērums', opinionDate: 'Atzinums vai paziņojums', commissionDecisionDate: 'Komisijas lēmums', productInformationAffected: 'Skartā zāļu informācija', summary: 'Kopsavilkums' },
    otherNumbers: 'Citi numuri',
    types: { 'variation-ia': 'IA tipa izmaiņas', 'variation-ib': 'IB tipa izmaiņas', 'variation-ii': 'II tipa izmaiņas', extension: 'Paplašināšana', renewal: 'Pārreģistrācija', 'annual-reassessment': 'Ikgadēja atkārtota novērtēšana', psur: 'Periodiski atjaunojams drošuma ziņojums (PSUR)', transfer: 'Nodošana', referral: 'Pārskatīšanas procedūra', 'post-authorisation-measure': 'Pēcreģistrācijas pasākums', other: 'Cits' },
  },
};
