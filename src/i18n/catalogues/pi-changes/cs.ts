/** Czech strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const cs: PiChangesMessages = {
  title: 'Co se změnilo v informacích o přípravku {name}',
  description: 'Oddíly informací o přípravku {name}, které se mezi dvěma verzemi liší, slovo po slově.',
  lede: 'Oddíly, které se mezi dvěma verzemi informací o přípravku liší, slovo po slově: odstraněná slova jsou přeškrtnutá, přidaná podtržená.',
  formHeading: 'Porovnávané verze',
  language: 'Jazyk dokumentu',
  from: 'Starší verze',
  to: 'Novější verze',
  compare: 'Porovnat',
  versionOption: '{date}, {source}',
  undated: 'bez data',
  comparing: 'Verze ze dne {to} ve srovnání s verzí ze dne {from}',
  procedure: 'Postup, z něhož vzešla novější verze: {procedure}',
  first: 'Toto je první uchovávaná verze v tomto jazyce: všechny oddíly jsou zobrazeny jako přidané.',
  none: 'Mezi těmito dvěma verzemi se žádný oddíl neliší.',
  noVersions: 'Pro tento léčivý přípravek nejsou v tomto jazyce uchovávány žádné informace o přípravku.',
  changed: 'Změněno',
  added: 'Přidáno',
  removed: 'Odstraněno',
  headingBefore: 'Dřívější nadpis: {heading}',
  readSection: 'Přečíst tento oddíl',
  count: 'Liší se oddílů: {count}',
};
