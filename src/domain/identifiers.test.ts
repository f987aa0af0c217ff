import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  atcLevels,
  must,
  parseAtcCode,
  parseEmaReference,
  parseEuNumber,
  parseProcedureNumber,
  parseProductNumber,
  procedureShortForm,
  productCategory,
} from './identifiers.ts';

const value = <T>(r: { ok: true; value: T } | { ok: false; error: string }) => (r.ok ? r.value : `ERROR: ${r.error}`);

test('a product number is normalised and its category read from it', () => {
  assert.equal(value(parseProductNumber('EMEA/H/C/005522')), 'EMEA/H/C/005522');
  assert.equal(value(parseProductNumber(' emea/h/c/5522 ')), 'EMEA/H/C/005522');
  assert.equal(value(parseProductNumber('EMEA / H / C / 005522')), 'EMEA/H/C/005522');
  assert.equal(productCategory(must(parseProductNumber('EMEA/V/C/000123'))), 'veterinary');
  assert.equal(productCategory(must(parseProductNumber('EMEA/H/C/005522'))), 'human');
});

test('a malformed product number is rejected with a message that shows the expected form', () => {
  for (const bad of ['', 'EMEA/X/C/005522', 'EMEA/H/C/0055221', 'EU/1/21/1603/001', 'lumykras']) {
    const r = parseProductNumber(bad);
    assert.equal(r.ok, false, bad);
    if (!r.ok) assert.match(r.error, /EMEA\/H\/C\/nnnnnn/);
  }
});

test('procedure numbers are accepted in full and short form', () => {
  assert.equal(value(parseProcedureNumber('EMEA/H/C/005522/II/0010/G')), 'EMEA/H/C/005522/II/0010/G');
  assert.equal(value(parseProcedureNumber('II/0010/G')), 'II/0010/G');
  assert.equal(value(parseProcedureNumber('IB/0004')), 'IB/0004');
  assert.equal(value(parseProcedureNumber('R/0020')), 'R/0020');
  assert.equal(value(parseProcedureNumber('PSUSA/00010975/202306')), 'PSUSA/00010975/202306');
  assert.equal(procedureShortForm(must(parseProcedureNumber('EMEA/H/C/005522/II/0010/G'))), 'II/0010/G');
  assert.equal(value(parseProcedureNumber('WS2451')), 'WS2451');
  assert.equal(value(parseProcedureNumber('IG1765')), 'IG1765');
  assert.equal(parseProcedureNumber('0010').ok, false);
  assert.equal(parseProcedureNumber('hello/world').ok, false);
});

test('EMA document references are validated', () => {
  assert.equal(value(parseEmaReference('EMA/685702/2021')), 'EMA/685702/2021');
  assert.equal(parseEmaReference('EMA-685702-2021').ok, false);
  assert.equal(value(parseEmaReference('emea/12345/2005')), 'EMEA/12345/2005');
  assert.equal(value(parseEmaReference('EMADOC-1700519818-2470418')), 'EMADOC-1700519818-2470418');
  assert.equal(value(parseEmaReference('EMA/OD/0000123456')), 'EMA/OD/0000123456');
  assert.equal(value(parseEmaReference('EMA/719541/2021 Corr.2')), 'EMA/719541/2021 CORR.2');
  assert.equal(parseEmaReference('EMA/').ok, false);
  assert.equal(parseEmaReference('EMADOC-12').ok, false);
});

test('EU numbers name a presentation', () => {
  assert.equal(value(parseEuNumber('EU/1/21/1603/001')), 'EU/1/21/1603/001');
  assert.equal(value(parseEuNumber('eu/2/04/044/001')), 'EU/2/04/044/001');
  assert.equal(parseEuNumber('EU/1/21/1603').ok, false);
  assert.equal(parseEuNumber('EU/3/21/1603/001').ok, false);
});

test('ATC codes are accepted at every level and their ancestors listed', () => {
  for (const code of ['L', 'L01', 'L01X', 'L01XX', 'L01XX73', 'QJ01CA04']) assert.equal(value(parseAtcCode(code)), code);
  assert.equal(value(parseAtcCode(' l01xx73 ')), 'L01XX73');
  for (const bad of ['L1', 'L01XX7', 'L01XX733', '1L01', '']) assert.equal(parseAtcCode(bad).ok, false, bad);
  assert.deepEqual(atcLevels(must(parseAtcCode('L01XX73'))), ['L', 'L01', 'L01X', 'L01XX', 'L01XX73']);
  assert.deepEqual(atcLevels(must(parseAtcCode('QJ01CA04'))), ['QJ', 'QJ01', 'QJ01C', 'QJ01CA', 'QJ01CA04']);
});
