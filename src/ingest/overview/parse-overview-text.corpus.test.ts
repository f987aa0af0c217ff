/**
 * Parses the project's Swedish seed, the text of EMA's Lumykras overview PDF (EMA/685702/2021), and
 * holds it against the English EPAR page of the same medicine (seed 001), which shows the same
 * overview as HTML. Reads `../shared/seeds` (or `$OPENEPAR_SHARED/seeds`); skipped, visibly, when absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { SKIP_MESSAGE, sharedPath } from '../../../test/support/shared-corpus.ts';
import { parseOverviewText } from './parse-overview-text.ts';

const swedishPath = sharedPath('seeds/000_e7f5d8a26cc1f18b.txt');
const englishPath = sharedPath('seeds/001_91dec108a6b42742.txt');

/** The overview on the English page: "## " headings from "Overview" to "Other information about", with their paragraphs. */
function englishOverview(markdown: string): { heading: string | null; paragraphs: string[] }[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf('## Overview');
  assert.ok(start >= 0, 'the English page has an overview');
  const sections: { heading: string | null; paragraphs: string[] }[] = [{ heading: null, paragraphs: [] }];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('## ')) {
      sections.push({ heading: line.slice(3), paragraphs: [] });
      continue;
    }
    // The document list that follows the last section is not overview text.
    if (/ : EPAR - /.test(line)) break;
    if (line.trim() === '' || /^(Expand|Collapse) section$/.test(line)) continue;
    sections.at(-1)!.paragraphs.push(line);
  }
  return sections;
}

if (swedishPath === null || englishPath === null) {
  test('parses the Swedish Lumykras overview seed', (t) => {
    t.skip(SKIP_MESSAGE);
  });
} else {
  const swedish = readFileSync(swedishPath, 'utf8');
  const english = englishOverview(readFileSync(englishPath, 'utf8'));
  const parsed = parseOverviewText(swedish, { lang: 'sv' });

  test('the English page has the intro and eight headings ending in "Other information about Lumykras"', () => {
    assert.deepEqual(
      english.map((s) => s.heading),
      [
        null,
        'How is Lumykras used?',
        'How does Lumykras work?',
        'What benefits of Lumykras have been shown in studies?',
        'What are the risks associated with Lumykras?',
        'Why is Lumykras authorised in the EU?',
        'What information is still awaited for Lumykras?',
        'What measures are being taken to ensure the safe and effective use of Lumykras?',
        'Other information about Lumykras',
      ],
    );
  });

  test('gives the intro, then the seven Swedish questions and the closing section, in the English order', () => {
    for (const w of parsed.warnings) console.log(`# warning: ${w}`);
    assert.deepEqual(parsed.warnings, []);
    assert.deepEqual(
      parsed.sections.map((s) => s.heading),
      [
        null,
        'Hur används Lumykras?',
        'Hur verkar Lumykras?',
        'Vilka fördelar med Lumykras har visats i studierna?',
        'Vilka är riskerna med Lumykras?',
        'Varför är Lumykras godkänt i EU?',
        'Vilken information om Lumykras saknas för närvarande?',
        'Vad görs för att garantera säker och effektiv användning av Lumykras?',
        'Mer information om Lumykras',
      ],
    );
    assert.equal(parsed.sections.length, english.length, 'as many sections as the English page');
    assert.equal(parsed.intro?.question, 'Vad är Lumykras och vad används det för?');
    assert.deepEqual(parsed.moreInformation, parsed.sections.at(-1));
    assert.equal(parsed.moreInformation?.body, 'Mer information om Lumykras finns på EMA:s webbplats: ema.europa.eu/medicines/human/EPAR/lumykras.');
  });

  test('splits every answer into as many paragraphs as the English page has', () => {
    // The closing section is left out: its English text (the authorisation date) is not the Swedish one (the website).
    parsed.sections.slice(0, -1).forEach((section, i) => {
      const paragraphs = section.body.split('\n\n');
      assert.equal(paragraphs.length, english[i]!.paragraphs.length, `paragraphs under "${section.heading ?? 'intro'}"`);
    });
  });

  test('reads the title block and reference numbers', () => {
    assert.equal(parsed.title, 'Sammanfattning av Lumykras och varför det är godkänt inom EU');
    assert.equal(parsed.nameLine, 'Lumykras (sotorasib)');
    assert.equal(parsed.medicineName, 'Lumykras');
    assert.equal(parsed.referenceNumber, 'EMA/685702/2021');
    assert.equal(parsed.productNumber, 'EMEA/H/C/005522');
    assert.equal(parsed.preamble, null);
  });

  test('leaves footers, page numbers, the address block and the copyright line out of every section', () => {
    for (const section of parsed.sections) {
      const text = `${section.heading ?? ''}\n${section.body}`;
      for (const boilerplate of ['Sida', 'EMA/685702/2021', 'EMEA/H/C', 'Domenico Scarlattilaan', 'Amsterdam', '©', 'Telephone', 'Telefon', 'Official address', 'agency of the European Union', 'Reproduction', 'sotorasib)']) {
        assert.ok(!text.includes(boilerplate), `"${boilerplate}" in section "${section.heading}"`);
      }
      // EMA's site address is real content only as the closing section's link to the medicine's page.
      for (const match of text.matchAll(/\S*ema\.europa\.eu\S*/g)) {
        assert.equal(match[0], 'ema.europa.eu/medicines/human/EPAR/lumykras.', `address in section "${section.heading}"`);
      }
    }
  });

  test('keeps the doses and study figures', () => {
    const all = parsed.sections.map((s) => s.body).join('\n\n');
    for (const fact of ['960 mg en gång dagligen', '480 mg en gång om dagen', '240 mg en gång om dagen', '(240 mg)', 'huvudstudie på 124 patienter', '(46 av 124)']) {
      assert.ok(all.includes(fact), `"${fact}" survives`);
    }
    // The English page says "37%"; the Swedish overview writes the figure out as "37 procent".
    assert.match(bodyOf('Vilka fördelar med Lumykras har visats i studierna?'), /Omkring 37 procent \(46 av 124\) av patienterna/);
    assert.match(bodyOf('Hur används Lumykras?'), /Den rekommenderade dosen är 960 mg en gång dagligen\./);
  });

  test('joins a paragraph split by the page break and its footer back together', () => {
    // Page 1 ends after "dör." with EMA's address block; page 2 opens with the next question.
    assert.ok(bodyOf('Hur verkar Lumykras?').endsWith('samt främjar processer som gör att cancercellerna dör.'));
    assert.ok(bodyOf('Varför är Lumykras godkänt i EU?').includes('KRAS G12C-mutationer vars cancer'), 'hyphen-led line joined without a space');
  });

  function bodyOf(heading: string): string {
    const section = parsed.sections.find((s) => s.heading === heading);
    assert.ok(section, `no section "${heading}"`);
    return section.body;
  }
}
