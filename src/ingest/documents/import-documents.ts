/**
 * `openepar import document`: EMA document files (product information and others) for a
 * medicine. The file is validated by reading it (a renamed HTML page, a truncated or an
 * encrypted PDF is refused), stored by content, its text kept page by page for search, and
 * the medicine's record notes that it holds this document in this language.
 *
 *   openepar import document --medicine karvea --type product-information --lang da file.pdf
 *   openepar import document <folder>     (files named as EMA names them: karvea-epar-product-information_da.pdf)
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImportError } from '../../domain/errors.ts';
import { isLanguageCode, type LanguageCode } from '../../domain/languages.ts';
import type { StoredDocumentFile } from '../../domain/medicine.ts';
import type { DocumentsService } from '../../features/documents/documents.service.ts';
import type { MedicineWriteService } from '../../features/medicines/medicine-write.service.ts';
import type { MedicinesService } from '../../features/medicines/medicines.service.ts';
import { extractPdfText } from '../overview/extract-pdf-text.ts';
import { expandInputs, emptySummary, runImport, type ImportSummary, type RunOptions } from '../import-runner.ts';
import { resolveMedicine } from '../resolve-medicine.ts';

const MAX_BYTES = 100 * 1024 * 1024;
const EMA_NAME = /^(.+?)-epar-([a-z0-9-]+)_([a-z]{2})\.pdf$/i;

export interface DocumentImportOptions extends RunOptions {
  dryRun?: boolean;
  medicine?: string | null;
  type?: string | null;
  lang?: string | null;
}

export async function importDocuments(
  services: { writer: MedicineWriteService; medicines: MedicinesService; documents: DocumentsService },
  inputs: string[],
  options: DocumentImportOptions = {},
): Promise<ImportSummary> {
  const { files, errors } = await expandInputs(inputs, ['.pdf']);
  return runImport(
    files,
    async (file) => {
      const named = EMA_NAME.exec(path.basename(file));
      const slug = options.medicine ?? named?.[1] ?? null;
      const type = options.type ?? named?.[2]?.toLowerCase() ?? null;
      const lang = options.lang ?? named?.[3]?.toLowerCase() ?? null;
      if (!slug || !type || !lang) {
        throw new ImportError(file, 'cannot tell the medicine, document type and language: name it <slug>-epar-<type>_<lang>.pdf or give --medicine, --type and --lang');
      }
      if (!isLanguageCode(lang)) throw new ImportError(file, `"${lang}" is not one of EMA's language codes`);
      if (!/^[a-z0-9-]+$/.test(type)) throw new ImportError(file, `"${type}" is not a document type (e.g. product-information)`);
      const medicine = await resolveMedicine(services.medicines, file, slug);
      const bytes = new Uint8Array(await readFile(file));
      if (bytes.length > MAX_BYTES) throw new ImportError(file, `the file is ${(bytes.length / 1048576).toFixed(1)} MB, more than the 100 MB limit`);
      const { pages } = await extractPdfText(bytes, file);
      if (options.dryRun) return (await services.medicines.get(medicine.slug))!.files.some((f) => f.documentType === type && f.lang === lang) ? 'updated' : 'created';
      // Stored before the record changes: an orphan file (if the write then fails) is harmless,
      // a record pointing at a missing file would not be.
      const stored = await services.documents.save(bytes, 'application/pdf', pages);
      const entry: StoredDocumentFile = {
        documentType: type,
        lang: lang as LanguageCode,
        sha256: stored.sha256,
        sizeBytes: stored.sizeBytes,
        contentType: 'application/pdf',
        pageCount: pages.length,
        fileName: path.basename(file),
      };
      const result = await services.writer.apply(
        { productNumber: medicine.productNumber, slug: medicine.slug },
        (current) => ({ ...current!, files: [...current!.files.filter((f) => f.documentType !== type || f.lang !== lang), entry] }),
        { kind: 'document', reference: file },
      );
      return result.outcome;
    },
    options,
    { ...emptySummary(), errors },
  );
}
