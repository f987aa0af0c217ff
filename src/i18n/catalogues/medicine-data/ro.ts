/** Romanian interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const ro: MedicineDataMessages = {
  notStated: 'nu este precizat',
  presentations: {
    heading: 'Ambalaje autorizate',
    caption: 'Toate ambalajele autorizate',
    columns: { euNumber: 'Număr UE', inventedName: 'Denumire inventată', strength: 'Concentrație', pharmaceuticalForm: 'Formă farmaceutică', routeOfAdministration: 'Calea de administrare', immediatePackaging: 'Ambalaj primar', content: 'Conținut (concentrație)', packSize: 'Mărimea ambalajului' },
  },
  procedures: {
    heading: 'Proceduri ulterioare autorizării',
    caption: 'Proceduri ulterioare autorizării, începând cu cea mai recentă',
    columns: { number: 'Numărul procedurii', type: 'Tip', scope: 'Domeniu de aplicare', opinionDate: 'Aviz sau notificare', commissionDecisionDate: 'Decizia Comisiei', productInformationAffected: 'Informații despre produs modificate', summary: 'Rezumat' },
    otherNumbers: 'Alte numere',
    types: { 'variation-ia': 'Variație de tip IA', 'variation-ib': 'Variație de tip IB', 'variation-ii': 'Variație de tip II', extension: 'Extensie', renewal: 'Reînnoire', 'annual-reassessment': 'Reevaluare anuală', psur: 'Raport periodic actualizat privind siguranța (RPAS)', transfer: 'Transfer', referral: 'Sesizare', 'post-authorisation-measure': 'Măsură ulterioară autorizării', other: 'Altele' },
  },
};
