/** Irish export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const ga: ExportsMessages = {
  heading: 'Easpórtálacha iomlána',
  text: 'Íoslódáil an catalóg ar fad, nó torthaí aon chuardaigh (na paraiméadair chéanna le API an chuardaigh), mar CSV (UTF-8, do scarbhileoga), Excel, JSON Lines nó Parquet (do DuckDB, pandas agus Spark), nó i leagan amach 39 colún na Gníomhaireachta Leigheasra Eorpaí féin, a léann a hiompórtálaí táblaí ar ais gan athrú.',
  asOf: 'Cuir asOf=BBBB-MM-LL le heaspórtáil, le liosta na gcógas nó le taifead cógais chun an catalóg a fháil mar a bhí sé ag deireadh an lae sin, ó stair gach cógais.',
  dictionaryHeading: 'Foclóir sonraí',
  dictionaryText: 'Tá ró amháin in aghaidh an chógais agus na colúin seo i ngach easpórtáil seachas leagan amach EMA; scartar liostaí le “; ”, is BBBB-MM-LL na dátaí agus ciallaíonn folamh anaithnid.',
  schemaLink: 'An rud céanna mar JSON Table Schema',
  column: 'Colún',
  type: 'Cineál',
  meaning: 'Brí',
  dumpHeading: 'An easpórtáil iomlán is déanaí',
  dumpIntro: 'Déanta ar {date}, leis an gcatalóg mar a bhí sé ar {asOf}. Seiceáil íoslódáil lena suim seiceála SHA-256.',
  noDump: 'Níor foilsíodh aon easpórtáil iomlán ar an tairseach seo fós.',
  file: 'Comhad',
  rows: 'Rónna',
  size: 'Méid',
  checksum: 'Suim seiceála SHA-256',
  manifestLink: 'Léiriú (JSON)',
};
