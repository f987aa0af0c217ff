/** Slovak interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const sk: MedicineDataMessages = {
  notStated: 'neuvedené',
  presentations: {
    heading: 'Registrované balenia',
    caption: 'Všetky registrované balenia',
    columns: { euNumber: 'Číslo EÚ', inventedName: 'Vymyslený názov', strength: 'Sila', pharmaceuticalForm: 'Lieková forma', routeOfAdministration: 'Spôsob podávania', immediatePackaging: 'Vnútorný obal', content: 'Obsah (koncentrácia)', packSize: 'Veľkosť balenia' },
  },
  procedures: {
    heading: 'Postupy po registrácii',
    caption: 'Postupy po registrácii, od najnovších',
    columns: { number: 'Číslo postupu', type: 'Typ', scope: 'Rozsah', opinionDate: 'Stanovisko alebo oznámenie', commissionDecisionDate: 'Rozhodnutie Komisie', productInformationAffected: 'Dotknuté informácie o lieku', summary: 'Zhrnutie' },
    otherNumbers: 'Ďalšie čísla',
    types: { 'variation-ia': 'Zmena typu IA', 'variation-ib': 'Zmena typu IB', 'variation-ii': 'Zmena typu II', extension: 'Rozšírenie', renewal: 'Predĺženie', 'annual-reassessment': 'Každoročné prehodnotenie', psur: 'Periodicky aktualizovaná správa o bezpečnosti (PSUR)', transfer: 'Prevod', referral: 'Postúpenie veci', 'post-authorisation-measure': 'Opatrenie po registrácii', other: 'Iné' },
  },
};
