/** Maltese interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const mt: MedicineDataMessages = {
  notStated: 'mhux iddikjarat',
  presentations: {
    heading: 'Pakketti awtorizzati',
    caption: 'Il-pakketti awtorizzati kollha',
    columns: { euNumber: 'Numru tal-UE', inventedName: 'Isem ivvintat', strength: 'Qawwa', pharmaceuticalForm: 'Għamla farmaċewtika', routeOfAdministration: "Mod ta' kif jingħata", immediatePackaging: 'Ippakkjar immedjat', content: 'Kontenut (konċentrazzjoni)', packSize: 'Daqs tal-pakkett' },
  },
  procedures: {
    heading: "Proċeduri ta' wara l-awtorizzazzjoni",
    caption: "Proċeduri ta' wara l-awtorizzazzjoni, l-aktar riċenti l-ewwel",
    columns: { number: 'Numru tal-proċedura', type: 'Tip', scope: 'Ambitu', opinionDate: 'Opinjoni jew notifika', commissionDecisionDate: 'Deċiżjoni tal-Kummissjoni', productInformationAffected: 'Informazzjoni dwar il-prodott affettwata', summary: 'Sommarju' },
    otherNumbers: 'Numri oħra',
    types: { 'variation-ia': 'Varjazzjoni tat-tip IA', 'variation-ib': 'Varjazzjoni tat-tip IB', 'variation-ii': 'Varjazzjoni tat-tip II', extension: 'Estensjoni', renewal: 'Tiġdid', 'annual-reassessment': 'Evalwazzjoni mill-ġdid annwali', psur: 'Rapport perjodiku aġġornat dwar is-sigurtà (PSUR)', transfer: 'Trasferiment', referral: 'Riferiment', 'post-authorisation-measure': "Miżura ta' wara l-awtorizzazzjoni", other: 'Oħrajn' },
  },
};
