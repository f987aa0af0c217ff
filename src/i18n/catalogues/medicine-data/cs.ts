/** Czech interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const cs: MedicineDataMessages = {
  notStated: 'neuvedeno',
  presentations: {
    heading: 'Registrovaná balení',
    caption: 'Všechna registrovaná balení',
    columns: { euNumber: 'Registrační číslo EU', inventedName: 'Smyšlený název', strength: 'Síla', pharmaceuticalForm: 'Léková forma', routeOfAdministration: 'Cesta podání', immediatePackaging: 'Vnitřní obal', content: 'Obsah (koncentrace)', packSize: 'Velikost balení' },
  },
  procedures: {
    heading: 'Postupy po registraci',
    caption: 'Postupy po registraci, od nejnovějších',
    columns: { number: 'Číslo postupu', type: 'Typ', scope: 'Rozsah', opinionDate: 'Stanovisko nebo oznámení', commissionDecisionDate: 'Rozhodnutí Komise', productInformationAffected: 'Dotčené informace o přípravku', summary: 'Shrnutí' },
    otherNumbers: 'Další čísla',
    types: { 'variation-ia': 'Změna typu IA', 'variation-ib': 'Změna typu IB', 'variation-ii': 'Změna typu II', extension: 'Rozšíření', renewal: 'Prodloužení', 'annual-reassessment': 'Každoroční přehodnocení', psur: 'Pravidelně aktualizovaná zpráva o bezpečnosti (PSUR)', transfer: 'Převod', referral: 'Postup přezkoumání', 'post-authorisation-measure': 'Opatření po registraci', other: 'Jiné' },
  },
};
