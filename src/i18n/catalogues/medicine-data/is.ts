/** Icelandic interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const is: MedicineDataMessages = {
  notStated: 'ekki tilgreint',
  presentations: {
    heading: 'Samþykktar pakkningar',
    caption: 'Allar samþykktar pakkningar',
    columns: { euNumber: 'ESB-númer', inventedName: 'Sérheiti', strength: 'Styrkleiki', pharmaceuticalForm: 'Lyfjaform', routeOfAdministration: 'Íkomuleið', immediatePackaging: 'Innri umbúðir', content: 'Innihald (styrkur)', packSize: 'Pakkningastærð' },
  },
  procedures: {
    heading: 'Ferli eftir veitingu markaðsleyfis',
    caption: 'Ferli eftir veitingu markaðsleyfis, nýjustu fyrst',
    columns: { number: 'Númer ferlis', type: 'Tegund', scope: 'Umfang', opinionDate: 'Álit eða tilkynning', commissionDecisionDate: 'Ákvörðun framkvæmdastjórnarinnar', productInformationAffected: 'Lyfjaupplýsingar sem breytast', summary: 'Samantekt' },
    otherNumbers: 'Önnur númer',
    types: { 'variation-ia': 'Breyting af tegund IA', 'variation-ib': 'Breyting af tegund IB', 'variation-ii': 'Breyting af tegund II', extension: 'Rýmkun', renewal: 'Endurnýjun', 'annual-reassessment': 'Árlegt endurmat', psur: 'Samantekt um öryggi lyfsins (PSUR)', transfer: 'Framsal', referral: 'Málskot', 'post-authorisation-measure': 'Ráðstöfun eftir veitingu markaðsleyfis', other: 'Annað' },
  },
};
