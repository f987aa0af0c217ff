/**
 * schema.org data about a medicine's page, for search engines and other machines reading it: the
 * medicine as a `Drug` and the page as the `MedicalWebPage` about it. Only facts the record holds
 * are stated; what it lacks is left out rather than guessed.
 */
import type { Medicine } from '../../domain/medicine.ts';
import { markdownToPlainText } from '../../http/markdown.ts';

export interface MedicinePageData {
  /** The page's absolute URL. */
  url: string;
  lang: string;
  title: string;
  description: string | undefined;
}

export function medicineStructuredData(m: Medicine, page: MedicinePageData): Record<string, unknown>[] {
  const drugId = `${page.url}#medicine`;
  const drug = withoutEmpty({
    '@type': 'Drug',
    '@id': drugId,
    name: m.name,
    alternateName: m.previousNames.length > 0 ? m.previousNames : undefined,
    nonProprietaryName: m.inn ?? undefined,
    activeIngredient: m.activeSubstance ?? undefined,
    drugClass: m.pharmacotherapeuticGroup ? { '@type': 'DrugClass', name: m.pharmacotherapeuticGroup } : undefined,
    code: m.atcCodes.length > 0 ? m.atcCodes.map((code) => ({ '@type': 'MedicalCode', codeValue: code, codingSystem: 'ATC' })) : undefined,
    identifier: m.productNumber ?? undefined,
    manufacturer: m.marketingAuthorisationHolder ? { '@type': 'Organization', name: m.marketingAuthorisationHolder.name } : undefined,
    // EMA's text is in English whatever the page's language.
    indication: m.therapeuticIndication ? { '@type': 'MedicalIndication', name: markdownToPlainText(m.therapeuticIndication, { oneLine: true }), inLanguage: 'en' } : undefined,
    sameAs: m.emaUrl && /^https?:\/\//.test(m.emaUrl) ? m.emaUrl : undefined,
  });
  const webPage = withoutEmpty({
    '@type': 'MedicalWebPage',
    '@id': page.url,
    url: page.url,
    name: page.title,
    inLanguage: page.lang,
    description: page.description,
    about: { '@id': drugId },
    lastReviewed: m.dates.pageLastUpdated ?? undefined,
    isBasedOn: m.emaUrl && /^https?:\/\//.test(m.emaUrl) ? m.emaUrl : undefined,
  });
  return [drug, webPage];
}

function withoutEmpty(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
