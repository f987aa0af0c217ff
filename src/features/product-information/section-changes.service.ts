/**
 * "What changed" between two versions of a medicine's product information in one language:
 * the sections that differ, each with its word diff (src/domain/product-information-diff.ts),
 * and the procedure that produced the newer version when its source says. Read from the
 * stored versions through ProductInformationService; by default the newest version against
 * the one before it.
 */
import { NotFoundError, ValidationError } from '../../domain/errors.ts';
import { isLanguageCode } from '../../domain/languages.ts';
import { diffProductInformation, sectionAnchor, type SectionChange } from '../../domain/product-information-diff.ts';
import type { PiVersionSummary, ProductInformationService } from './product-information.service.ts';

export interface SectionComparison {
  language: string;
  /** The older version (null when `to` is the first one held: every section is then added). */
  from: PiVersionSummary | null;
  to: PiVersionSummary;
  /** Every version held in the language, newest first, to choose from. */
  versions: PiVersionSummary[];
  sections: (SectionChange & { anchor: string })[];
}

export class SectionChangesService {
  readonly #pi: Pick<ProductInformationService, 'versions' | 'version'>;

  constructor(pi: Pick<ProductInformationService, 'versions' | 'version'>) {
    this.#pi = pi;
  }

  /** `from` and `to` are version ids; either left out takes the newest and the one just before it. */
  async compare(medicine: string, language: string, options: { from?: string | null; to?: string | null } = {}): Promise<SectionComparison> {
    if (!isLanguageCode(language)) throw new ValidationError(`"${language}" is not one of EMA's language codes`);
    const versions = await this.#pi.versions(medicine, language);
    if (versions.length === 0) throw new NotFoundError(`No product information of "${medicine}" in ${language}`);
    const toSummary = options.to ? versions.find((v) => v.id === options.to) : versions[0];
    if (!toSummary) throw new NotFoundError(`No version ${options.to} of the product information of "${medicine}" in ${language}`);
    const older = versions[versions.indexOf(toSummary) + 1] ?? null;
    const fromSummary = options.from ? versions.find((v) => v.id === options.from) : older;
    if (options.from && !fromSummary) throw new NotFoundError(`No version ${options.from} of the product information of "${medicine}" in ${language}`);
    const [to, from] = await Promise.all([this.#pi.version(medicine, toSummary.id), fromSummary ? this.#pi.version(medicine, fromSummary.id) : null]);
    if (!to) throw new NotFoundError(`No version ${toSummary.id} of the product information of "${medicine}"`);
    const sections = diffProductInformation(from?.document ?? null, to.document).map((c) => ({ ...c, anchor: sectionAnchor(c.annex, c.key) }));
    return { language, from: fromSummary ?? null, to: toSummary, versions, sections };
  }
}
