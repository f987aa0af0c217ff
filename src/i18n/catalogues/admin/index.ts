/** The admin catalogue: the back office's sign-in, accounts and audit pages. */
import { defineCatalogue } from '../../catalogue.ts';
import { en, type AdminMessages } from './en.ts';

export type { AdminMessages } from './en.ts';

export const adminCatalogue = defineCatalogue<AdminMessages>('admin', { en });
