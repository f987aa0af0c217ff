/**
 * EMA product numbers (`EMEA/H/C/005522`) found in a cell or a document, as EMA and OCR spell
 * them: spaces around the slashes, hyphens for slashes, a slash missing before the number ("EMEA/H/C005201"), the
 * number without its leading zeros ("EMEA/H/C/734"), a procedure or pack number after it
 * ("EMEA/H/C/004006/0000", "EMEA/H/C/002779/001").
 */
import { parseProductNumber, type ProductNumber } from '../../domain/identifiers.ts';
import { cellValue, isBlankCell, unreadable, type CellResult } from './cell-result.ts';

// Hyphens where the slashes belong ("EMEA-H-C-005522") say the same thing.
const CANDIDATE = /\bEMEA\s*[/-]\s*([HV])\s*[/-]\s*C\s*[/-]?\s*(\d{1,6})(?![\p{L}\p{N}])/giu;

/** Every distinct product number in the text, in order of first appearance. */
export function findProductNumbers(text: string): ProductNumber[] {
  const found = new Set<ProductNumber>();
  for (const m of text.matchAll(CANDIDATE)) {
    const parsed = parseProductNumber(`EMEA/${m[1]}/C/${m[2]}`);
    if (parsed.ok) found.add(parsed.value);
  }
  return [...found];
}

/** A product-number cell: one product number, whatever else is around it. */
export function readProductNumberCell(text: string | null): CellResult<ProductNumber> {
  if (text === null || isBlankCell(text)) return cellValue(null);
  const direct = parseProductNumber(text);
  if (direct.ok) return cellValue(direct.value);
  const found = findProductNumbers(text);
  if (found.length === 1) return cellValue(found[0]!);
  if (found.length > 1) return unreadable(`"${text}" holds ${found.length} product numbers (${found.join(', ')})`);
  return unreadable(direct.error);
}
