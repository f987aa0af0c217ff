/** Irish FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const ga: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Na taifid chéanna mar acmhainní HL7 FHIR R5 in JSON (application/fhir+json), an caighdeán a úsáideann seirbhísí bainistíochta táirgí agus ePI an EMA: gach cógas mar MedicinalProductDefinition, a údarú margaíochta le gach nós imeachta mar RegulatedAuthorization, a tháscairí, a phacáistí, a shealbhóir agus a dhoiciméid. Téann cuardaigh tríd an gcatalóg ar fad leathanach ar leathanach; liostaíonn stair cógais a leaganacha.',
  capability: 'An méid a thacaíonn an freastalaí FHIR seo leis (CapabilityStatement)',
};
