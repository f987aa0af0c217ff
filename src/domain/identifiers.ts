/**
 * EMA identifiers as types of their own. Each is a branded string that can only be obtained
 * through its parser, so a function taking a `ProductNumber` cannot be handed a slug by mistake.
 * Parsers normalise harmless variations (case, surrounding space, OCR-doubled slashes) and reject
 * anything else with a message that says what was expected.
 */

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type ProductNumber = Brand<string, 'ProductNumber'>;
export type ProcedureNumber = Brand<string, 'ProcedureNumber'>;
export type EmaReference = Brand<string, 'EmaReference'>;
export type EuNumber = Brand<string, 'EuNumber'>;
export type AtcCode = Brand<string, 'AtcCode'>;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
const fail = <T>(error: string): ParseResult<T> => ({ ok: false, error });

function clean(input: string): string {
  return input.trim().toUpperCase().replace(/\s*\/\s*/g, '/');
}

const PRODUCT_NUMBER = /^EMEA\/([HV])\/C\/(\d{6})$/;

/** `EMEA/H/C/005522` (human) or `EMEA/V/C/000123` (veterinary). Short numbers are zero-padded. */
export function parseProductNumber(input: string): ParseResult<ProductNumber> {
  const text = clean(input).replace(/^(EMEA\/[HV]\/C\/)(\d{1,5})$/, (_, p: string, n: string) => p + n.padStart(6, '0'));
  if (!PRODUCT_NUMBER.test(text)) {
    return fail(`"${input}" is not an EMA product number (expected EMEA/H/C/nnnnnn or EMEA/V/C/nnnnnn)`);
  }
  return ok(text as ProductNumber);
}

export function productCategory(pn: ProductNumber): 'human' | 'veterinary' {
  return pn.charAt(5) === 'V' ? 'veterinary' : 'human';
}

// Procedure types seen in EMA numbering: variations (IA, IAIN, IB, II), extensions (X), renewals (R),
// PSUR single assessments (PSUSA), transfers (T), annual reassessments (S), Article 20/61(3)/45/46
// referrals and notifications, post-authorisation measures (ANX, LEG, MEA, REC, SOB, PAM, SDA, P46).
const PROCEDURE_TAIL = /^((?:IA|IAIN|IB|II|X|R|T|S|N|A20|A61\(3\)|61\(3\)|ANX|LEG|MEA|REC|SOB|PAM|SDA|P46|PSUV|PSUSA|[A-Z0-9]{1,6})(?:\/[0-9A-Z().]{1,12})*)$/;
// Work-sharing (WS2451) and grouped IA (IG1765) procedures carry one number without slashes.
const SINGLE_NUMBER_PROCEDURE = /^(?:WS|IG)\d{3,6}(?:\/G)?$/;
const FULL_PROCEDURE = /^(EMEA\/[HV]\/C\/\d{6})\/(.+)$/;

/**
 * A procedure number, full (`EMEA/H/C/005522/II/0010/G`) or short (`II/0010/G`). The value keeps
 * the form it was given in; `procedureShortForm` drops the product number part.
 */
export function parseProcedureNumber(input: string): ParseResult<ProcedureNumber> {
  const text = clean(input);
  const full = FULL_PROCEDURE.exec(text);
  const tail = full ? full[2]! : text;
  if (SINGLE_NUMBER_PROCEDURE.test(tail)) return ok(text as ProcedureNumber);
  if (!/\//.test(tail) && !/^PSUSA/.test(tail)) {
    return fail(`"${input}" is not an EMA procedure number (expected e.g. EMEA/H/C/005522/II/0010/G or II/0010/G)`);
  }
  if (!PROCEDURE_TAIL.test(tail) || !/\d/.test(tail)) {
    return fail(`"${input}" is not an EMA procedure number (expected e.g. EMEA/H/C/005522/II/0010/G or II/0010/G)`);
  }
  return ok(text as ProcedureNumber);
}

export function procedureShortForm(p: ProcedureNumber): string {
  const full = FULL_PROCEDURE.exec(p);
  return full ? full[2]! : p;
}

// EMA's numbering has changed over the years: EMA/685702/2021, EMEA/H/C/123/2004-like forms,
// committee forms with a two-digit year (CPMP/1390/00, EMEA/8776/01), EMA/OD/0000123456 (newer
// procedure system), EMADOC-1700519818-2470418 (document system).
const EMA_REFERENCE_BASE = /^(?:(?:EMA|EMEA|CHMP|CVMP|CPMP|COMP|PDCO|PRAC|CAT|HMPC)\/(?:[A-Z]+\/)*\d{1,10}(?:\/(?:\d{4}|\d{2}))?|EMADOC-\d{6,}-\d{3,})$/;
// A revision or correction after the number, however EMA joins it: "Rev.1", "Corr.", "- Rev.1",
// "-corr", ", corr", "/rev. 3".
const EMA_REFERENCE_SUFFIX = /^(.*?)(?:\s*[-,/]\s*|\s+)(REV|CORR)\b(\.?)(\s*)(\d+)?$/;

/**
 * An EMA document reference such as `EMA/685702/2021` (also older `EMEA/...` and committee forms),
 * optionally revised or corrected: upper-cased, the suffix set off by one space however it was
 * joined (`EMA/756393/2012/rev. 3` is `EMA/756393/2012 REV. 3`). Misprints (`EMA/409800/20212021`)
 * are not references: callers keep the printed text instead of guessing what was meant.
 */
export function parseEmaReference(input: string): ParseResult<EmaReference> {
  const text = clean(input).replace(/\s+/g, ' ');
  const suffix = EMA_REFERENCE_SUFFIX.exec(text);
  const base = suffix ? suffix[1]! : text;
  if (!EMA_REFERENCE_BASE.test(base)) {
    return fail(`"${input}" is not an EMA document reference (expected e.g. EMA/685702/2021)`);
  }
  if (!suffix) return ok(base as EmaReference);
  const [, , word, dot, space, n] = suffix;
  return ok(`${base} ${word}${dot}${n ? `${space ? ' ' : ''}${n}` : ''}` as EmaReference);
}

const EU_NUMBER = /^EU\/([12])\/(\d{2})\/(\d{3,4})\/(\d{3,4})(?:-(\d{3,4}))?$/;

/** An EU presentation number (`EU/1/21/1603/001`); `/1/` is human, `/2/` veterinary. */
export function parseEuNumber(input: string): ParseResult<EuNumber> {
  const text = clean(input);
  if (!EU_NUMBER.test(text)) {
    return fail(`"${input}" is not an EU number (expected e.g. EU/1/21/1603/001)`);
  }
  return ok(text as EuNumber);
}

// Levels 1–5 of the ATC system: A, A10, A10B, A10BA, A10BA02. Veterinary codes carry a Q prefix.
const ATC_CODE = /^Q?[A-Z](?:\d{2}(?:[A-Z](?:[A-Z](?:\d{2})?)?)?)?$/;

/** An ATC (or ATCvet) code at any level: `L`, `L01`, `L01X`, `L01XX`, `L01XX73`, `QJ01CA04`. */
export function parseAtcCode(input: string): ParseResult<AtcCode> {
  const text = input.trim().toUpperCase().replace(/\s+/g, '');
  if (!ATC_CODE.test(text)) {
    return fail(`"${input}" is not an ATC code (expected e.g. L01XX73)`);
  }
  return ok(text as AtcCode);
}

/** The ancestors of an ATC code, from level 1 down to the code itself: L, L01, L01X, L01XX, L01XX73. */
export function atcLevels(code: AtcCode): AtcCode[] {
  const vet = code.startsWith('Q') && code.length > 1 && /[A-Z]/.test(code.charAt(1));
  const base = vet ? code.slice(1) : code;
  const cuts = [1, 3, 4, 5, 7].filter((n) => n <= base.length);
  return cuts.map((n) => ((vet ? 'Q' : '') + base.slice(0, n)) as AtcCode);
}

/** Throws the parser's message, for callers that have already validated their input upstream. */
export function must<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new TypeError(result.error);
  return result.value;
}

/** EMA's slug rule (its pages' addresses): the name without accents, lower case, words joined by hyphens. */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
