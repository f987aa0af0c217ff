/** Finnish export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const fi: ExportsMessages = {
  heading: 'Massavienti',
  text: 'Lataa koko luettelo tai minkä tahansa haun tulokset (samoilla parametreilla kuin haun API) CSV-muodossa (UTF-8, taulukkolaskentaan), Excel-, JSON Lines- tai Parquet-muodossa (DuckDB:lle, pandasille ja Sparkille) tai Euroopan lääkeviraston omassa 39 sarakkeen muodossa, jonka sen taulukkotuonti lukee takaisin muuttumattomana.',
  asOf: 'Lisää vientiin, lääkeluetteloon tai lääkkeen tietueeseen asOf=VVVV-KK-PP, niin saat luettelon sellaisena kuin se oli kyseisen päivän päättyessä, kunkin lääkkeen historian perusteella.',
  dictionaryHeading: 'Tietosanakirja',
  dictionaryText: 'Jokaisessa viennissä EMA:n muotoa lukuun ottamatta on yksi rivi lääkettä kohden ja nämä sarakkeet; luettelot erotetaan merkeillä ”; ”, päivämäärät ovat muotoa VVVV-KK-PP ja tyhjä tarkoittaa tuntematonta.',
  schemaLink: 'Sama JSON Table Schema -muodossa',
  column: 'Sarake',
  type: 'Tyyppi',
  meaning: 'Merkitys',
  dumpHeading: 'Uusin kokonaisvienti',
  dumpIntro: 'Tehty {date}, luettelo päivän {asOf} tilanteen mukaan. Tarkista ladattu tiedosto sen SHA-256-tarkistussummalla.',
  noDump: 'Tässä portaalissa ei ole vielä julkaistu kokonaisvientiä.',
  file: 'Tiedosto',
  rows: 'Rivit',
  size: 'Koko',
  checksum: 'SHA-256-tarkistussumma',
  manifestLink: 'Luettelotiedosto (JSON)',
};
