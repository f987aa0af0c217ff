/** Portuguese FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const pt: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Os mesmos registos como recursos HL7 FHIR R5 em JSON (application/fhir+json), a norma dos serviços de gestão de produtos e de ePI da EMA: cada medicamento como MedicinalProductDefinition, a sua autorização de introdução no mercado com cada procedimento como RegulatedAuthorization, as suas indicações, embalagens, titular e documentos. As pesquisas percorrem todo o catálogo página a página; o histórico de um medicamento enumera as suas versões.',
  capability: 'O que este servidor FHIR suporta (CapabilityStatement)',
};
