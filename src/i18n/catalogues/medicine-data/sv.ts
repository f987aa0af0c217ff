/** Swedish interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const sv: MedicineDataMessages = {
  notStated: 'ej angivet',
  presentations: {
    heading: 'Godkända förpackningar',
    caption: 'Alla godkända förpackningar',
    columns: { euNumber: 'EU-nummer', inventedName: 'Fantasinamn', strength: 'Styrka', pharmaceuticalForm: 'Läkemedelsform', routeOfAdministration: 'Administreringsväg', immediatePackaging: 'Innerförpackning', content: 'Innehåll (koncentration)', packSize: 'Förpackningsstorlek' },
  },
  procedures: {
    heading: 'Förfaranden efter godkännandet',
    caption: 'Förfaranden efter godkännandet, nyaste först',
    columns: { number: 'Förfarandenummer', type: 'Typ', scope: 'Omfattning', opinionDate: 'Yttrande eller meddelande', commissionDecisionDate: 'Kommissionens beslut', productInformationAffected: 'Berörd produktinformation', summary: 'Sammanfattning' },
    otherNumbers: 'Andra nummer',
    types: { 'variation-ia': 'Ändring typ IA', 'variation-ib': 'Ändring typ IB', 'variation-ii': 'Ändring typ II', extension: 'Utvidgning', renewal: 'Förnyelse', 'annual-reassessment': 'Årlig omprövning', psur: 'Periodisk säkerhetsrapport (PSUR)', transfer: 'Överlåtelse', referral: 'Hänskjutningsförfarande', 'post-authorisation-measure': 'Åtgärd efter godkännandet', other: 'Övrigt' },
  },
};
