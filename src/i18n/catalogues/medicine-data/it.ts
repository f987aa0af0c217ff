/** Italian interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const it: MedicineDataMessages = {
  notStated: 'non indicato',
  presentations: {
    heading: 'Confezioni autorizzate',
    caption: 'Tutte le confezioni autorizzate',
    columns: { euNumber: 'Numero UE', inventedName: 'Denominazione di fantasia', strength: 'Dosaggio', pharmaceuticalForm: 'Forma farmaceutica', routeOfAdministration: 'Via di somministrazione', immediatePackaging: 'Confezionamento primario', content: 'Contenuto (concentrazione)', packSize: 'Confezione' },
  },
  procedures: {
    heading: "Procedure successive all'autorizzazione",
    caption: "Procedure successive all'autorizzazione, dalla più recente",
    columns: { number: 'Numero della procedura', type: 'Tipo', scope: 'Ambito', opinionDate: 'Parere o notifica', commissionDecisionDate: 'Decisione della Commissione', productInformationAffected: 'Informazioni sul prodotto interessate', summary: 'Sintesi' },
    otherNumbers: 'Altri numeri',
    types: { 'variation-ia': 'Variazione di tipo IA', 'variation-ib': 'Variazione di tipo IB', 'variation-ii': 'Variazione di tipo II', extension: 'Estensione', renewal: 'Rinnovo', 'annual-reassessment': 'Rivalutazione annuale', psur: 'Rapporto periodico di aggiornamento sulla sicurezza (PSUR)', transfer: 'Trasferimento', referral: 'Deferimento', 'post-authorisation-measure': "Misura successiva all'autorizzazione", other: 'Altro' },
  },
};
