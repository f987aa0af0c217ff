/** Estonian interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const et: MedicineDataMessages = {
  notStated: 'ei ole märgitud',
  presentations: {
    heading: 'Müügiloaga pakendid',
    caption: 'Kõik müügiloaga pakendid',
    columns: { euNumber: 'ELi number', inventedName: 'Väljamõeldud nimetus', strength: 'Tugevus', pharmaceuticalForm: 'Ravimvorm', routeOfAdministration: 'Manustamisviis', immediatePackaging: 'Sisepakend', content: 'Sisu (kontsentratsioon)', packSize: 'Pakendi suurus' },
  },
  procedures: {
    heading: 'Müügiloa järgsed menetlused',
    caption: 'Müügiloa järgsed menetlused, uuemad eespool',
    columns: { number: 'Menetluse number', type: 'Liik', scope: 'Ulatus', opinionDate: 'Arvamus või teatis', commissionDecisionDate: 'Komisjoni otsus', productInformationAffected: 'Muudetud ravimiteave', summary: 'Kokkuvõte' },
    otherNumbers: 'Muud numbrid',
    types: { 'variation-ia': 'IA tüüpi muudatus', 'variation-ib': 'IB tüüpi muudatus', 'variation-ii': 'II tüüpi muudatus', extension: 'Laiendamine', renewal: 'Uuendamine', 'annual-reassessment': 'Iga-aastane uuesti hindamine', psur: 'Perioodiline ohutusaruanne (PSUR)', transfer: 'Üleandmine', referral: 'Esildismenetlus', 'post-authorisation-measure': 'Müügiloa järgne meede', other: 'Muu' },
  },
};
