/** Polish interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const pl: MedicineDataMessages = {
  notStated: 'nie podano',
  presentations: {
    heading: 'Dopuszczone opakowania',
    caption: 'Wszystkie dopuszczone opakowania',
    columns: { euNumber: 'Numer UE', inventedName: 'Nazwa własna', strength: 'Moc', pharmaceuticalForm: 'Postać farmaceutyczna', routeOfAdministration: 'Droga podania', immediatePackaging: 'Opakowanie bezpośrednie', content: 'Zawartość (stężenie)', packSize: 'Wielkość opakowania' },
  },
  procedures: {
    heading: 'Procedury po dopuszczeniu do obrotu',
    caption: 'Procedury po dopuszczeniu do obrotu, od najnowszych',
    columns: { number: 'Numer procedury', type: 'Rodzaj', scope: 'Zakres', opinionDate: 'Opinia lub powiadomienie', commissionDecisionDate: 'Decyzja Komisji', productInformationAffected: 'Zmieniona informacja o produkcie', summary: 'Streszczenie' },
    otherNumbers: 'Inne numery',
    types: { 'variation-ia': 'Zmiana typu IA', 'variation-ib': 'Zmiana typu IB', 'variation-ii': 'Zmiana typu II', extension: 'Rozszerzenie', renewal: 'Przedłużenie', 'annual-reassessment': 'Coroczna ponowna ocena', psur: 'Okresowy raport o bezpieczeństwie (PSUR)', transfer: 'Przeniesienie', referral: 'Procedura wyjaśniająca', 'post-authorisation-measure': 'Środek po dopuszczeniu do obrotu', other: 'Inne' },
  },
};
