/** Dutch FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const nl: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Dezelfde gegevens als HL7 FHIR R5-resources in JSON (application/fhir+json), de standaard van de EMA-diensten voor productbeheer en ePI: elk geneesmiddel als MedicinalProductDefinition, de handelsvergunning met elke procedure als RegulatedAuthorization, de indicaties, verpakkingen, houder en documenten. Zoekopdrachten bladeren door de hele catalogus; de geschiedenis van een geneesmiddel somt de versies op.',
  capability: 'Wat deze FHIR-server ondersteunt (CapabilityStatement)',
};
