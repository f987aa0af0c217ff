import { Type } from 'typebox';
import { LANGUAGES } from '../domain/languages.ts';

/** The language prefix of every page URL (`/sv/...`); anything else is not a page of ours. */
export const LangParam = Type.Enum(LANGUAGES);
