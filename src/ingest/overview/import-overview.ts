/**
 * `openepar import overview`: EMA's "EPAR - medicine overview" in any of its 23 languages,
 * from the PDF (or text already extracted from it), as that language's overview sections.
 *
 *   openepar import overview --medicine lumykras --lang sv overview.pdf
 *   openepar import overview <folder>     (files named as EMA names them: lumykras-epar-medicine-overview_sv.pdf)
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ImportError } from '../../domain/errors.ts';
import { isLanguageCode, type LanguageCode } from '../../domain/languages.ts';
import type { MedicineWriteService } from '../../features/medicines/medicine-write.service.ts';
import type { MedicinesService } from '../../features/medicines/medicines.service.ts';
import { expandInputs, emptySummary, readTextInput, runImport, type ImportSummary, type RunOptions } from '../import-runner.ts';
import { resolveMedicine } from '../resolve-medicine.ts';
import { extractPdfText } from './extract-pdf-text.ts';
import { parseOverviewText } from './parse-overview-text.ts';

const MAX_BYTES = 20 * 1024 * 1024;
const EMA_NAME = /^(.+)-epar-medicine-overview_([a-z]{2})\.(pdf|txt)$/i;

export interface OverviewImportOptions extends RunOptions {
  dryRun?: boolean;
  /** With a single file whose name does not say: the medicine (slug or product number) and language. */
  medicine?: string | null;
  lang?: string | null;
}

export async function importOverviews(
  services: { writer: MedicineWriteService; medicines: MedicinesService },
  inputs: string[],
  options: OverviewImportOptions = {},
): Promise<ImportSummary> {
  const { files, errors } = await expandInputs(inputs, ['.pdf', '.txt']);
  if (options.lang && !isLanguageCode(options.lang)) {
    return { ...emptySummary(), failed: 1, errors: [{ file: '--lang', message: `"${options.lang}" is not one of EMA's language codes` }] };
  }
  return runImport(
    files,
    async (file) => {
      const named = EMA_NAME.exec(path.basename(file));
      const slug = options.medicine ?? named?.[1] ?? null;
      const lang = (options.lang ?? named?.[2]?.toLowerCase() ?? null) as LanguageCode | null;
      if (!slug || !lang) {
        throw new ImportError(file, 'cannot tell which medicine and language this is: name it <slug>-epar-medicine-overview_<lang>.pdf or give --medicine and --lang');
      }
      if (!isLanguageCode(lang)) throw new ImportError(file, `"${lang}" is not one of EMA's language codes`);
      const medicine = await resolveMedicine(services.medicines, file, slug);
      const pages = await readPages(file);
      const parsed = parseOverviewText(pages, { lang, medicineName: medicine.name });
      const questions = parsed.sections.filter((s) => s.heading !== null);
      if (questions.length === 0) throw new ImportError(file, 'no question-and-answer sections found: is this a medicine overview?');
      const mtime = (await stat(file)).mtime;
      const result = await services.writer.assert(
        { productNumber: medicine.productNumber, slug: medicine.slug },
        { overview: { [lang]: { sections: parsed.sections } } },
        { kind: 'overview', reference: file, asOf: mtime },
        options,
      );
      return result.outcome;
    },
    options,
    { ...emptySummary(), errors },
  );
}

async function readPages(file: string): Promise<string | string[]> {
  if (!file.toLowerCase().endsWith('.pdf')) return readTextInput(file, MAX_BYTES);
  const bytes = await readFile(file);
  if (bytes.length > MAX_BYTES) throw new ImportError(file, `the file is ${(bytes.length / 1048576).toFixed(1)} MB, more than an overview can be`);
  return (await extractPdfText(new Uint8Array(bytes), file)).pages;
}
