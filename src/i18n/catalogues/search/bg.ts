/** Bulgarian search and browse interface strings. Machine-assisted translation, awaiting review by a native speaker. */
import type { SearchMessages } from './en.ts';

export const bg: SearchMessages = {
  title: 'Търсене на лекарства',
  titleWithQuery: 'Резултати от търсенето за „{query}“',
  description:
    'Търсете всяко лекарство, оценено от EMA, по наименование, активно вещество, заболяване, компания или код, на всеки език на ЕС.',
  form: {
    label: 'Търсене на лекарства',
    hint: 'Лекарство или активно вещество, заболяване, компания или ATC код, например sotorasib, рак на белия дроб или L01',
    button: 'Търсене',
    sort: 'Подреждане по',
    sortButton: 'Подреждане',
    apply: 'Прилагане на филтрите',
    clear: 'Изчистване на филтрите',
  },
  sortRelevance: 'Най-добро съвпадение',
  facets: {
    heading: 'Филтриране на резултатите',
    category: 'Вид лекарство',
    status: 'Статус',
    area: 'Терапевтична област',
    atc: 'ATC код',
    holder: 'Компания (притежател или заявител)',
    flag: 'Регулаторни характеристики',
    year: 'Година на разрешаване',
    count: { one: '{count} резултат', other: '{count} резултата' },
    browseAll: { area: 'Всички терапевтични области', holder: 'Всички компании', atc: 'Всички ATC кодове' },
  },
  results: {
    heading: 'Резултати',
    count: { one: 'Намерено е {count} лекарство', other: 'Намерени са {count} лекарства' },
    range: 'Резултати {from}–{to} от {count}',
    none: 'Няма лекарства, които отговарят на търсенето ви.',
    noneHelp: ['Проверете правописа.', 'Използвайте по-малко или по-общи думи.', 'Премахнете някои от филтрите.'],
    pageOutOfRange: 'На тази страница вече няма резултати.',
    didYouMean: 'Имахте ли предвид {suggestion}?',
    foundIn: 'Намерено в: {place}',
    match: {
      name: 'наименование или активно вещество',
      facts: 'показание, терапевтична област, компания или код',
      overview: 'общ преглед на лекарството',
      document: 'продуктова информация',
    },
    documentPage: '{document}, страница {page}',
    inLanguage: '{place} ({language})',
  },
  pagination: {
    label: 'Страници с резултати',
    previous: 'Предишна страница',
    next: 'Следваща страница',
    first: 'Първа страница',
    position: 'Страница {page} от {pages}',
  },
  error: {
    heading: 'Възникна проблем',
  },
  browse: {
    title: 'Разглеждане на лекарствата',
    description: 'Всички лекарства, групирани според класификациите на EMA. Всяко число води към съответните лекарства.',
    byAtc: {
      title: 'По ATC код',
      description:
        'Анатомо-терапевтично-химични (ATC) кодове с фармакотерапевтичните групи, които EMA посочва за лекарствата.',
      more: 'Подкодове на {code}',
    },
    byArea: { title: 'По терапевтична област', description: 'Терапевтични области (рубрики от MeSH), както ги определя EMA.' },
    byHolder: {
      title: 'По компания',
      description: 'Притежатели на разрешения за употреба, а за никога неразрешените лекарства – заявители.',
    },
    byStatus: { title: 'По статус', description: 'Докъде е стигнало разрешаването на всяко лекарство.' },
    count: { one: '{count} лекарство', other: '{count} лекарства' },
    lettersLabel: 'Преход към буква',
    noLabel: 'Без посочена група',
    atcCode: 'ATC код {code}',
  },
  suggest: {
    medicine: 'Лекарство',
    substance: 'Активно вещество',
    area: 'Терапевтична област',
  },
};
