/** Hungarian interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const hu: MedicineDataMessages = {
  notStated: 'nincs megadva',
  presentations: {
    heading: 'Engedélyezett kiszerelések',
    caption: 'Az összes engedélyezett kiszerelés',
    columns: { euNumber: 'EU-szám', inventedName: 'Törzskönyvezett megnevezés', strength: 'Hatáserősség', pharmaceuticalForm: 'Gyógyszerforma', routeOfAdministration: 'Alkalmazási mód', immediatePackaging: 'Közvetlen csomagolás', content: 'Tartalom (koncentráció)', packSize: 'Kiszerelési egység' },
  },
  procedures: {
    heading: 'Engedélyezés utáni eljárások',
    caption: 'Engedélyezés utáni eljárások, a legújabbal kezdve',
    columns: { number: 'Eljárási szám', type: 'Típus', scope: 'Tárgy', opinionDate: 'Vélemény vagy értesítés', commissionDecisionDate: 'Bizottsági határozat', productInformationAffected: 'Érintett kísérőiratok', summary: 'Összefoglaló' },
    otherNumbers: 'További számok',
    types: { 'variation-ia': 'IA típusú módosítás', 'variation-ib': 'IB típusú módosítás', 'variation-ii': 'II típusú módosítás', extension: 'Kiterjesztés', renewal: 'Megújítás', 'annual-reassessment': 'Éves újraértékelés', psur: 'Időszakos gyógyszerbiztonsági jelentés (PSUR)', transfer: 'Átruházás', referral: 'Beterjesztési eljárás', 'post-authorisation-measure': 'Engedélyezés utáni intézkedés', other: 'Egyéb' },
  },
};
