/** Lithuanian interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const lt: MedicineDataMessages = {
  notStated: 'nenurodyta',
  presentations: {
    heading: 'Registruotos pakuotės',
    caption: 'Visos registruotos pakuotės',
    columns: { euNumber: 'ES numeris', inventedName: 'Sugalvotas pavadinimas', strength: 'Stiprumas', pharmaceuticalForm: 'Farmacinė forma', routeOfAdministration: 'Vartojimo būdas', immediatePackaging: 'Vidinė pakuotė', content: 'Turinys (koncentracija)', packSize: 'Pakuotės dydis' },
  },
  procedures: {
    heading: 'Poregistracinės procedūros',
    caption: 'Poregistracinės procedūros, naujausios pirmiau',
    columns: { number: 'Procedūros numeris', type: 'Tipas', scope: 'Apimtis', opinionDate: 'Nuomonė arba pranešimas', commissionDecisionDate: 'Komisijos sprendimas', productInformationAffected: 'Pakeista informacija apie vaistinį preparatą', summary: 'Santrauka' },
    otherNumbers: 'Kiti numeriai',
    types: { 'variation-ia': 'IA tipo keitimas', 'variation-ib': 'IB tipo keitimas', 'variation-ii': 'II tipo keitimas', extension: 'Išplėtimas', renewal: 'Perregistravimas', 'annual-reassessment': 'Kasmetinis pakartotinis vertinimas', psur: 'Periodiškai atnaujinamas saugumo protokolas (PASP)', transfer: 'Perdavimas', referral: 'Kreipimosi procedūra', 'post-authorisation-measure': 'Poregistracinė priemonė', other: 'Kita' },
  },
};
