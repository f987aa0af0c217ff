/**
 * What changed between two versions of a medicine's product information, section by section:
 * sections are matched by annex and key (EMA's number), so a section is compared with itself
 * however the document around it moved, and each changed section gets its word diff. This is
 * what the section history records ("4.2 Posology … changed"), and what the "what changed"
 * view, the API, feeds and webhooks show.
 *
 * Only a section's own text counts (its subsections are sections of their own), and only
 * whitespace is set aside: in product information a changed "<" or a moved comma is a change.
 */
import { sectionText, walkSections, type AnnexKind, type PiSection, type ProductInformationDocument } from './product-information.ts';
import { wordDiff, type WordDiffPart } from './word-diff.ts';

export type SectionChangeKind = 'changed' | 'added' | 'removed';

export interface SectionChange {
  annex: AnnexKind;
  key: string;
  /** The number as printed and the heading, as the newer version has them (the older one, for a removed section). */
  number: string;
  heading: string;
  change: SectionChangeKind;
  /** The heading before, when it changed. */
  headingBefore?: string;
  /** Word diff of the section's own text (for an added section all added, for a removed one all removed). */
  diff: WordDiffPart[];
}

const normal = (text: string) => text.replace(/\s+/gu, ' ').trim();

function index(doc: ProductInformationDocument | null): Map<string, { annex: AnnexKind; section: PiSection; order: number }> {
  const out = new Map<string, { annex: AnnexKind; section: PiSection; order: number }>();
  if (!doc) return out;
  let order = 0;
  for (const { annex, section } of walkSections(doc)) {
    const id = `${annex} ${section.key}`;
    if (!out.has(id)) out.set(id, { annex, section, order: order++ });
  }
  return out;
}

/**
 * The sections that differ between `before` (null: nothing known yet) and `after`, in the
 * newer document's order, removed sections after the others in the older one's order.
 */
export function diffProductInformation(before: ProductInformationDocument | null, after: ProductInformationDocument): SectionChange[] {
  const a = index(before);
  const b = index(after);
  const out: SectionChange[] = [];
  for (const [id, { annex, section }] of b) {
    const old = a.get(id);
    const text = sectionText(section);
    if (!old) {
      out.push({ annex, key: section.key, number: section.number, heading: section.heading, change: 'added', diff: wordDiff('', text) });
      continue;
    }
    const oldText = sectionText(old.section);
    const headingChanged = normal(old.section.heading) !== normal(section.heading);
    if (normal(oldText) === normal(text) && !headingChanged) continue;
    out.push({
      annex,
      key: section.key,
      number: section.number,
      heading: section.heading,
      change: 'changed',
      ...(headingChanged ? { headingBefore: old.section.heading } : {}),
      diff: wordDiff(normalLines(oldText), normalLines(text)),
    });
  }
  for (const [id, { annex, section }] of a) {
    if (!b.has(id)) out.push({ annex, key: section.key, number: section.number, heading: section.heading, change: 'removed', diff: wordDiff(sectionText(section), '') });
  }
  return out;
}

// Runs of spaces within a line are layout; line breaks (paragraphs, list items, table rows) are kept.
function normalLines(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/[^\S\n]+/gu, ' ').trim())
    .join('\n');
}

/** How a changed section is named in history, feeds and webhooks: "4.2 Posology and method of administration". */
export function sectionLabel(change: Pick<SectionChange, 'number' | 'key' | 'heading'>): string {
  const number = (change.number || '').replace(/\.$/, '');
  return [number, change.heading].filter((p) => p !== '').join(' ') || change.key;
}

/**
 * The anchor of a section on the product-information page: `smpc-4-8`; the second product's
 * SmPC of one document (`2/4.2`) is `smpc-p2-4-2`, an unnumbered subsection (`2~1`) is
 * `leaflet-2-u1` and a repeated number (`4.2.1#2`) `smpc-4-2-1-v2`, so no two keys share an
 * anchor and the numbered sections keep theirs (`smpc-4-2`).
 */
export function sectionAnchor(annex: AnnexKind, key: string): string {
  const id = key
    .replace(/^(\d+)\//, 'p$1-')
    .replace(/~/g, '-u')
    .replace(/#/g, '-v')
    .replace(/\./g, '-')
    .replace(/[^A-Za-z0-9-]+/g, '-');
  return `${annex}-${id}`.toLowerCase();
}

/**
 * What a medicine's record keeps of its product information in one language: per section its
 * number, heading and a fingerprint of its words, enough to tell which sections a new version
 * changed without keeping the text twice (the versions themselves hold it). The history's
 * entries are derived from these, in the order of the versions' dates.
 */
export interface PiDigest {
  versionDate: string | null;
  procedure: string | null;
  /** `"<annex> <key>"` → the section's number, heading and fingerprint. */
  sections: Record<string, PiSectionDigest>;
}

export interface PiSectionDigest {
  annex: AnnexKind;
  key: string;
  number: string;
  heading: string;
  /** A fingerprint of the heading and the text with whitespace set aside. */
  words: string;
}

/** The digest of a version, from its sections' own texts (as the storage keeps them). */
export function digestOf(
  sections: readonly { annex: string; key: string; number: string; heading: string; text: string }[],
  versionDate: string | null,
  procedure: string | null,
): PiDigest {
  const out: Record<string, PiSectionDigest> = {};
  for (const s of sections) {
    const id = `${s.annex} ${s.key}`;
    if (id in out) continue;
    out[id] = { annex: s.annex as AnnexKind, key: s.key, number: s.number, heading: s.heading, words: fingerprint(`${normal(s.heading)}\n${normal(s.text)}`) };
  }
  return { versionDate, procedure, sections: out };
}

/** cyrb53: a fast 53-bit string hash, plenty to tell two versions of a section apart. */
function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The sections whose digests differ, as `{id, from, to}` (`from` null: added; `to` null:
 * removed). A language seen for the first time is not a list of every section added: the caller
 * records it as one change.
 */
export function diffDigests(before: PiDigest, after: PiDigest): { id: string; from: PiSectionDigest | null; to: PiSectionDigest | null }[] {
  const out: { id: string; from: PiSectionDigest | null; to: PiSectionDigest | null }[] = [];
  for (const [id, to] of Object.entries(after.sections)) {
    const from = before.sections[id] ?? null;
    if (!from || from.words !== to.words) out.push({ id, from, to });
  }
  for (const [id, from] of Object.entries(before.sections)) if (!(id in after.sections)) out.push({ id, from, to: null });
  return out;
}
