/** Dutch interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const nl: MedicineDataMessages = {
  notStated: 'niet vermeld',
  presentations: {
    heading: 'Toegelaten verpakkingen',
    caption: 'Alle toegelaten verpakkingen',
    columns: { euNumber: 'EU-nummer', inventedName: 'Fantasienaam', strength: 'Sterkte', pharmaceuticalForm: 'Farmaceutische vorm', routeOfAdministration: 'Toedieningsweg', immediatePackaging: 'Primaire verpakking', content: 'Inhoud (concentratie)', packSize: 'Verpakkingsgrootte' },
  },
  procedures: {
    heading: 'Procedures na vergunningverlening',
    caption: 'Procedures na vergunningverlening, nieuwste eerst',
    columns: { number: 'Procedurenummer', type: 'Type', scope: 'Reikwijdte', opinionDate: 'Advies of kennisgeving', commissionDecisionDate: 'Besluit van de Commissie', productInformationAffected: 'Gewijzigde productinformatie', summary: 'Samenvatting' },
    otherNumbers: 'Andere nummers',
    types: { 'variation-ia': 'Wijziging type IA', 'variation-ib': 'Wijziging type IB', 'variation-ii': 'Wijziging type II', extension: 'Uitbreiding', renewal: 'Verlenging', 'annual-reassessment': 'Jaarlijkse herbeoordeling', psur: 'Periodiek veiligheidsverslag (PSUR)', transfer: 'Overdracht', referral: 'Verwijzing', 'post-authorisation-measure': 'Maatregel na vergunningverlening', other: 'Overig' },
  },
};
