/**
 * The public JSON shape of product information (src/domain/product-information.ts): a document's
 * annexes, sections and blocks as stored, and the version facts around it. Sections nest; the
 * schema spells out four levels (EMA's documents use two, ePI at most three) and leaves deeper
 * ones unchecked rather than dropping them.
 */
import { Type, type TSchema } from 'typebox';
import { ANNEX_KINDS } from '../../domain/product-information.ts';

export const PiBlockSchema = Type.Union([
  Type.Object({ type: Type.Literal('paragraph'), text: Type.String() }),
  Type.Object({ type: Type.Literal('heading'), text: Type.String() }),
  Type.Object({ type: Type.Literal('list'), ordered: Type.Boolean(), items: Type.Array(Type.String()) }),
  Type.Object({ type: Type.Literal('table'), headerRows: Type.Integer({ minimum: 0 }), rows: Type.Array(Type.Array(Type.String())) }),
]);

function sectionSchema(depth: number): TSchema {
  return Type.Object({
    key: Type.String({ description: "Stable within the annex across versions and languages: EMA's number without its dot (`4.2`, `A`); a document's n-th product (n ≥ 2) prefixes `n/`; labelling items are `<pack>.<number>`" }),
    number: Type.String({ description: 'As printed (`4.2.`), or empty' }),
    heading: Type.String({ description: "As written in the document's language" }),
    blocks: Type.Array(PiBlockSchema),
    subsections: depth >= 3 ? Type.Array(Type.Unknown()) : Type.Array(sectionSchema(depth + 1)),
  });
}

export const PiSectionSchema = sectionSchema(0);

export const PiAnnexSchema = Type.Object({
  kind: Type.Enum(ANNEX_KINDS),
  title: Type.String({ description: 'As written: `ANNEX I`, `BILAG I`, `ΠΑΡΑΡΤΗΜΑ I`' }),
  preamble: Type.Array(PiBlockSchema),
  sections: Type.Array(PiSectionSchema),
});

export const PiDocumentSchema = Type.Object({
  language: Type.String(),
  versionDate: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  source: Type.Object({ kind: Type.Enum(['pdf', 'markdown', 'epi']), file: Type.String(), url: Type.Optional(Type.Union([Type.String(), Type.Null()])) }),
  procedure: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  annexes: Type.Array(PiAnnexSchema),
});

export const PiVersionSchema = Type.Object({
  id: Type.String({ description: 'Permanent identifier of the version' }),
  lang: Type.String(),
  versionDate: Type.Union([Type.String({ format: 'date' }), Type.Null()]),
  source: Type.Object({ kind: Type.String(), file: Type.String({ description: 'The file name it was imported from' }), url: Type.Union([Type.String(), Type.Null()]) }),
  procedure: Type.Union([Type.String(), Type.Null()]),
  importedAt: Type.String({ format: 'date-time' }),
});

export const PiMedicineRefSchema = Type.Object({ slug: Type.String(), productNumber: Type.Union([Type.String(), Type.Null()]), name: Type.String(), category: Type.String() });
