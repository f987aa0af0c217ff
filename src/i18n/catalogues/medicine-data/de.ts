/** German interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const de: MedicineDataMessages = {
  notStated: 'nicht angegeben',
  presentations: {
    heading: 'Zugelassene Packungen',
    caption: 'Alle zugelassenen Packungen',
    columns: { euNumber: 'EU-Nummer', inventedName: 'Phantasiebezeichnung', strength: 'Stärke', pharmaceuticalForm: 'Darreichungsform', routeOfAdministration: 'Art der Anwendung', immediatePackaging: 'Primärverpackung', content: 'Inhalt (Konzentration)', packSize: 'Packungsgröße' },
  },
  procedures: {
    heading: 'Verfahren nach der Zulassung',
    caption: 'Verfahren nach der Zulassung, neueste zuerst',
    columns: { number: 'Verfahrensnummer', type: 'Art', scope: 'Gegenstand', opinionDate: 'Gutachten oder Mitteilung', commissionDecisionDate: 'Entscheidung der Kommission', productInformationAffected: 'Betroffene Produktinformation', summary: 'Zusammenfassung' },
    otherNumbers: 'Weitere Nummern',
    types: { 'variation-ia': 'Änderung Typ IA', 'variation-ib': 'Änderung Typ IB', 'variation-ii': 'Änderung Typ II', extension: 'Erweiterung', renewal: 'Verlängerung', 'annual-reassessment': 'Jährliche Neubeurteilung', psur: 'Regelmäßig aktualisierter Unbedenklichkeitsbericht (PSUR)', transfer: 'Übertragung', referral: 'Befassungsverfahren', 'post-authorisation-measure': 'Auflage nach der Zulassung', other: 'Sonstiges' },
  },
};
