/**
 * Interface text of the data sections of a medicine's page (authorised presentations and
 * post-authorisation procedures): the type every language is typed against, and English. The
 * values in those sections are EMA's English text and never appear here.
 */
import type { ProcedureType } from '../../../domain/procedure.ts';

export interface MedicineDataMessages {
  /** Read out in place of the dash shown for an empty cell. */
  notStated: string;
  presentations: {
    heading: string;
    caption: string;
    columns: {
      euNumber: string;
      inventedName: string;
      strength: string;
      pharmaceuticalForm: string;
      routeOfAdministration: string;
      immediatePackaging: string;
      content: string;
      packSize: string;
    };
  };
  procedures: {
    heading: string;
    caption: string;
    columns: {
      number: string;
      type: string;
      scope: string;
      opinionDate: string;
      commissionDecisionDate: string;
      productInformationAffected: string;
      summary: string;
    };
    /** Visually hidden label before a procedure's other numbers. */
    otherNumbers: string;
    types: Record<ProcedureType, string>;
  };
}

export const en: MedicineDataMessages = {
  notStated: 'not stated',
  presentations: {
    heading: 'Authorised presentations',
    caption: 'All authorised presentations',
    columns: { euNumber: 'EU number', inventedName: 'Invented name', strength: 'Strength', pharmaceuticalForm: 'Pharmaceutical form', routeOfAdministration: 'Route of administration', immediatePackaging: 'Immediate packaging', content: 'Content (concentration)', packSize: 'Pack size' },
  },
  procedures: {
    heading: 'Post-authorisation procedures',
    caption: 'Post-authorisation procedures, newest first',
    columns: { number: 'Procedure number', type: 'Type', scope: 'Scope', opinionDate: 'Opinion or notification', commissionDecisionDate: 'Commission decision', productInformationAffected: 'Product information affected', summary: 'Summary' },
    otherNumbers: 'Other numbers',
    types: { 'variation-ia': 'Variation type IA', 'variation-ib': 'Variation type IB', 'variation-ii': 'Variation type II', extension: 'Extension', renewal: 'Renewal', 'annual-reassessment': 'Annual reassessment', psur: 'Periodic safety update report (PSUR)', transfer: 'Transfer', referral: 'Referral', 'post-authorisation-measure': 'Post-authorisation measure', other: 'Other' },
  },
};
