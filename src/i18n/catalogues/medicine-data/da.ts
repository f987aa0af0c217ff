/** Danish interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const da: MedicineDataMessages = {
  notStated: 'ikke angivet',
  presentations: {
    heading: 'Godkendte pakninger',
    caption: 'Alle godkendte pakninger',
    columns: { euNumber: 'EU-nummer', inventedName: 'Særnavn', strength: 'Styrke', pharmaceuticalForm: 'Lægemiddelform', routeOfAdministration: 'Administrationsvej', immediatePackaging: 'Indre emballage', content: 'Indhold (koncentration)', packSize: 'Pakningsstørrelse' },
  },
  procedures: {
    heading: 'Procedurer efter godkendelsen',
    caption: 'Procedurer efter godkendelsen, nyeste først',
    columns: { number: 'Procedurenummer', type: 'Type', scope: 'Omfang', opinionDate: 'Udtalelse eller meddelelse', commissionDecisionDate: 'Kommissionens afgørelse', productInformationAffected: 'Berørt produktinformation', summary: 'Resumé' },
    otherNumbers: 'Andre numre',
    types: { 'variation-ia': 'Ændring type IA', 'variation-ib': 'Ændring type IB', 'variation-ii': 'Ændring type II', extension: 'Udvidelse', renewal: 'Fornyelse', 'annual-reassessment': 'Årlig revurdering', psur: 'Periodisk sikkerhedsopdatering (PSUR)', transfer: 'Overdragelse', referral: 'Indbringelse', 'post-authorisation-measure': 'Foranstaltning efter godkendelsen', other: 'Andet' },
  },
};
