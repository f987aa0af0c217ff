/** Irish interface strings of a medicine's data sections. */
import type { MedicineDataMessages } from './en.ts';

export const ga: MedicineDataMessages = {
  notStated: 'níl sé luaite',
  presentations: {
    heading: 'Pacáistí údaraithe',
    caption: 'Gach pacáiste údaraithe',
    columns: { euNumber: 'Uimhir AE', inventedName: 'Ainm ceaptha', strength: 'Neart', pharmaceuticalForm: 'Foirm chógaisíochta', routeOfAdministration: 'Bealach riaracháin', immediatePackaging: 'Pacáistiú láithreach', content: 'Ábhar (tiúchan)', packSize: 'Méid an phacáiste' },
  },
  procedures: {
    heading: 'Nósanna imeachta iar-údaraithe',
    caption: 'Nósanna imeachta iar-údaraithe, an ceann is déanaí ar dtús',
    columns: { number: 'Uimhir an nós imeachta', type: 'Cineál', scope: 'Raon feidhme', opinionDate: 'Tuairim nó fógra', commissionDecisionDate: 'Cinneadh ón gCoimisiún', productInformationAffected: 'Faisnéis faoin táirge a ndearnadh difear di', summary: 'Achoimre' },
    otherNumbers: 'Uimhreacha eile',
    types: { 'variation-ia': 'Athrú de chineál IA', 'variation-ib': 'Athrú de chineál IB', 'variation-ii': 'Athrú de chineál II', extension: 'Síneadh', renewal: 'Athnuachan', 'annual-reassessment': 'Athmheasúnú bliantúil', psur: 'Tuarascáil thréimhsiúil nuashonraithe sábháilteachta (PSUR)', transfer: 'Aistriú', referral: 'Atreorú', 'post-authorisation-measure': 'Beart iar-údaraithe', other: 'Eile' },
  },
};
