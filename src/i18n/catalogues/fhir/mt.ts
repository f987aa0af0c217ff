/** Maltese FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const mt: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'L-istess rekords bħala riżorsi HL7 FHIR R5 f’JSON (application/fhir+json), l-istandard li jitkellmu bih is-servizzi tal-EMA għall-ġestjoni tal-prodotti u l-ePI: kull mediċina bħala MedicinalProductDefinition, l-awtorizzazzjoni għat-tqegħid fis-suq tagħha b’kull proċedura bħala RegulatedAuthorization, l-indikazzjonijiet, il-pakketti, id-detentur u d-dokumenti tagħha. It-tfittxijiet jgħaddu mill-katalgu kollu paġna b’paġna; l-istorja ta’ mediċina telenka l-verżjonijiet tagħha.',
  capability: 'X’jappoġġja dan is-server FHIR (CapabilityStatement)',
};
