/** Swedish strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const sv: PiChangesMessages = {
  title: 'Vad som har ändrats i produktinformationen för {name}',
  description: 'Avsnitten i produktinformationen för {name} som skiljer sig mellan två versioner, ord för ord.',
  lede: 'Avsnitten som skiljer sig mellan två versioner av produktinformationen, ord för ord: borttagna ord är överstrukna, tillagda understrukna.',
  formHeading: 'Versioner att jämföra',
  language: 'Dokumentets språk',
  from: 'Äldre version',
  to: 'Nyare version',
  compare: 'Jämför',
  versionOption: '{date}, {source}',
  undated: 'odaterad',
  comparing: 'Versionen från {to} jämförd med versionen från {from}',
  procedure: 'Förfarande som ledde till den nyare versionen: {procedure}',
  first: 'Detta är den första versionen på detta språk: alla avsnitt visas som tillagda.',
  none: 'Inget avsnitt skiljer sig mellan dessa två versioner.',
  noVersions: 'Det finns ingen produktinformation för detta läkemedel på detta språk.',
  changed: 'Ändrat',
  added: 'Tillagt',
  removed: 'Borttaget',
  headingBefore: 'Tidigare rubrik: {heading}',
  readSection: 'Läs detta avsnitt',
  count: '{count} avsnitt skiljer sig',
};
