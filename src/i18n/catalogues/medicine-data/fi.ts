/** Finnish interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const fi: MedicineDataMessages = {
  notStated: 'ei ilmoitettu',
  presentations: {
    heading: 'Hyväksytyt pakkaukset',
    caption: 'Kaikki hyväksytyt pakkaukset',
    columns: { euNumber: 'EU-numero', inventedName: 'Kauppanimi', strength: 'Vahvuus', pharmaceuticalForm: 'Lääkemuoto', routeOfAdministration: 'Antoreitti', immediatePackaging: 'Sisäpakkaus', content: 'Sisältö (pitoisuus)', packSize: 'Pakkauskoko' },
  },
  procedures: {
    heading: 'Myyntiluvan myöntämisen jälkeiset menettelyt',
    caption: 'Myyntiluvan myöntämisen jälkeiset menettelyt, uusin ensin',
    columns: { number: 'Menettelyn numero', type: 'Tyyppi', scope: 'Laajuus', opinionDate: 'Lausunto tai ilmoitus', commissionDecisionDate: 'Komission päätös', productInformationAffected: 'Muutokset valmistetietoihin', summary: 'Yhteenveto' },
    otherNumbers: 'Muut numerot',
    types: { 'variation-ia': 'Tyypin IA muutos', 'variation-ib': 'Tyypin IB muutos', 'variation-ii': 'Tyypin II muutos', extension: 'Laajennus', renewal: 'Uudistaminen', 'annual-reassessment': 'Vuotuinen uudelleenarviointi', psur: 'Määräaikainen turvallisuuskatsaus (PSUR)', transfer: 'Siirto', referral: 'Lausuntopyyntömenettely', 'post-authorisation-measure': 'Myyntiluvan myöntämisen jälkeinen toimenpide', other: 'Muu' },
  },
};
