/** Italian FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const it: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Le stesse schede come risorse HL7 FHIR R5 in JSON (application/fhir+json), lo standard dei servizi di gestione dei prodotti e di ePI dell’EMA: ogni medicinale come MedicinalProductDefinition, la sua autorizzazione all’immissione in commercio con ogni procedura come RegulatedAuthorization, le indicazioni, le confezioni, il titolare e i documenti. Le ricerche scorrono l’intero catalogo pagina per pagina; la cronologia di un medicinale ne elenca le versioni.',
  capability: 'Che cosa supporta questo server FHIR (CapabilityStatement)',
};
