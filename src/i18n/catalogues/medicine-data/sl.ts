/** Slovenian interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const sl: MedicineDataMessages = {
  notStated: 'ni navedeno',
  presentations: {
    heading: 'Odobrena pakiranja',
    caption: 'Vsa odobrena pakiranja',
    columns: { euNumber: 'Številka EU', inventedName: 'Izmišljeno ime', strength: 'Jakost', pharmaceuticalForm: 'Farmacevtska oblika', routeOfAdministration: 'Pot uporabe', immediatePackaging: 'Stična ovojnina', content: 'Vsebina (koncentracija)', packSize: 'Velikost pakiranja' },
  },
  procedures: {
    heading: 'Postopki po pridobitvi dovoljenja',
    caption: 'Postopki po pridobitvi dovoljenja, od najnovejšega',
    columns: { number: 'Številka postopka', type: 'Vrsta', scope: 'Obseg', opinionDate: 'Mnenje ali obvestilo', commissionDecisionDate: 'Odločba Komisije', productInformationAffected: 'Spremenjene informacije o zdravilu', summary: 'Povzetek' },
    otherNumbers: 'Druge številke',
    types: { 'variation-ia': 'Sprememba tipa IA', 'variation-ib': 'Sprememba tipa IB', 'variation-ii': 'Sprememba tipa II', extension: 'Razširitev', renewal: 'Podaljšanje', 'annual-reassessment': 'Letna ponovna ocena', psur: 'Redno posodobljeno poročilo o varnosti zdravila (PSUR)', transfer: 'Prenos', referral: 'Napotitveni postopek', 'post-authorisation-measure': 'Ukrep po pridobitvi dovoljenja', other: 'Drugo' },
  },
};
