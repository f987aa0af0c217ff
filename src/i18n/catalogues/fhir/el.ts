/** Greek FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const el: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Οι ίδιες εγγραφές ως πόροι HL7 FHIR R5 σε JSON (application/fhir+json), το πρότυπο που χρησιμοποιούν οι υπηρεσίες του EMA για τη διαχείριση προϊόντων και το ePI: κάθε φάρμακο ως MedicinalProductDefinition, η άδεια κυκλοφορίας του με κάθε διαδικασία ως RegulatedAuthorization, οι ενδείξεις, οι συσκευασίες, ο κάτοχος και τα έγγραφά του. Οι αναζητήσεις διατρέχουν ολόκληρο τον κατάλογο σελίδα προς σελίδα· το ιστορικό ενός φαρμάκου παραθέτει τις εκδόσεις του.',
  capability: 'Τι υποστηρίζει αυτός ο διακομιστής FHIR (CapabilityStatement)',
};
