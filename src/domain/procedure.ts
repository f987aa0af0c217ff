import type { IsoDate } from './medicine.ts';

/**
 * One post-authorisation procedure from EMA's "Procedural steps taken and scientific
 * information after authorisation" document: the medicine's assessment history as data.
 */
export const PROCEDURE_TYPES = [
  'variation-ia',
  'variation-ib',
  'variation-ii',
  'extension',
  'renewal',
  'annual-reassessment',
  'psur',
  'transfer',
  'referral',
  'post-authorisation-measure',
  'other',
] as const;
export type ProcedureType = (typeof PROCEDURE_TYPES)[number];

export interface Procedure {
  /** As printed: `II/0010/G`, `EMEA/H/C/005522/II/0010/G`, `EMA/VR/0000339051`, `PSUSA/00010970/202411`. */
  number: string;
  /** Other numbers printed for the same procedure (EMA's newer system gives two). */
  otherNumbers: string[];
  type: ProcedureType;
  /** The type as EMA prints it ("Variation type II", "Renewal - 1 year", "PSUR"). */
  typeLabel: string | null;
  scope: string;
  /** "Opinion/Notification issued on". */
  opinionDate: IsoDate | null;
  /** "Commission Decision issued/amended on". */
  commissionDecisionDate: IsoDate | null;
  /** "Product Information affected", as printed ("SmPC and Annex II", "Yes", "No"); null when blank. */
  productInformationAffected: string | null;
  summary: string | null;
}
