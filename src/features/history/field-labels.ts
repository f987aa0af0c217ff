/**
 * The label of a changed field: the medicine page's own label where it has one (so a field reads
 * the same on both pages, in every language the catalogues cover), the history messages' otherwise.
 */
import type { Messages } from '../../i18n/i18n.ts';
import type { ScalarField } from './change-model.ts';
import type { HistoryMessages } from '../../i18n/catalogues/history/index.ts';

export function fieldLabel(t: Messages, h: HistoryMessages, field: ScalarField): string {
  const details = t.medicine.productDetails;
  const authorisation = t.medicine.authorisation;
  switch (field) {
    case 'name': return details.name;
    case 'activeSubstance': return details.activeSubstance;
    case 'inn': return details.inn;
    case 'therapeuticAreas': return details.therapeuticArea;
    case 'atcCodes': return details.atcCode;
    case 'pharmacotherapeuticGroup': return details.pharmacotherapeuticGroup;
    case 'therapeuticIndication': return details.therapeuticIndication;
    case 'productNumber': return authorisation.productNumber;
    case 'holderName': return authorisation.holder;
    case 'applicant': return authorisation.applicant;
    case 'revision': return authorisation.revision;
    case 'status': return t.medicine.statusHeading;
    case 'category': return t.catalogue.filters.category;
    case 'latestProcedure': return t.medicine.productInformation.latestProcedure;
    case 'developer': return authorisation.developer;
    case 'opinionStatus': return authorisation.opinionStatus;
    case 'atcNotYetAssigned': return `${details.atcCode}: ${details.atcNotYetAssigned}`;
    case 'malformedAtcCodes': return `${details.atcCode} (${details.atcMalformed})`;
    case 'species': return details.species;
    case 'patientSafety': return t.medicine.sections.patientSafety;
    case 'withdrawalInformation': return t.medicine.sections.withdrawalInformation;
    default: return h.fields[field];
  }
}
