/**
 * A revision's changes as a reader thinks of them: a document with three language versions
 * updated is one item, not three paths. `diffMedicine` records flat paths
 * (`documents[product-information: Lumykras : EPAR - Product Information].languages.sv`);
 * this groups and names them for the history page, summaries and feeds alike.
 */
import type { Change } from '../../domain/medicine-diff.ts';
import type { DateKey, FlagKey, MedicineDocument, NewsItem, OverviewSection, RelatedItem, StoredDocumentFile } from '../../domain/medicine.ts';
import { DATE_KEYS, FLAG_KEYS } from '../../domain/medicine.ts';
import type { Presentation } from '../../domain/presentation.ts';
import type { Procedure } from '../../domain/procedure.ts';
import { isLanguageCode, type LanguageCode } from '../../domain/languages.ts';

export type Action = 'added' | 'removed' | 'changed';

export type ScalarField =
  | 'productNumber' | 'name' | 'slug' | 'category' | 'status' | 'inn' | 'activeSubstance' | 'pharmacotherapeuticGroup'
  | 'therapeuticIndication' | 'applicant' | 'revision' | 'emaNodeId' | 'emaUrl' | 'previousNames' | 'therapeuticAreas'
  | 'atcCodes' | 'holderName' | 'holderAddress' | 'latestProcedure' | 'developer' | 'opinionStatus' | 'atcNotYetAssigned'
  | 'malformedAtcCodes' | 'species' | 'patientSafety' | 'withdrawalInformation';

export type ListName = 'presentations' | 'procedures' | 'news' | 'related' | 'files' | 'patientSafetyNews' | 'topics';

export type ChangeGroup =
  | { type: 'scalar'; field: ScalarField; from: unknown; to: unknown }
  | { type: 'flag'; flag: FlagKey; from: boolean | null; to: boolean | null }
  | { type: 'date'; date: DateKey; from: string | null; to: string | null }
  | { type: 'overview'; lang: LanguageCode; from: OverviewSection[] | null; to: OverviewSection[] | null }
  | {
      type: 'document';
      /** EMA's document type (`product-information`) and title, from the change path or the item. */
      docType: string;
      title: string;
      action: Action;
      languages: { lang: LanguageCode; action: Action }[];
      /** Other attributes that changed (section, group, reference number, status word). */
      attributes: { name: string; from: unknown; to: unknown }[];
    }
  | { type: 'presentation'; key: string; action: Action; from: Presentation | null; to: Presentation | null }
  | { type: 'procedure'; key: string; action: Action; from: Procedure | null; to: Procedure | null }
  | { type: 'news'; key: string; action: Action; from: NewsItem | null; to: NewsItem | null }
  | { type: 'related'; key: string; action: Action; from: RelatedItem | null; to: RelatedItem | null }
  | { type: 'file'; key: string; action: Action; from: StoredDocumentFile | null; to: StoredDocumentFile | null }
  | {
      /** A new version of the product information in one language: its first, or the sections it changed. */
      type: 'product-information';
      lang: LanguageCode;
      first: { versionDate: string | null; sections: number } | null;
      sections: { annex: string; key: string; number: string; heading: string; action: Action }[];
    }
  | { type: 'other'; field: string; from: unknown; to: unknown };

const SCALAR_PATHS: Readonly<Record<string, ScalarField>> = {
  productNumber: 'productNumber', name: 'name', slug: 'slug', category: 'category', status: 'status', inn: 'inn',
  activeSubstance: 'activeSubstance', pharmacotherapeuticGroup: 'pharmacotherapeuticGroup',
  therapeuticIndication: 'therapeuticIndication', applicant: 'applicant', revision: 'revision', emaNodeId: 'emaNodeId',
  emaUrl: 'emaUrl', previousNames: 'previousNames', therapeuticAreas: 'therapeuticAreas', atcCodes: 'atcCodes',
  'marketingAuthorisationHolder.name': 'holderName', 'marketingAuthorisationHolder.address': 'holderAddress',
  latestProcedure: 'latestProcedure', developer: 'developer', opinionStatus: 'opinionStatus', atcNotYetAssigned: 'atcNotYetAssigned',
  malformedAtcCodes: 'malformedAtcCodes', species: 'species', patientSafety: 'patientSafety', withdrawalInformation: 'withdrawalInformation',
};

const LIST_TYPES: Readonly<Record<ListName, ChangeGroup['type']>> = {
  presentations: 'presentation', procedures: 'procedure', news: 'news', related: 'related', files: 'file',
  // Safety communications read as news; topics as links, like related items.
  patientSafetyNews: 'news', topics: 'related',
};

// Greedy, so a title containing "]" still ends at the bracket before the suffix.
const DOCUMENT_PATH = /^documents\[(.*)\](?:\.languages\.([a-z]{2})|\.(\w+))?$/;
const LIST_PATH = /^(presentations|procedures|news|related|files|patientSafetyNews|topics)\[(.*)\]$/;
// `productInformation.sv` (a first version) or `productInformation.sv[smpc 4.2]` (a section).
const PI_PATH = /^productInformation\.([a-z]{2})(?:\[(.*)\])?$/;
type SectionDigest = { annex?: string; key?: string; number?: string; heading?: string };

function actionOf(from: unknown, to: unknown): Action {
  return from === null || from === undefined ? 'added' : to === null || to === undefined ? 'removed' : 'changed';
}

/** `product-information: Lumykras : EPAR - Product Information` (and a " #2" for a repeat). */
function splitDocumentKey(key: string): { docType: string; title: string } {
  const at = key.indexOf(': ');
  return at < 0 ? { docType: 'other', title: key } : { docType: key.slice(0, at), title: key.slice(at + 2).replace(/ #\d+$/, '') };
}

/** Groups a revision's changes in the order of `diffMedicine`; unknown paths are kept as `other`. */
export function groupChanges(changes: readonly Change[]): ChangeGroup[] {
  const out: ChangeGroup[] = [];
  const documents = new Map<string, Extract<ChangeGroup, { type: 'document' }>>();
  const productInformation = new Map<string, Extract<ChangeGroup, { type: 'product-information' }>>();
  for (const c of changes) {
    const pi = PI_PATH.exec(c.field);
    if (pi && isLanguageCode(pi[1]!)) {
      let group = productInformation.get(pi[1]!);
      if (!group) {
        group = { type: 'product-information', lang: pi[1]!, first: null, sections: [] };
        productInformation.set(pi[1]!, group);
        out.push(group);
      }
      if (!pi[2]) {
        const to = c.to as { versionDate?: string | null; sections?: number } | null;
        group.first = { versionDate: to?.versionDate ?? null, sections: to?.sections ?? 0 };
      } else {
        const s = (c.to ?? c.from) as SectionDigest | null;
        const [annex = '', key = ''] = pi[2].split(' ');
        group.sections.push({ annex: s?.annex ?? annex, key: s?.key ?? key, number: s?.number ?? '', heading: s?.heading ?? '', action: actionOf(c.from, c.to) });
      }
      continue;
    }
    const scalar = SCALAR_PATHS[c.field];
    if (scalar) {
      out.push({ type: 'scalar', field: scalar, from: c.from, to: c.to });
      continue;
    }
    if (c.field.startsWith('flags.')) {
      const flag = c.field.slice(6) as FlagKey;
      if ((FLAG_KEYS as readonly string[]).includes(flag)) {
        out.push({ type: 'flag', flag, from: c.from as boolean | null, to: c.to as boolean | null });
        continue;
      }
    }
    if (c.field.startsWith('dates.')) {
      const date = c.field.slice(6) as DateKey;
      if ((DATE_KEYS as readonly string[]).includes(date)) {
        out.push({ type: 'date', date, from: c.from as string | null, to: c.to as string | null });
        continue;
      }
    }
    if (c.field.startsWith('overview.')) {
      const lang = c.field.slice(9);
      if (isLanguageCode(lang)) {
        out.push({ type: 'overview', lang, from: c.from as OverviewSection[] | null, to: c.to as OverviewSection[] | null });
        continue;
      }
    }
    const doc = DOCUMENT_PATH.exec(c.field);
    if (doc) {
      const key = doc[1]!;
      let group = documents.get(key);
      if (!group) {
        const whole = (c.to ?? c.from) as Partial<MedicineDocument> | null;
        const parsed = splitDocumentKey(key);
        group = {
          type: 'document',
          docType: typeof whole?.type === 'string' && !doc[2] && !doc[3] ? whole.type : parsed.docType,
          title: typeof whole?.title === 'string' && !doc[2] && !doc[3] ? whole.title : parsed.title,
          action: 'changed',
          languages: [],
          attributes: [],
        };
        documents.set(key, group);
        out.push(group);
      }
      if (doc[2] && isLanguageCode(doc[2])) group.languages.push({ lang: doc[2], action: actionOf(c.from, c.to) });
      else if (doc[3]) group.attributes.push({ name: doc[3], from: c.from, to: c.to });
      else {
        group.action = actionOf(c.from, c.to);
        const langs = ((c.to ?? c.from) as Partial<MedicineDocument> | null)?.languages ?? [];
        for (const l of langs) if (isLanguageCode(l.lang)) group.languages.push({ lang: l.lang, action: group.action });
      }
      continue;
    }
    const list = LIST_PATH.exec(c.field);
    if (list) {
      const type = LIST_TYPES[list[1] as ListName];
      out.push({ type, key: list[2]!, action: actionOf(c.from, c.to), from: c.from, to: c.to } as ChangeGroup);
      continue;
    }
    out.push({ type: 'other', field: c.field, from: c.from, to: c.to });
  }
  return out;
}
