/**
 * Which medicine of the catalogue an ePI is about. An ePI names its product by the
 * authorisation numbers of its packs, so it is resolved first through EMA's authorised
 * presentations (imported with `openepar import presentations`): the EU numbers it gives must
 * belong to one medicine. When no presentation in the catalogue has them (the presentations of
 * that medicine were never imported), two independent pieces of evidence in the document must
 * agree on one medicine: the name it gives (SmPC section 1, `Humira 40 mg solución…`) must begin
 * with the catalogue's name of the medicine, word for word, and the holder it names (section 7)
 * must be the catalogue's holder; a medicine whose own presentations carry other EU
 * authorisation numbers is ruled out. A name alone, or a holder alone, is never enough. A
 * product with national numbers only is a national authorisation, outside EMA's catalogue, and
 * is reported as such; anything ambiguous is reported with its reason, never guessed.
 */
import { walkSections, sectionText, type ProductInformationDocument } from '../../domain/product-information.ts';
import type { MedicineIdentity, MedicinesService } from '../../features/medicines/medicines.service.ts';
import type { EpiDocument } from './epi-parser.ts';

export type EpiResolution =
  | {
      kind: 'medicine';
      medicine: MedicineIdentity;
      /**
       * `pack`: its own EU numbers are listed presentations; `authorisation`: other packs of the
       * same authorisation are; `name-and-holder`: no presentation is listed, and the product's
       * name and holder are the catalogue medicine's.
       */
      matchedBy: 'pack' | 'authorisation' | 'name-and-holder';
      euNumbers: string[];
    }
  | { kind: 'outside-catalogue'; reason: string };

type EpiEvidence = Pick<EpiDocument, 'euNumbers' | 'otherAuthorisationNumbers' | 'productName'> & { document?: ProductInformationDocument };

export async function resolveEpiMedicine(medicines: Pick<MedicinesService, 'findByEuNumbers' | 'findByNameAtStart'>, epi: EpiEvidence): Promise<EpiResolution> {
  const product = epi.productName ? `"${epi.productName}"` : 'the product';
  if (epi.euNumbers.length === 0) {
    const national = epi.otherAuthorisationNumbers;
    return {
      kind: 'outside-catalogue',
      reason:
        national.length > 0
          ? `${product} is a nationally authorised medicine (authorisation number ${national.join(', ')}), not one of EMA's centrally authorised medicines`
          : `${product} gives no EU number: it cannot be told which medicine of the catalogue it belongs to`,
    };
  }
  for (const byAuthorisation of [false, true]) {
    const found = await medicines.findByEuNumbers(epi.euNumbers, { byAuthorisation });
    if (found.length === 1) return { kind: 'medicine', medicine: found[0]!.medicine, matchedBy: byAuthorisation ? 'authorisation' : 'pack', euNumbers: found[0]!.euNumbers };
    if (found.length > 1) {
      return {
        kind: 'outside-catalogue',
        reason: `the EU numbers of ${product} (${epi.euNumbers.join(', ')}) belong to ${found.length} medicines (${found.map((f) => f.medicine.slug).join(', ')}): which one is meant cannot be told`,
      };
    }
  }
  const unlisted = `no authorised presentation in the catalogue has the EU numbers of ${product} (${epi.euNumbers.join(', ')})`;
  if (!epi.productName || !epi.document) return { kind: 'outside-catalogue', reason: `${unlisted}; import EMA's authorised presentations first if it is an EMA medicine` };
  return resolveByNameAndHolder(medicines, epi.productName, epi.document, epi.euNumbers, unlisted);
}

async function resolveByNameAndHolder(
  medicines: Pick<MedicinesService, 'findByNameAtStart'>,
  productName: string,
  document: ProductInformationDocument,
  euNumbers: readonly string[],
  unlisted: string,
): Promise<EpiResolution> {
  const refuse = (why: string): EpiResolution => ({ kind: 'outside-catalogue', reason: `${unlisted}, and ${why}; import EMA's authorised presentations, or give --medicine` });
  const authorisations = new Set(euNumbers.map(authorisationOf));
  // A medicine whose presentations are known and carry other authorisation numbers is another medicine of that name.
  const named = (await medicines.findByNameAtStart(productName)).filter((c) => c.euNumbers.length === 0 || c.euNumbers.some((n) => authorisations.has(authorisationOf(n))));
  if (named.length === 0) return refuse(`no medicine of the catalogue is named as "${productName}" begins`);
  // "Pentasa Sachet" over "Pentasa" when both begin the name: the longer name says more.
  const longest = Math.max(...named.map((c) => c.medicine.name.length));
  const candidates = named.filter((c) => c.medicine.name.length === longest);
  const holder = holderOf(document);
  if (!holder) return refuse(`its section 7 names no marketing authorisation holder to confirm "${candidates[0]!.medicine.name}" by`);
  const confirmed = candidates.filter((c) => c.holder !== null && sameCompany(c.holder, holder));
  if (confirmed.length === 1) return { kind: 'medicine', medicine: confirmed[0]!.medicine, matchedBy: 'name-and-holder', euNumbers: [] };
  if (confirmed.length > 1) return refuse(`${confirmed.length} medicines named "${confirmed[0]!.medicine.name}" are held by ${holder} (${confirmed.map((c) => c.medicine.slug).join(', ')})`);
  return refuse(`the holder it names (${holder}) is not the holder of ${candidates.map((c) => `${c.medicine.slug} (${c.holder ?? 'no holder known'})`).join(', ')}`);
}

const authorisationOf = (euNumber: string) => euNumber.replace(/\/[^/]+$/, '');

/** The holder's name: the first line of the SmPC's section 7 (`AbbVie Deutschland GmbH & Co. KG`). */
export function holderOf(document: ProductInformationDocument): string | null {
  for (const { annex, section } of walkSections(document)) {
    if (annex !== 'smpc' || section.key.replace(/^\d+\//, '') !== '7') continue;
    const first = sectionText(section).split('\n').map((l) => l.trim()).find((l) => l !== '');
    return first ?? null;
  }
  return null;
}

// Words that say what kind of company it is, written in many ways (N.V., NV; S.A.U.; GmbH & Co. KG).
const LEGAL_FORMS = new Set(['ab', 'ag', 'as', 'asa', 'bv', 'co', 'gmbh', 'inc', 'kg', 'kft', 'limited', 'ltd', 'nv', 'oy', 'oyj', 'plc', 'sa', 'sas', 'sau', 'sl', 'slu', 'spa', 'sro', 'srl', 'uc', 'ug']);

function companyWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\./g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '' && !LEGAL_FORMS.has(w));
}

/**
 * Whether two spellings name one company: the same words once legal forms, accents, case and
 * punctuation are set aside, or the one's words beginning the other's ("Janssen-Cilag
 * International NV" and "Janssen-Cilag International N.V.").
 */
export function sameCompany(a: string, b: string): boolean {
  const x = companyWords(a);
  const y = companyWords(b);
  if (x.length === 0 || y.length === 0) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w, i) => long[i] === w);
}
