/**
 * `openepar import product-information <file|dir>...`: EMA's product information as structured
 * documents, from a PDF, docling's Markdown or an ePI (FHIR XML or JSON), each recognised by its
 * CONTENT, not its extension. The medicine and language come from `--medicine` and `--lang`,
 * else from the file name EMA gives (`<slug>-epar-product-information_<lang>.pdf|md`), else from
 * the document itself (an ePI's language and EU numbers; the annex word of a PDF or Markdown,
 * `BILAG` → Danish, and the EU numbers of its section 8, resolved through the authorised
 * presentations). Every version goes through ProductInformationService.saveVersion; a PDF is
 * also kept as the medicine's stored product-information file (`import document`), so the
 * pages can offer it. One bad file never stops the batch; each error names its file.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ImportError, NotFoundError } from '../../domain/errors.ts';
import { parseEuNumber, parseProductNumber, type EuNumber } from '../../domain/identifiers.ts';
import { isLanguageCode } from '../../domain/languages.ts';
import { walkSections, sectionText, type ProductInformationDocument } from '../../domain/product-information.ts';
import type { DocumentsService } from '../../features/documents/documents.service.ts';
import type { MedicineWriteService, WriteOutcome } from '../../features/medicines/medicine-write.service.ts';
import type { MedicinesService } from '../../features/medicines/medicines.service.ts';
import type { ProductInformationService } from '../../features/product-information/product-information.service.ts';
import { importDocuments } from '../documents/import-documents.ts';
import { emptySummary, expandInputs, runImport, type ImportSummary, type RunOptions } from '../import-runner.ts';
import { resolveMedicine } from '../resolve-medicine.ts';
import { looksLikeEpi, parseEpi, type EpiList } from './epi-parser.ts';
import { parseProductInformationMarkdown } from './markdown-parser.ts';
import { parseProductInformationPdf } from './pdf-parser.ts';
import { holderOf, resolveEpiMedicine } from './resolve-epi-medicine.ts';

const MAX_BYTES = 100 * 1024 * 1024;
const EMA_NAME = /^(.+?)-epar-product-information_([a-z]{2})\.(?:pdf|md|markdown)$/i;

export type SourceKind = 'pdf' | 'markdown' | 'epi';

export interface ProductInformationImportOptions extends RunOptions {
  dryRun?: boolean;
  medicine?: string | null;
  lang?: string | null;
}

export interface ProductInformationImportServices {
  productInformation: ProductInformationService;
  medicines: MedicinesService;
  writer: MedicineWriteService;
  documents: DocumentsService;
}

/**
 * The word each language calls an annex (`ANNEX I`), where it names one language only: Spanish
 * and Portuguese share ANEXO, Czech and Slovak write PŘÍLOHA and PRÍLOHA.
 */
const ANNEX_WORDS: Readonly<Record<string, string>> = {
  ANNEX: 'en', ПРИЛОЖЕНИЕ: 'bg', PŘÍLOHA: 'cs', BILAG: 'da', ANHANG: 'de', ΠΑΡΑΡΤΗΜΑ: 'el', LISA: 'et', LIITE: 'fi',
  ANNEXE: 'fr', IARSCRÍBHINN: 'ga', PRILOG: 'hr', MELLÉKLET: 'hu', ALLEGATO: 'it', PRIEDAS: 'lt', PIELIKUMS: 'lv',
  ANNESS: 'mt', BIJLAGE: 'nl', ANEKS: 'pl', ANEXA: 'ro', PRÍLOHA: 'sk', PRILOGA: 'sl', BILAGA: 'sv', VIÐAUKI: 'is', VEDLEGG: 'no',
};

/**
 * The country a national authorisation's document comes from, where its language is the official
 * language of one EEA state only (German, French, Dutch, Greek, Swedish and English are not).
 */
const NATIONAL_COUNTRY: Readonly<Record<string, string>> = {
  bg: 'BG', cs: 'CZ', da: 'DK', es: 'ES', et: 'EE', fi: 'FI', hr: 'HR', hu: 'HU', is: 'IS', it: 'IT', lt: 'LT', lv: 'LV', mt: 'MT', no: 'NO', pl: 'PL', pt: 'PT', ro: 'RO', sk: 'SK', sl: 'SI',
};

/** National competent authorities, where the corpus has their documents (the Spanish ePIs). */
const NATIONAL_AUTHORITY: Readonly<Record<string, string>> = {
  ES: 'Agencia Española de Medicamentos y Productos Sanitarios (AEMPS)',
};

/** What a file is, from its first bytes: a PDF, an ePI (FHIR XML or JSON), or Markdown text. */
export function detectSourceKind(bytes: Uint8Array): SourceKind | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (looksLikeEpi(bytes)) return 'epi';
  if (bytes.includes(0)) return null;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 65536));
  if (/^---\r?\n[\s\S]*?\bdocling\b/.test(text) || /^#{1,6}\s+\S/m.test(text)) return 'markdown';
  return null;
}

export async function importProductInformation(services: ProductInformationImportServices, inputs: string[], options: ProductInformationImportOptions = {}): Promise<ImportSummary> {
  const { files, errors } = await expandInputs(inputs, ['.pdf', '.md', '.markdown', '.xml', '.json']);
  const summary = { ...emptySummary(), errors };
  const lang = options.lang?.toLowerCase() ?? null;
  if (lang !== null && !isLanguageCode(lang)) {
    summary.failed += files.length;
    summary.errors.push(...files.map((file) => ({ file, message: `--lang "${options.lang}" is not one of EMA's language codes` })));
    return summary;
  }
  return runImport(files, (file) => importFile(services, file, { ...options, lang }, summary), options, summary);
}

async function importFile(services: ProductInformationImportServices, file: string, options: ProductInformationImportOptions, summary: ImportSummary): Promise<WriteOutcome> {
  const size = (await stat(file)).size;
  if (size === 0) throw new ImportError(file, 'the file is empty');
  if (size > MAX_BYTES) throw new ImportError(file, `the file is ${(size / 1048576).toFixed(1)} MB, more than the 100 MB limit`);
  const bytes = new Uint8Array(await readFile(file));
  const kind = detectSourceKind(bytes);
  if (!kind) throw new ImportError(file, 'not product information: neither a PDF, nor Markdown text, nor an ePI (FHIR Bundle or List)');
  const named = EMA_NAME.exec(path.basename(file));
  if (kind === 'epi') return importEpi(services, file, bytes, options, summary);

  let document: ProductInformationDocument;
  const language = options.lang ?? named?.[2]?.toLowerCase() ?? null;
  if (kind === 'pdf') document = await parseProductInformationPdf(bytes, { language: language ?? 'en', file });
  else document = parseProductInformationMarkdown(new TextDecoder('utf-8').decode(bytes), { language: language ?? 'en', file });
  if (document.annexes.length === 0 || [...walkSections(document)].length === 0) {
    throw new ImportError(file, `no annex or numbered section found: is this EMA's product information? (read as ${kind === 'pdf' ? 'a PDF' : 'Markdown'})`);
  }
  if (!language) {
    const word = document.annexes[0]!.title.split(/\s+/).find((w) => ANNEX_WORDS[w.replace(/\.$/, '')]);
    const guessed = word ? ANNEX_WORDS[word.replace(/\.$/, '')] : undefined;
    if (!guessed) throw new ImportError(file, `cannot tell the language from "${document.annexes[0]!.title}": name the file <slug>-epar-product-information_<lang>.${kind === 'pdf' ? 'pdf' : 'md'} or give --lang`);
    document.language = guessed;
  }
  const medicine = await findMedicine(services, file, options.medicine ?? named?.[1] ?? null, document);
  const saved = await services.productInformation.saveVersion(medicine, document, { dryRun: options.dryRun });
  if (saved.observedAs === 'same-revision') {
    summary.warnings?.push({ file, row: null, column: 'version', value: '', message: `the same revision as version ${saved.version.id}, stored from ${saved.version.source.kind === 'pdf' ? 'a PDF' : 'Markdown'} (${path.basename(saved.version.source.file)}): kept as a second source of it, not as a version` });
  }
  if (kind === 'pdf') {
    // The PDF itself stays available on the medicine's page, as EMA publishes it.
    const stored = await importDocuments(services, [file], { medicine: saved.medicine.slug, type: 'product-information', lang: document.language, dryRun: options.dryRun });
    if (stored.failed > 0) summary.warnings?.push({ file, row: null, column: 'file', value: '', message: `the PDF itself was not stored: ${stored.errors.map((e) => e.message).join('; ')}` });
  }
  return saved.outcome;
}

/**
 * The medicine a PDF or Markdown belongs to: as given or named by the file, else by the EU
 * numbers its SmPC's section 8 lists, which the authorised presentations tie to one medicine.
 */
async function findMedicine(services: ProductInformationImportServices, file: string, given: string | null, document: ProductInformationDocument): Promise<string> {
  if (given) return (await resolveMedicine(services.medicines, file, given)).slug;
  const numbers = new Set<EuNumber>();
  for (const { annex, section } of walkSections(document)) {
    if (annex !== 'smpc' || section.key.replace(/^\d+\//, '') !== '8') continue;
    for (const m of sectionText(section).matchAll(/EU\/\d\/\d{2}\/\d{3,4}\/\d{3}/g)) {
      const parsed = parseEuNumber(m[0]);
      if (parsed.ok) numbers.add(parsed.value);
    }
  }
  const resolution = await resolveEpiMedicine(services.medicines, { euNumbers: [...numbers], otherAuthorisationNumbers: [], productName: null });
  if (resolution.kind === 'medicine') return resolution.medicine.slug;
  throw new ImportError(file, `the file name names no medicine (<slug>-epar-product-information_<lang>.pdf) and ${resolution.reason}; give --medicine`);
}

async function importEpi(services: ProductInformationImportServices, file: string, bytes: Uint8Array, options: ProductInformationImportOptions, summary: ImportSummary): Promise<WriteOutcome> {
  const parsed = parseEpi(bytes, file);
  if (!parsed.ok) throw new ImportError(file, parsed.error);
  for (const warning of parsed.warnings) summary.warnings?.push({ file, row: null, column: 'ePI', value: '', message: warning });
  if (parsed.documents.length === 0) return importListAlone(services, file, parsed.lists, summary, options);
  const outcomes: WriteOutcome[] = [];
  const refused: string[] = [];
  for (const epi of parsed.documents) {
    const document = options.lang ? { ...epi.document, language: options.lang } : epi.document;
    let medicine: string;
    if (options.medicine) medicine = (await resolveMedicine(services.medicines, file, options.medicine)).slug;
    else {
      const resolution = await resolveEpiMedicine(services.medicines, epi);
      if (resolution.kind !== 'medicine' && epi.euNumbers.length === 0 && epi.otherAuthorisationNumbers.length > 0) {
        // A national authorisation: no EPAR medicine, but a national product of its own.
        const country = NATIONAL_COUNTRY[document.language] ?? null;
        const saved = await services.productInformation.saveNationalVersion(
          {
            country,
            authority: country ? (NATIONAL_AUTHORITY[country] ?? null) : null,
            authorisationNumbers: epi.otherAuthorisationNumbers,
            name: epi.productName ?? epi.otherAuthorisationNumbers[0]!,
            holder: holderOf(document),
          },
          document,
          { dryRun: options.dryRun },
        );
        summary.warnings?.push({ file, row: null, column: 'medicine', value: '', message: `${resolution.reason}: stored as the national product ${saved.product.slug}` });
        outcomes.push(saved.outcome);
        continue;
      }
      if (resolution.kind !== 'medicine') {
        refused.push(resolution.reason);
        continue;
      }
      medicine = resolution.medicine.slug;
    }
    try {
      outcomes.push((await services.productInformation.saveVersion(medicine, document, { dryRun: options.dryRun })).outcome);
    } catch (e) {
      if (e instanceof NotFoundError) throw new ImportError(file, e.message);
      throw e;
    }
  }
  if (outcomes.length === 0) throw new ImportError(file, refused.join('; '));
  for (const reason of refused) summary.warnings?.push({ file, row: null, column: 'medicine', value: '', message: `one ePI document was not imported: ${reason}` });
  return outcomes.includes('created') ? 'created' : outcomes.includes('updated') ? 'updated' : 'unchanged';
}

/**
 * A master List that came without the Bundles it names. Its documents may sit beside it, each
 * in its own file (EMA's API serves them one by one): such files import on their own, and the
 * List adds nothing to them. Otherwise what the List itself carries (ePI id, title, procedure,
 * the documents it names) is stored, with the catalogue's medicine its procedure names, and a
 * warning says which referenced Bundles are in no file beside it: a List is not an ePI document.
 */
async function importListAlone(services: ProductInformationImportServices, file: string, lists: EpiList[], summary: ImportSummary, options: ProductInformationImportOptions): Promise<WriteOutcome> {
  const references = lists.flatMap((l) => l.entries.map((e) => ({ id: e.reference?.replace(/^Bundle\//, '') ?? '', display: e.display ?? e.reference ?? '?' })));
  const holders = await filesHolding(file, references.map((r) => r.id));
  const found = references.filter((r) => holders.has(r.id));
  if (found.length > 0) {
    const where = [...new Set(found.map((r) => path.basename(holders.get(r.id)!)))].join(', ');
    summary.warnings?.push({ file, row: null, column: 'List', value: '', message: `the ePI list's documents (${found.map((r) => r.display).join(', ')}) are in ${where}, which import on their own` });
    if (found.length === references.length) return 'unchanged';
  }
  const list = lists[0];
  const about: string[] = [];
  if (list?.title) about.push(`"${list.title}"`);
  if (list?.epiId) about.push(list.epiId);
  if (list?.procedure) {
    // The procedure begins with the product number (EMEA/H/C/004978/II/0014), which names the medicine.
    const productNumber = /^EMEA\/[HV]\/C\/\d+/.exec(list.procedure)?.[0];
    const medicine = productNumber && parseProductNumber(productNumber).ok ? await services.medicines.identify(productNumber) : null;
    about.push(`procedure ${list.procedure}${medicine ? `, ${medicine.name} (${medicine.slug}) in the catalogue` : ''}`);
  }
  const missing = references.filter((r) => !holders.has(r.id));
  const productNumber = list?.procedure ? /^EMEA\/[HV]\/C\/\d+/.exec(list.procedure)?.[0] : undefined;
  const medicine = productNumber && parseProductNumber(productNumber).ok ? await services.medicines.identify(productNumber) : null;
  let stored = false;
  for (const l of lists) stored = (await services.productInformation.saveEpiList({ ...l, sourceFile: file }, medicine?.slug ?? null, { dryRun: options.dryRun })) || stored;
  if (missing.length > 0) {
    summary.warnings?.push({
      file,
      row: null,
      column: 'List',
      value: '',
      message: `an ePI list${about.length > 0 ? ` (${about.join(', ')})` : ''}, not an ePI document: what it carries is stored${medicine ? ` with ${medicine.slug}` : ''}, but the ${missing.length === 1 ? 'Bundle' : `${missing.length} Bundles`} it references ${missing.length === 1 ? 'is' : 'are'} in no file beside it: ${missing.map((r) => `${r.display} (Bundle/${r.id})`).join(', ')}; fetch ${missing.length === 1 ? 'it' : 'them'} from EMA's ePI API and import ${missing.length === 1 ? 'it' : 'them'}`,
    });
  }
  return stored ? 'created' : 'unchanged';
}

/** Which files in the folder of `file` hold each of the Bundle ids, by their text. */
async function filesHolding(file: string, ids: string[]): Promise<Map<string, string>> {
  const wanted = ids.filter((id) => id.length >= 8);
  const out = new Map<string, string>();
  if (wanted.length === 0) return out;
  const dir = path.dirname(file);
  for (const name of (await readdir(dir)).sort()) {
    const other = path.join(dir, name);
    if (other === file || !/\.(xml|json)$/i.test(name) || (await stat(other)).size > MAX_BYTES) continue;
    const text = await readFile(other, 'utf8');
    for (const id of wanted) if (!out.has(id) && text.includes(id)) out.set(id, other);
  }
  return out;
}
