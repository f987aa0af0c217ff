/** Bulgarian FHIR interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { FhirMessages } from './en.ts';

export const bg: FhirMessages = {
  heading: 'HL7 FHIR R5',
  text: 'Същите записи като ресурси HL7 FHIR R5 в JSON (application/fhir+json) – стандартът, който използват услугите на EMA за управление на продукти и ePI: всяко лекарство като MedicinalProductDefinition, разрешението му за употреба с всяка процедура като RegulatedAuthorization, показанията, опаковките, притежателят и документите му. Търсенията обхождат целия каталог страница по страница; историята на лекарството изброява версиите му.',
  capability: 'Какво поддържа този FHIR сървър (CapabilityStatement)',
};
