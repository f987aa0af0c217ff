/** Icelandic export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const is: ExportsMessages = {
  heading: 'Heildarútflutningur',
  text: 'Sæktu alla skrána, eða niðurstöður hvaða leitar sem er (sömu færibreytur og í leitar-API), sem CSV (UTF-8, fyrir töflureikna), Excel, JSON Lines eða Parquet (fyrir DuckDB, pandas og Spark), eða á eigin 39 dálka sniði Lyfjastofnunar Evrópu, sem töfluinnflutningur hennar les aftur óbreytt.',
  asOf: 'Bættu asOf=ÁÁÁÁ-MM-DD við útflutning, lyfjalistann eða færslu lyfs til að fá skrána eins og hún var í lok þess dags, samkvæmt sögu hvers lyfs.',
  dictionaryHeading: 'Gagnaorðabók',
  dictionaryText: 'Allur útflutningur nema snið EMA hefur eina línu fyrir hvert lyf og þessa dálka; listar eru aðskildir með „; “, dagsetningar eru ÁÁÁÁ-MM-DD og autt þýðir óþekkt.',
  schemaLink: 'Það sama sem JSON Table Schema',
  column: 'Dálkur',
  type: 'Tegund',
  meaning: 'Merking',
  dumpHeading: 'Nýjasti heildarútflutningur',
  dumpIntro: 'Gerður {date}, með skránni eins og hún var {asOf}. Staðfestu niðurhal með SHA-256 gátsummu þess.',
  noDump: 'Enginn heildarútflutningur hefur enn verið birtur á þessari gátt.',
  file: 'Skrá',
  rows: 'Línur',
  size: 'Stærð',
  checksum: 'SHA-256 gátsumma',
  manifestLink: 'Skrá yfir innihald (JSON)',
};
