/** Croatian interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const hr: MedicineDataMessages = {
  notStated: 'nije navedeno',
  presentations: {
    heading: 'Odobrena pakiranja',
    caption: 'Sva odobrena pakiranja',
    columns: { euNumber: 'Broj EU-a', inventedName: 'Izmišljeni naziv', strength: 'Jačina', pharmaceuticalForm: 'Farmaceutski oblik', routeOfAdministration: 'Put primjene', immediatePackaging: 'Unutarnje pakiranje', content: 'Sadržaj (koncentracija)', packSize: 'Veličina pakiranja' },
  },
  procedures: {
    heading: 'Postupci nakon odobrenja',
    caption: 'Postupci nakon odobrenja, od najnovijih',
    columns: { number: 'Broj postupka', type: 'Vrsta', scope: 'Opseg', opinionDate: 'Mišljenje ili obavijest', commissionDecisionDate: 'Odluka Komisije', productInformationAffected: 'Izmijenjene informacije o lijeku', summary: 'Sažetak' },
    otherNumbers: 'Drugi brojevi',
    types: { 'variation-ia': 'Izmjena tipa IA', 'variation-ib': 'Izmjena tipa IB', 'variation-ii': 'Izmjena tipa II', extension: 'Proširenje', renewal: 'Obnova', 'annual-reassessment': 'Godišnja ponovna procjena', psur: 'Periodičko izvješće o neškodljivosti (PSUR)', transfer: 'Prijenos', referral: 'Postupak upućivanja', 'post-authorisation-measure': 'Mjera nakon odobrenja', other: 'Ostalo' },
  },
};
