/** Bulgarian export interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { ExportsMessages } from './en.ts';

export const bg: ExportsMessages = {
  heading: 'Масов експорт',
  text: 'Изтеглете целия каталог или резултатите от всяко търсене (със същите параметри като API за търсене) като CSV (UTF-8, за електронни таблици), Excel, JSON Lines или Parquet (за DuckDB, pandas и Spark), или в собствения формат на Европейската агенция по лекарствата с 39 колони, който нейният импорт на таблици прочита обратно без промени.',
  asOf: 'Добавете asOf=YYYY-MM-DD към експорт, към списъка с лекарства или към записа на лекарство, за да получите каталога такъв, какъвто е бил в края на този ден, според историята на всяко лекарство.',
  dictionaryHeading: 'Речник на данните',
  dictionaryText: 'Всеки експорт освен формата на EMA има по един ред на лекарство и тези колони; списъците са разделени с „; “, датите са ГГГГ-ММ-ДД, а празно означава неизвестно.',
  schemaLink: 'Същото като JSON Table Schema',
  column: 'Колона',
  type: 'Тип',
  meaning: 'Значение',
  dumpHeading: 'Последен пълен архив',
  dumpIntro: 'Създаден на {date}, с каталога към {asOf}. Проверете изтеглен файл чрез неговата контролна сума SHA-256.',
  noDump: 'В този портал все още няма публикуван пълен архив.',
  file: 'Файл',
  rows: 'Редове',
  size: 'Размер',
  checksum: 'Контролна сума SHA-256',
  manifestLink: 'Манифест (JSON)',
};
