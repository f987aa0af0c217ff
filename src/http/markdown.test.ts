import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { markdownToPlainText, plainSummary, renderMarkdown } from './markdown.ts';

const render = (s: string) => renderMarkdown(s).value;

// The inputs below are cut from EMA's pages as the page parser keeps them (actos, kostaive,
// hukyndra, arikayce-liposomal, abasaglar, adcetris, neulasta, elahere in ../shared/ema/epar-pages).

describe('rendering EMA’s Markdown', () => {
  test('turns blank-line separated blocks into paragraphs and "- " lines into a list, continuing indented lines', () => {
    assert.equal(
      render('First line\nsame paragraph.\n\n- one\n  more\n- two\n\nLast.'),
      '<p>First line same paragraph.</p><ul class="list-bullet"><li>one more</li><li>two</li></ul><p>Last.</p>',
    );
  });

  test('nests indented items under the item before them, with bold inside (actos)', () => {
    const source =
      'Pioglitazone is indicated in the treatment of type-2 diabetes mellitus:\n\n- as **monotherapy:**\n  - in patients inadequately controlled by diet and exercise;\n- as **dual oral therapy** in combination with:\n  - metformin, in patients with insufficient glycaemic control.';
    assert.equal(
      render(source),
      '<p>Pioglitazone is indicated in the treatment of type-2 diabetes mellitus:</p>' +
        '<ul class="list-bullet"><li>as <strong>monotherapy:</strong><ul class="list-bullet"><li>in patients inadequately controlled by diet and exercise;</li></ul></li>' +
        '<li>as <strong>dual oral therapy</strong> in combination with:<ul class="list-bullet"><li>metformin, in patients with insufficient glycaemic control.</li></ul></li></ul>',
    );
  });

  test('turns a pipe table into a table with a header row (kostaive)', () => {
    const source = '| **Date** | **Key developments** |\n|------------|-------------------------------------|\n| 12/02/2025 | Marketing authorisation of Kostaive |';
    assert.equal(
      render(source),
      '<table class="table"><thead><tr><th scope="col" class="table__header"><strong>Date</strong></th><th scope="col" class="table__header"><strong>Key developments</strong></th></tr></thead>' +
        '<tbody><tr><td class="table__cell">12/02/2025</td><td class="table__cell">Marketing authorisation of Kostaive</td></tr></tbody></table>',
    );
  });

  test('reads a one-cell table as the paragraph EMA wrapped in it (hukyndra)', () => {
    const source = '| Rheumatoid arthritis Hukyndra in combination with methotrexate, is indicated for: - the treatment of active rheumatoid arthritis. |\n|---------------------------------------|';
    assert.equal(render(source), '<p>Rheumatoid arthritis Hukyndra in combination with methotrexate, is indicated for: - the treatment of active rheumatoid arthritis.</p>');
  });

  test('renders italics, but not an asterisk inside a word or a lone one', () => {
    assert.equal(
      render('caused by *Mycobacterium avium* Complex (MAC), p*q and 5 * 3'),
      '<p>caused by <em>Mycobacterium avium</em> Complex (MAC), p*q and 5 * 3</p>',
    );
  });

  test('links to EMA and to web addresses, and keeps only the text of any other link (abasaglar)', () => {
    assert.equal(
      render('Further information can be found in the [Abasaglar : EPAR - Risk-management-plan summary](https://www.ema.europa.eu/en/documents/rmp-summary/abasaglar_en.pdf) .'),
      '<p>Further information can be found in the <a href="https://www.ema.europa.eu/en/documents/rmp-summary/abasaglar_en.pdf">Abasaglar : EPAR - Risk-management-plan summary</a> .</p>',
    );
    assert.equal(render('[overview](/en/medicines/human/EPAR/abasaglar)'), '<p><a href="https://www.ema.europa.eu/en/medicines/human/EPAR/abasaglar">overview</a></p>');
    assert.equal(render('[click](javascript:alert(1))'), '<p>click</p>');
    assert.equal(render('[x](javascript:alert)'), '<p>x</p>');
  });

  test('escapes everything that is text, markup characters included (elahere)', () => {
    assert.equal(render('increased liver enzyme levels <in the blood> & "joint" pain'), '<p>increased liver enzyme levels &lt;in the blood&gt; &amp; &quot;joint&quot; pain</p>');
    assert.equal(render('**<script>alert(1)</script>**'), '<p><strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong></p>');
    assert.equal(render('[a](https://example.org/"onmouseover="x)'), '<p><a href="https://example.org/&quot;onmouseover=&quot;x">a</a></p>');
  });

  test('shows a heading inside the text as a bold line and drops an empty one (adcetris, neulasta)', () => {
    assert.equal(render('####\n\nNeulasta is a medicine.'), '<p>Neulasta is a medicine.</p>');
    assert.equal(render('### Hodgkin lymphoma\nText.'), '<p><strong>Hodgkin lymphoma</strong></p><p>Text.</p>');
  });

  test('never leaves a marker behind, even unpaired', () => {
    for (const source of ['**Hodgkin lymphoma** Adcetris is indicated', 'an unpaired ** marker', '**bold over\n\n two paragraphs**', '****']) {
      assert.doesNotMatch(render(source), /\*\*/, source);
    }
  });

  test('numbers an ordered list', () => {
    assert.equal(render('1. first\n2. second'), '<ol class="list-number"><li>first</li><li>second</li></ol>');
  });

  test('keeps items separated by blank lines in one list', () => {
    assert.equal(render('- one\n\n- two'), '<ul class="list-bullet"><li>one</li><li>two</li></ul>');
  });
});

describe('EMA’s Markdown as plain text', () => {
  test('keeps the words of lists, tables, bold and links, and no markers', () => {
    const source = '**Hodgkin lymphoma**\n\n- as **monotherapy:**\n  - in [patients](https://example.org)\n\n| **Date** | **Key developments** |\n|---|---|\n| 12/02/2025 | Authorised |';
    assert.equal(markdownToPlainText(source), 'Hodgkin lymphoma\nas monotherapy:\nin patients\nDate; Key developments\n12/02/2025; Authorised');
    assert.equal(markdownToPlainText(source, { oneLine: true }), 'Hodgkin lymphoma as monotherapy: in patients Date; Key developments 12/02/2025; Authorised');
  });

  test('cuts a summary at a word, with an ellipsis', () => {
    const summary = plainSummary('**Rheumatoid arthritis** Hukyndra in combination with methotrexate is indicated for the treatment of adults.', 50);
    assert.equal(summary, 'Rheumatoid arthritis Hukyndra in combination with…');
    assert.ok(summary.length <= 50);
    assert.equal(plainSummary('Short text.', 50), 'Short text.');
  });
});
