/** Spanish FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const es: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Los mismos registros como recursos HL7 FHIR R5 en JSON (application/fhir+json), el estándar de los servicios de gestión de productos y ePI de la EMA: cada medicamento como MedicinalProductDefinition, su autorización de comercialización con cada procedimiento como RegulatedAuthorization, sus indicaciones, envases, titular y documentos. Las búsquedas recorren todo el catálogo página a página; el historial de un medicamento enumera sus versiones.',
  capability: 'Qué admite este servidor FHIR (CapabilityStatement)',
};
