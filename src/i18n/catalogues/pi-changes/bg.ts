/** Bulgarian strings of the product information's "what changed" view. Machine-assisted translation, awaiting review by a native speaker. */
import type { PiChangesMessages } from './en.ts';

export const bg: PiChangesMessages = {
  title: 'Какво се промени в продуктовата информация на {name}',
  description: 'Разделите от продуктовата информация на {name}, които се различават между две версии, дума по дума.',
  lede: 'Разделите, които се различават между две версии на продуктовата информация, дума по дума: премахнатите думи са зачертани, добавените са подчертани.',
  formHeading: 'Версии за сравнение',
  language: 'Език на документа',
  from: 'По-стара версия',
  to: 'По-нова версия',
  compare: 'Сравняване',
  versionOption: '{date}, {source}',
  undated: 'без дата',
  comparing: 'Версия от {to} в сравнение с версията от {from}',
  procedure: 'Процедура, довела до по-новата версия: {procedure}',
  first: 'Това е първата налична версия на този език: всички раздели са показани като добавени.',
  none: 'Няма раздел, който да се различава между тези две версии.',
  noVersions: 'Няма продуктова информация за това лекарство на този език.',
  changed: 'Променен',
  added: 'Добавен',
  removed: 'Премахнат',
  headingBefore: 'Предишно заглавие: {heading}',
  readSection: 'Прочетете този раздел',
  count: 'Различаващи се раздели: {count}',
};
