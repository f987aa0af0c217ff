import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseOverviewText, type ParsedOverview } from './parse-overview-text.ts';

/** Fixtures are invented overviews for an invented medicine, laid out as EMA's PDFs come out of text extraction. */
function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
}

function headings(parsed: ParsedOverview): (string | null)[] {
  return parsed.sections.map((s) => s.heading);
}

function bodyUnder(parsed: ParsedOverview, heading: string): string {
  const section = parsed.sections.find((s) => s.heading === heading);
  assert.ok(section, `no section "${heading}" in ${JSON.stringify(headings(parsed))}`);
  return section.body;
}

const BOILERPLATE = [
  /EMA\/\d+\/\d{4}/,
  /EMEA\/H\/C/,
  /Seite|Σελίδα|Página|Page \d/,
  /^\d\/\d$/m,
  /Domenico Scarlattilaan|Amsterdam|Westferry|London/,
  /Telephone|Facsimile|info@ema/,
  /how-to-find-us|europa\.eu\/contact/,
  /©|Reproduction|Nachdruck|reproducción|acknowledged|fuente\./,
  /Agentur der Europäischen Union|Οργανισμός της Ευρωπαϊκής Ένωσης|agencia de la Unión Europea|agency of the European Union/i,
  /Fictivex \(fictumab\)|^Oldex$/m,
];

function assertNoBoilerplate(parsed: ParsedOverview): void {
  for (const section of parsed.sections) {
    for (const pattern of BOILERPLATE) {
      assert.doesNotMatch(`${section.heading ?? ''}\n${section.body}`, pattern, `section "${section.heading}" holds boilerplate`);
    }
  }
}

test('parses a German overview into the introduction, the questions in order and the closing section', () => {
  const parsed = parseOverviewText(fixture('fictivex-de.txt'), { lang: 'de' });
  assert.deepEqual(headings(parsed), [
    null,
    'Wie wird Fictivex angewendet?',
    'Wie wirkt Fictivex?',
    'Welcher Nutzen von Fictivex hat sich in den Studien gezeigt?',
    'Welche Risiken sind mit Fictivex verbunden?',
    'Warum wurde Fictivex in der EU zugelassen?',
    'Welche Maßnahmen werden zur Gewährleistung einer sicheren und wirksamen Anwendung von Fictivex ergriffen?',
    'Weitere Informationen über Fictivex',
  ]);
  assert.equal(parsed.title, 'Übersicht über Fictivex und warum es in der EU zugelassen ist');
  assert.equal(parsed.nameLine, 'Fictivex (fictumab)');
  assert.equal(parsed.medicineName, 'Fictivex');
  assert.equal(parsed.referenceNumber, 'EMA/123456/2023');
  assert.equal(parsed.productNumber, 'EMEA/H/C/009999');
  assert.equal(parsed.preamble, null);
  assert.deepEqual(parsed.warnings, []);
  assertNoBoilerplate(parsed);
});

test('gives the first question’s answer as the heading-less introduction and keeps the question', () => {
  const parsed = parseOverviewText(fixture('fictivex-de.txt'));
  assert.equal(parsed.intro?.question, 'Was ist Fictivex und wofür wird es angewendet?');
  const expected =
    'Fictivex ist ein Arzneimittel zur Behandlung von Erwachsenen mit mittelschwerer bis schwerer Plaque-Psoriasis, ' +
    'einer Erkrankung, die rote, schuppige Flecken auf der Haut verursacht. Es wird angewendet, wenn andere ' +
    'Behandlungen nicht ausreichend gewirkt haben.\n\nFictivex enthält den Wirkstoff Fictumab.';
  assert.equal(parsed.intro?.body, expected);
  assert.deepEqual(parsed.sections[0], { heading: null, body: expected });
});

test('rebuilds paragraphs: wrapped lines join, a line that ends a sentence early ends its paragraph', () => {
  const parsed = parseOverviewText(fixture('fictivex-de.txt'));
  assert.equal(
    bodyUnder(parsed, 'Wie wird Fictivex angewendet?'),
    'Fictivex ist nur auf ärztliche Verschreibung erhältlich. Die Behandlung sollte von einem Arzt mit Erfahrung in der ' +
      'Behandlung der Psoriasis eingeleitet werden.\n\n' +
      'Die empfohlene Dosis beträgt 150 mg, die alle vier Wochen als Injektion unter die Haut gegeben wird. Nach einer ' +
      'Schulung können sich Patienten selbst spritzen.\n\n' +
      'Weitere Informationen zur Anwendung von Fictivex entnehmen Sie der Packungsbeilage oder wenden Sie sich an Ihren ' +
      'Arzt oder Apotheker.',
  );
});

test('drops the address block, agency line and copyright line that a page break puts inside a paragraph', () => {
  const parsed = parseOverviewText(fixture('fictivex-de.txt'));
  assert.equal(
    bodyUnder(parsed, 'Welcher Nutzen von Fictivex hat sich in den Studien gezeigt?'),
    'In zwei Hauptstudien mit insgesamt 1 204 Patienten wurde Fictivex mit einer Scheinbehandlung – einem Placebo – ' +
      'verglichen. Nach 16 Wochen hatten 71 % der Patienten unter Fictivex eine Besserung der Symptome um mindestens ' +
      '90 %, verglichen mit 3 % der Patienten unter Placebo.',
    'one paragraph, and the dash that wrapped to a line start is no list item',
  );
});

test('turns • bullets into "- " lines, joining an item wrapped over two lines', () => {
  const parsed = parseOverviewText(fixture('fictivex-de.txt'));
  assert.equal(
    bodyUnder(parsed, 'Welche Risiken sind mit Fictivex verbunden?'),
    'Die häufigsten Nebenwirkungen von Fictivex (die mehr als 1 von 10 Behandelten betreffen können) sind:\n\n' +
      '- Infektionen der oberen Atemwege, wie Schnupfen oder Halsschmerzen;\n' +
      '- Kopfschmerzen;\n' +
      '- Reaktionen an der Injektionsstelle, wie Rötung, Schwellung und Schmerzen, die bei einigen Patienten mehrere Tage anhalten können.\n\n' +
      'Fictivex darf nicht bei Patienten mit einer aktiven, schweren Infektion angewendet werden.',
  );
});

test('returns the closing non-question section separately and as the last section', () => {
  const parsed = parseOverviewText(fixture('fictivex-de.txt'));
  assert.deepEqual(parsed.moreInformation, {
    heading: 'Weitere Informationen über Fictivex',
    body:
      'Fictivex erhielt am 1. März 2023 eine Genehmigung für das Inverkehrbringen in der EU. Weitere Informationen zu ' +
      'Fictivex finden Sie auf den Internetseiten der Agentur: ema.europa.eu/medicines/human/EPAR/fictivex.\n\n' +
      'Diese Übersicht wurde zuletzt im 03-2023 aktualisiert.',
  });
  assert.equal(parsed.sections.at(-1), parsed.moreInformation);
});

test('recognises Greek questions ending in ";" (either code point) in text with blank lines and form feeds', () => {
  const parsed = parseOverviewText(fixture('fictivex-el.txt'), { lang: 'el' });
  assert.deepEqual(headings(parsed), [
    null,
    'Πώς χρησιμοποιείται το Fictivex;',
    'Ποια είναι τα οφέλη του Fictivex σύμφωνα με τις μελέτες;',
    'Ποιοι κίνδυνοι συνδέονται με το Fictivex;',
    'Ποια μέτρα λαμβάνονται για την ασφαλή και αποτελεσματική χρήση του Fictivex;',
    'Άλλες πληροφορίες για το Fictivex',
  ]);
  assert.equal(parsed.intro?.question, 'Τι είναι το Fictivex και σε τι χρησιμοποιείται;');
  assert.equal(parsed.title, 'Ανασκόπηση του Fictivex και για ποιον λόγο έχει εγκριθεί στην ΕΕ');
  assert.equal(parsed.referenceNumber, 'EMA/234567/2022');
  assert.deepEqual(parsed.warnings, []);
  assertNoBoilerplate(parsed);
});

test('keeps a Greek dash list after a colon and drops the wrapped English copyright line', () => {
  const parsed = parseOverviewText(fixture('fictivex-el.txt'), { lang: 'el' });
  assert.equal(
    bodyUnder(parsed, 'Πώς χρησιμοποιείται το Fictivex;'),
    'Το φάρμακο χορηγείται μόνο με ιατρική συνταγή. Η συνιστώμενη δόση είναι 150 mg κάθε τέσσερις εβδομάδες με ένεση ' +
      'κάτω από το δέρμα. Οι ασθενείς μπορούν να κάνουν μόνοι τους την ένεση, εφόσον έχουν λάβει σχετική εκπαίδευση.\n\n' +
      'Οι ασθενείς πρέπει να ελέγχονται για:\n\n- λοιμώξεις, όπως φυματίωση·\n- αντιδράσεις υπερευαισθησίας.',
  );
  assert.equal(parsed.moreInformation?.body, 'Το Fictivex έλαβε άδεια κυκλοφορίας, η οποία ισχύει σε ολόκληρη την ΕΕ, στις 6 Ιουνίου 2022.');
});

test('does not take ";" for a question mark outside Greek', () => {
  const text = [
    'What is Testex and what is it used for?',
    'Testex is a medicine. The most common side effects are listed below.',
    'Headache;',
    'Nausea.',
    'How is Testex used?',
    'Testex is taken by mouth.',
  ].join('\n');
  assert.deepEqual(headings(parseOverviewText(text, { lang: 'en' })), [null, 'How is Testex used?']);
});

test('recognises Spanish questions opened with "¿", also when wrapped, and plain "2/3" page numbers', () => {
  const parsed = parseOverviewText(fixture('fictivex-es.txt'), { lang: 'es' });
  assert.deepEqual(headings(parsed), [
    null,
    '¿Cómo se usa Fictivex?',
    '¿Qué beneficios ha demostrado tener Fictivex en los estudios?',
    '¿Por qué se ha autorizado Fictivex en la UE?',
    '¿Qué medidas se han adoptado para garantizar un uso seguro y eficaz de Fictivex?',
    'Otra información sobre Fictivex',
  ]);
  assert.equal(parsed.intro?.question, '¿Qué es Fictivex y para qué se utiliza?');
  assert.equal(parsed.title, 'Información general sobre Fictivex y sobre los motivos por los que se autoriza su uso en la UE');
  assert.deepEqual(parsed.warnings, []);
  assertNoBoilerplate(parsed);
});

test('turns "-" bullets into list items and ends the list at the next paragraph', () => {
  const parsed = parseOverviewText(fixture('fictivex-es.txt'));
  assert.equal(
    bodyUnder(parsed, '¿Cómo se usa Fictivex?'),
    'Fictivex se puede obtener únicamente con receta médica. La dosis recomendada es de 150 mg cada cuatro semanas, ' +
      'administrada mediante inyección bajo la piel.\n\n' +
      'Los efectos adversos más frecuentes son:\n\n' +
      '- dolor de cabeza;\n' +
      '- infecciones de las vías respiratorias altas, como resfriado común o dolor de garganta, que en algunos pacientes pueden durar varios días;\n' +
      '- reacciones en el lugar de la inyección.\n\n' +
      'El tratamiento no debe administrarse a pacientes con una infección activa grave.',
  );
});

test('reads an old-style "EPAR summary for the public": preamble apart, "Page 2 of 3", London address, "Other information about X:"', () => {
  const parsed = parseOverviewText(fixture('oldex-en.txt'), { lang: 'en', medicineName: 'Oldex' });
  assert.equal(parsed.title, 'EPAR summary for the public');
  assert.match(parsed.preamble ?? '', /^This document is a summary of the European public assessment report \(EPAR\) for Oldex\. It explains/);
  assert.equal(parsed.productNumber, 'EMEA/H/C/000321');
  assert.equal(parsed.referenceNumber, 'EMA/654321/2012');
  assert.deepEqual(headings(parsed), [
    null,
    'What is Oldex used for?',
    'How is Oldex used?',
    'What measures are being taken to ensure the safe and effective use of Oldex and of other medicines in its class?',
    'Other information about Oldex',
  ]);
  assert.equal(parsed.intro?.question, 'What is Oldex?');
  assert.equal(parsed.moreInformation?.body.split('\n\n').length, 3);
  assert.match(parsed.moreInformation?.body ?? '', /website: ema\.europa\.eu\/Find medicine\/Human medicines\/European public assessment reports\./);
  assert.deepEqual(parsed.warnings, []);
  assertNoBoilerplate(parsed);
});

test('reads pages given as an array the same as pages separated by form feeds', () => {
  const text = fixture('fictivex-el.txt');
  assert.deepEqual(parseOverviewText(text.split('\f'), { lang: 'el' }), parseOverviewText(text, { lang: 'el' }));
});

test('drops a bare page number at a page edge but keeps numbers inside the text', () => {
  const pages = ['What is Testex and what is it used for?\nTestex is given as 2 tablets.\n1', '2\nHow is Testex used?\nTake 2\ntablets a day.'];
  const parsed = parseOverviewText(pages, { medicineName: 'Testex' });
  assert.deepEqual(parsed.sections, [
    { heading: null, body: 'Testex is given as 2 tablets.' },
    { heading: 'How is Testex used?', body: 'Take 2 tablets a day.' },
  ]);
});

test('keeps a hyphen that belongs to the word when joining wrapped lines', () => {
  const text = 'What is Testex?\nTestex treats NSCLC with KRAS G12C\n-mutations and type 2-\ndiabetes in one study.';
  assert.equal(parseOverviewText(text).intro?.body, 'Testex treats NSCLC with KRAS G12C-mutations and type 2-diabetes in one study.');
});

test('finds a closing heading whose wording is unknown by its shape, and says so', () => {
  const text = [
    'What is Testex and what is it used for?',
    'Testex is a medicine for testing parsers.',
    'How is Testex used?',
    'Testex is taken by mouth.',
    'Closing remarks on Testex',
    'Testex was authorised in 2024.',
  ].join('\n');
  const parsed = parseOverviewText(text, { medicineName: 'Testex' });
  assert.deepEqual(parsed.moreInformation, { heading: 'Closing remarks on Testex', body: 'Testex was authorised in 2024.' });
  assert.equal(parsed.warnings.length, 1);
  assert.match(parsed.warnings[0]!, /Closing remarks on Testex.*shape/);
});

test('warns instead of throwing when no question or closing heading is found', () => {
  const parsed = parseOverviewText('Some text.\nMore text without any question.');
  assert.deepEqual(parsed.sections, [{ heading: null, body: 'Some text.\n\nMore text without any question.' }]);
  assert.equal(parsed.moreInformation, null);
  assert.match(parsed.warnings.join('\n'), /no question headings/);

  const noClosing = parseOverviewText('What is Testex?\nA medicine.\nHow is Testex used?\nBy mouth.');
  assert.equal(noClosing.moreInformation, null);
  assert.match(noClosing.warnings.join('\n'), /no "more information" heading/);

  assert.match(parseOverviewText('').warnings.join('\n'), /empty/);
});

test('warns about a question that does not name the medicine', () => {
  const text = 'What is Testex?\nA medicine.\nHow is it used?\nBy mouth.\nOther information about Testex\nAuthorised in 2024.';
  const parsed = parseOverviewText(text, { medicineName: 'Testex' });
  assert.deepEqual(parsed.warnings, ['heading "How is it used?" does not name Testex']);
});
