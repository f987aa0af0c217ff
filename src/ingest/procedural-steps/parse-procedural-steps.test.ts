import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classify, identify, parseProceduralSteps } from './parse-procedural-steps.ts';

const PAGE_BREAK = '<div style=\\"page-break-after: always\\"></div>';
const HEADER = `| Application number | Scope | Opinion/ Notification 1 issued on | Commission Decision Issued 2 / amended on | Product Information affected 3 | Summary |
|---|---|---|---|---|---|`;

function front(file: string): string {
  return `---
document_pages: 3
document_pathfilename: www.ema.europa.eu/en/documents/procedural-steps-after/${file}.pdf
converter:
  docling: 2.115.0
---
## ZORVEX

Procedural steps taken and scientific information after the authorisation

`;
}
const ARCHIVE = front('zorvex-epar-procedural-steps-taken-scientific-information-after-authorisation-archive_en');
const CURRENT = front('zorvex-epar-procedural-steps-taken-scientific-information-after-authorisation_en');

function ok(text: string) {
  const result = parseProceduralSteps(text, { fileName: 'zorvex.md' });
  assert.ok(result.ok, result.ok ? '' : result.error);
  return result;
}

test('reads the archive layout: old numbers, dates as ISO, "n/a" and blank cells as null', () => {
  const result = ok(`${ARCHIVE}${HEADER}
| PSUSA/10970 /202405 | Periodic Safety Update EU Single assessment - zorvexib | 16/01/2025 | n/a | | PRAC Recommendation - maintenance |
| II/0010/G | This was an application for a group of variations. Update of   sections 4.2 and 4.8. | 19/09/2024 | 21/10/2024 | SmPC, Annex II and PL | SmPC new text. |
| R/0018 | Renewal of the marketing authorisation. | 19/09/2024 | 14/11/2024 | | |
| EMEA/H/C/005522/IAIN/0006 | B.I.a.1.a - Change in the manufacturer of AS | 22/11/2022 | n/a | | |
`);
  assert.equal(result.medicineName, 'ZORVEX');
  assert.equal(result.slug, 'zorvex');
  assert.equal(result.archive, true);
  assert.deepEqual(result.warnings, []);
  assert.deepEqual(result.procedures, [
    {
      number: 'PSUSA/10970/202405',
      otherNumbers: [],
      type: 'psur',
      typeLabel: null,
      scope: 'Periodic Safety Update EU Single assessment - zorvexib',
      opinionDate: '2025-01-16',
      commissionDecisionDate: null,
      productInformationAffected: null,
      summary: 'PRAC Recommendation - maintenance',
    },
    {
      number: 'II/0010/G',
      otherNumbers: [],
      type: 'variation-ii',
      typeLabel: null,
      scope: 'This was an application for a group of variations. Update of sections 4.2 and 4.8.',
      opinionDate: '2024-09-19',
      commissionDecisionDate: '2024-10-21',
      productInformationAffected: 'SmPC, Annex II and PL',
      summary: 'SmPC new text.',
    },
    {
      number: 'R/0018',
      otherNumbers: [],
      type: 'renewal',
      typeLabel: null,
      scope: 'Renewal of the marketing authorisation.',
      opinionDate: '2024-09-19',
      commissionDecisionDate: '2024-11-14',
      productInformationAffected: null,
      summary: null,
    },
    {
      number: 'EMEA/H/C/005522/IAIN/0006',
      otherNumbers: [],
      type: 'variation-ia',
      typeLabel: null,
      scope: 'B.I.a.1.a - Change in the manufacturer of AS',
      opinionDate: '2022-11-22',
      commissionDecisionDate: null,
      productInformationAffected: null,
      summary: null,
    },
  ]);
});

test('joins a row that a page break split: the continuation row with an empty first cell is appended cell by cell', () => {
  const result = ok(`${ARCHIVE}${HEADER}
| II/0011 | Update of sections 4.2 and 4.5 of the SmPC based on a drug-drug | 14/09/2023 | 19/10/2023 | SmPC and PL | Co-administration of repeat doses |

<!-- image -->

${PAGE_BREAK}

| | interaction study with omeprazole. | | | | of omeprazole decreased Cmax by 32%. |
|---|---|---|---|---|---|
| IA/0014 | B.I.b.2.b - Change in test procedure | 20/09/2023 | n/a | | |
`);
  const [first, second] = result.procedures;
  assert.equal(first?.scope, 'Update of sections 4.2 and 4.5 of the SmPC based on a drug-drug interaction study with omeprazole.');
  assert.equal(first?.summary, 'Co-administration of repeat doses of omeprazole decreased Cmax by 32%.');
  assert.equal(first?.commissionDecisionDate, '2023-10-19');
  assert.equal(second?.number, 'IA/0014');
  assert.equal(result.procedures.length, 2);
});

test('places cells by what they hold when docling dropped empty columns from a page', () => {
  const result = ok(`${ARCHIVE}${HEADER}
| IB/0081 | C.I.z - Changes (Safety/Efficacy) | 14/04/2020 | 26/03/2021 | SmPC and PL |
| PSUSA/2220/ 202202 | Periodic Safety Update EU Single assessment - orlistat | 29/09/2022 | n/a | PRAC Recommendation - maintenance |
| I/0007 | 12a_Change in specification | 13/05/1999 | 25/05/1999 |
`);
  const [ib, psusa, typeI] = result.procedures;
  assert.equal(ib?.productInformationAffected, 'SmPC and PL');
  assert.equal(ib?.summary, null);
  assert.equal(psusa?.number, 'PSUSA/2220/202202');
  assert.equal(psusa?.summary, 'PRAC Recommendation - maintenance');
  assert.equal(psusa?.productInformationAffected, null);
  assert.equal(typeI?.commissionDecisionDate, '1999-05-25');
  assert.equal(typeI?.type, 'other', 'type I variations predate the IA/IB split');
});

test('joins a PSUSA number split over two pages', () => {
  const result = ok(`${ARCHIVE}${HEADER}
| PSUSA/10695 | Periodic Safety Update EU Single assessment - | 14/02/2019 | n/a | PRAC Recommendation - maintenance |

${PAGE_BREAK}

| /201808 | bictegravir / emtricitabine | | | |
|---|---|---|---|---|
`);
  assert.equal(result.procedures[0]?.number, 'PSUSA/10695/201808');
  assert.equal(result.procedures[0]?.scope, 'Periodic Safety Update EU Single assessment - bictegravir / emtricitabine');
});

test('reads the current layout: type label apart from the number, a PSUR with its EURD number, a renewal split by a page', () => {
  const result = ok(`${CURRENT}${HEADER}
| Variation type II / EMA/VR/0000339051 | Outcome: C.9 Introduction of, or change(s) to, the obligations and conditions of a marketing | 25/06/2026 | | SmPC and Annex II | |

${PAGE_BREAK}

| | authorisation, including the risk management plan - Accepted | | | |
|---|---|---|---|---|
| Renewal - 1 year / EMA/R/0000285162 | Outcome: Renewal of marketing authorisation. | 18/09/2025 | 10/11/2025 | The CHMP recommends the renewal of the |

${PAGE_BREAK}

| | | | conditional MA for ZORVEX. |
|---|---|---|---|
| Variation type IA_IN / EMA/VR/0000300754 | B.III.1.a European Pharmacopoeial Certificate of Suitability - Accepted | 25/11/2025 | N/A |
| PSUR / EMA/PSUR/0000257886 | EURD: PSUSA/00010970/202411 Active substance: zorvexib Outcome: Maintenance | 10/07/2025 | Maintenance |
`);
  assert.equal(result.archive, false);
  const [ii, renewal, iain, psur] = result.procedures;
  assert.equal(ii?.number, 'EMA/VR/0000339051');
  assert.equal(ii?.typeLabel, 'Variation type II');
  assert.equal(ii?.type, 'variation-ii');
  assert.equal(
    ii?.scope,
    'Outcome: C.9 Introduction of, or change(s) to, the obligations and conditions of a marketing authorisation, including the risk management plan - Accepted',
  );
  assert.equal(ii?.productInformationAffected, 'SmPC and Annex II');
  assert.equal(renewal?.type, 'renewal');
  assert.equal(renewal?.typeLabel, 'Renewal - 1 year');
  assert.equal(renewal?.summary, 'The CHMP recommends the renewal of the conditional MA for ZORVEX.');
  assert.equal(renewal?.commissionDecisionDate, '2025-11-10');
  assert.equal(iain?.type, 'variation-ia');
  assert.equal(iain?.commissionDecisionDate, null);
  assert.equal(psur?.type, 'psur');
  assert.equal(psur?.number, 'EMA/PSUR/0000257886');
  assert.deepEqual(psur?.otherNumbers, ['PSUSA/00010970/202411']);
  assert.equal(psur?.summary, 'Maintenance');
  assert.deepEqual(result.warnings, []);
});

test('finds a number docling parted from its label: on the next page, or in a later cell of the row', () => {
  const result = ok(`${CURRENT}${HEADER}
| Variation type IB / | This was an application for a variation | 15/01/2026 | | SmPC and PL | |

${PAGE_BREAK}

| EMA/VR/0000310720 | following a worksharing procedure. | | |
|---|---|---|---|
| Variation type IA / | Outcome: A.7 Deletion of manufacturing sites | 16/12/2025 | EMA/VR/0000318934 |
| Variation type II / | Outcome: C.I.4 Change(s) in the SmPC | 23/07/2026 | 28/07/2026 | SmPC, | |

${PAGE_BREAK}

| EMA/VR/0000355113 | due to new clinical data - Accepted | | Labelling and PL | |
|---|---|---|---|---|
`);
  assert.deepEqual(
    result.procedures.map((p) => [p.number, p.typeLabel, p.scope, p.productInformationAffected]),
    [
      ['EMA/VR/0000310720', 'Variation type IB', 'This was an application for a variation following a worksharing procedure.', 'SmPC and PL'],
      ['EMA/VR/0000318934', 'Variation type IA', 'Outcome: A.7 Deletion of manufacturing sites', null],
      ['EMA/VR/0000355113', 'Variation type II', 'Outcome: C.I.4 Change(s) in the SmPC due to new clinical data - Accepted', 'SmPC, Labelling and PL'],
    ],
  );
});

test('leaves out, with a warning, a procedure whose number is nowhere: every procedure has a number', () => {
  const result = ok(`${CURRENT}${HEADER}
| Extension of marketing authorisation / | | | | SmPC, Labelling and | |
| Variation type II / EMA/VR/0000264560 | Outcome: C.I.4 - Accepted | 19/06/2025 | 24/10/2025 | SmPC and PL | |
`);
  assert.deepEqual(
    result.procedures.map((p) => p.number),
    ['EMA/VR/0000264560'],
  );
  assert.match(result.warnings[0]!, /^line 13: left out a procedure whose number docling lost \("Extension of marketing authorisation"/);
});

test('takes a number printed in a later column of a continuation row for a new procedure', () => {
  const result = ok(`${ARCHIVE}${HEADER}
| IA/0212 | A.4 - Administrative change | 06/07/2022 | n/a | | |
| | This was an application for a group of variations. A.7 - Deletion of manufacturing sites | 02/09/2021 | 16/12/2021 | Annex II | IA/0211/G dossier) - Deletion |
| IA/0210 | B.II.e.5.b - Deletion of a pack size | 02/07/2021 | 16/12/2021 | SmPC, Labelling and PL | |
`);
  assert.deepEqual(
    result.procedures.map((p) => [p.number, p.opinionDate, p.productInformationAffected]),
    [
      ['IA/0212', '2022-07-06', null],
      ['IA/0211/G', '2021-09-02', 'Annex II'],
      ['IA/0210', '2021-07-02', 'SmPC, Labelling and PL'],
    ],
  );
  assert.equal(result.procedures[1]?.scope, 'This was an application for a group of variations. A.7 - Deletion of manufacturing sites dossier) - Deletion');
  assert.match(result.warnings[0]!, /read IA\/0211\/G, printed in a later column/);
});

test('appends the lines of a table that lost its columns, and text between tables, to the scope with a warning', () => {
  const result = ok(`${CURRENT}${HEADER}
| Variation type II / EMA/VR/0000316576 | Outcome: This was an application for a group of variations. | 21/05/2026 | 19/06/2026 | SmPC and PL | |

${PAGE_BREAK}

| C.I.6 Change(s) to therapeutic indication(s) - C.I.6.a Addition of a new therapeutic |
|---|
| indication - Accepted |

${PAGE_BREAK}

Extension of indication to adolescents.

${PAGE_BREAK}

| IB/0016 | B.II.f.1.b.1 - Stability of FP | 12/02/2024 | 16/05/2024 | SmPC | |
|---|---|---|---|---|---|
`);
  assert.equal(
    result.procedures[0]?.scope,
    'Outcome: This was an application for a group of variations. C.I.6 Change(s) to therapeutic indication(s) - C.I.6.a Addition of a new therapeutic indication - Accepted Extension of indication to adolescents.',
  );
  assert.equal(result.procedures[1]?.number, 'IB/0016');
  assert.equal(result.warnings.length, 2);
});

test('fails on a document without a table, and without a procedures table', () => {
  const none = parseProceduralSteps(`${CURRENT}No procedures yet.\n`, { fileName: 'x.md' });
  assert.deepEqual(none, { ok: false, error: 'no table: the document has no procedural steps table' });
  const other = parseProceduralSteps(`${CURRENT}| Term | Meaning |\n|---|---|\n| SmPC | Summary of product characteristics |\n`, { fileName: 'x.md' });
  assert.equal(other.ok, false);
});

test('falls back to the file name for slug and archive flag when the front matter has no path', () => {
  const result = parseProceduralSteps(`## Zorvex\n\n${HEADER}\n| II/0001 | Update | 01/02/2020 | 03/04/2020 | SmPC | |\n`, {
    fileName: 'zorvex-epar-procedural-steps-taken-scientific-information-after-authorisation-archive_en.md',
  });
  assert.ok(result.ok);
  assert.equal(result.slug, 'zorvex');
  assert.equal(result.archive, true);
  assert.match(result.warnings[0]!, /^slug: no document_pathfilename/);
});

test('classifies procedures from their label or number', () => {
  const cases: [string | null, string, string][] = [
    ['Variation type II', 'EMA/VR/0000339051', 'variation-ii'],
    ['Variation type IB', 'EMA/VR/0000304265', 'variation-ib'],
    ['Variation type IA_IN', 'EMA/VR/0000300754', 'variation-ia'],
    ['PSUR', 'EMA/PSUR/0000257886', 'psur'],
    ['Renewal - 1 year', 'EMA/R/0000285162', 'renewal'],
    ['Article 61(3)', 'EMA/N/0000300001', 'other'],
    [null, 'II/0010/G', 'variation-ii'],
    [null, 'EMEA/H/C/005522/II/0010/G', 'variation-ii'],
    [null, 'IA/0001', 'variation-ia'],
    [null, 'IAIN/0006', 'variation-ia'],
    [null, 'IG/1456', 'variation-ia'],
    [null, 'IB/0004', 'variation-ib'],
    [null, 'X/0009', 'extension'],
    [null, 'R/0020', 'renewal'],
    [null, 'S/0012', 'annual-reassessment'],
    [null, 'PSUSA/10970/202405', 'psur'],
    [null, 'PSUV/0022', 'psur'],
    [null, 'T/0001', 'transfer'],
    [null, 'A20/0059', 'referral'],
    [null, 'A31/0175', 'referral'],
    [null, 'ANX/0005', 'post-authorisation-measure'],
    [null, 'SOB/0002', 'post-authorisation-measure'],
    [null, 'WS/2540', 'other'],
    [null, 'N/0158', 'other'],
  ];
  for (const [label, number, type] of cases) assert.equal(classify(label, number), type, `${label ?? ''} ${number}`);
});

test('tells procedure numbers from the text that continues a row', () => {
  assert.deepEqual(identify('PSUSA/226/2 02405'), { kind: 'procedure', label: null, number: 'PSUSA/226/202405' });
  assert.deepEqual(identify('PSUR / EMA/PSUR/0000257886'), { kind: 'procedure', label: 'PSUR', number: 'EMA/PSUR/0000257886' });
  assert.deepEqual(identify('Variation type IB /'), { kind: 'procedure', label: 'Variation type IB', number: null });
  assert.deepEqual(identify('EMA/VR/0000343572'), { kind: 'number', number: 'EMA/VR/0000343572' });
  assert.deepEqual(identify('/201808'), { kind: 'number-tail', tail: '/201808' });
  assert.deepEqual(identify('Extension of indication for KEYTRUDA for'), { kind: 'text' });
  assert.deepEqual(identify('bictegravir / emtricitabine /'), { kind: 'text' });
  assert.deepEqual(identify(''), { kind: 'empty' });
});
