import type { EuNumber } from './identifiers.ts';

/** One row of EMA's "All authorised presentations" table: a pack with its EU number. */
export interface Presentation {
  euNumber: EuNumber;
  inventedName: string;
  strength: string | null;
  pharmaceuticalForm: string | null;
  routeOfAdministration: string | null;
  immediatePackaging: string | null;
  /** "Content (concentration)" */
  content: string | null;
  packSize: string | null;
}
