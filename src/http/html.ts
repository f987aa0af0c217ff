/**
 * HTML templating with tagged template literals. Every interpolated value is escaped unless it
 * is already `SafeHtml` (the output of another `html` template, or `raw()` for trusted markup),
 * so a template cannot inject text from the corpus as markup by accident. Arrays are joined.
 */
export class SafeHtml {
  readonly value: string;
  constructor(value: string) {
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;

export function escapeHtml(text: string): string {
  // Most values (names, dates, codes) have nothing to escape: a test is cheaper than a replace.
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : text;
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

/**
 * Strings are appended with `+`, never joined: V8 keeps the result as a rope of the pieces and
 * copies the page's text once, when the outermost string is read, where `Array.join` at every
 * level of nesting (a page nests templates ten deep) would copy it once per level.
 */
function render(value: HtmlValue): string {
  if (typeof value === 'string') return escapeHtml(value);
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false || value === true) return '';
  if (Array.isArray(value)) {
    let out = '';
    for (const v of value as readonly HtmlValue[]) out += render(v);
    return out;
  }
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]) + strings[i + 1]!;
  return new SafeHtml(out);
}

/** Marks trusted markup (never corpus text) as safe. */
export function raw(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/** `attrs({ hidden: true, 'aria-current': 'page' })` → ` hidden aria-current="page"`; false/null drop out. */
export function attrs(map: Record<string, string | number | boolean | null | undefined>): SafeHtml {
  let out = '';
  for (const [k, v] of Object.entries(map)) {
    if (v === false || v === null || v === undefined) continue;
    out += v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`;
  }
  return new SafeHtml(out);
}
