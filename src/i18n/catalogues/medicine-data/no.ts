/** Norwegian (Bokmål) interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const no: MedicineDataMessages = {
  notStated: 'ikke oppgitt',
  presentations: {
    heading: 'Godkjente pakninger',
    caption: 'Alle godkjente pakninger',
    columns: { euNumber: 'EU-nummer', inventedName: 'Preparatnavn', strength: 'Styrke', pharmaceuticalForm: 'Legemiddelform', routeOfAdministration: 'Administrasjonsvei', immediatePackaging: 'Indre emballasje', content: 'Innhold (konsentrasjon)', packSize: 'Pakningsstørrelse' },
  },
  procedures: {
    heading: 'Prosedyrer etter godkjenning',
    caption: 'Prosedyrer etter godkjenning, nyeste først',
    columns: { number: 'Prosedyrenummer', type: 'Type', scope: 'Omfang', opinionDate: 'Uttalelse eller melding', commissionDecisionDate: 'Kommisjonens vedtak', productInformationAffected: 'Berørt produktinformasjon', summary: 'Sammendrag' },
    otherNumbers: 'Andre numre',
    types: { 'variation-ia': 'Endring type IA', 'variation-ib': 'Endring type IB', 'variation-ii': 'Endring type II', extension: 'Utvidelse', renewal: 'Fornyelse', 'annual-reassessment': 'Årlig revurdering', psur: 'Periodisk sikkerhetsoppdateringsrapport (PSUR)', transfer: 'Overdragelse', referral: 'Henvisningsprosedyre', 'post-authorisation-measure': 'Tiltak etter godkjenning', other: 'Annet' },
  },
};
