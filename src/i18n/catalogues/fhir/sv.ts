/** Swedish FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const sv: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Samma uppgifter som HL7 FHIR R5-resurser i JSON (application/fhir+json), standarden som EMA:s tjänster för produkthantering och ePI använder: varje läkemedel som en MedicinalProductDefinition, dess godkännande för försäljning med varje förfarande som en RegulatedAuthorization, dess indikationer, förpackningar, innehavare och dokument. Sökningar bläddrar igenom hela katalogen; ett läkemedels historik listar dess versioner.',
  capability: 'Vad den här FHIR-servern stöder (CapabilityStatement)',
};
