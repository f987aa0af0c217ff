/** The editorial catalogue: the back office's drafts, lifecycle forms, uploads, review and publication. */
import { defineCatalogue } from '../../catalogue.ts';
import { en, type EditorialMessages } from './en.ts';

export type { EditorialMessages } from './en.ts';

export const editorialCatalogue = defineCatalogue<EditorialMessages>('editorial', { en });
