/**
 * The R5 checker the FHIR tests rely on finds what is wrong, so a passing FHIR test means the
 * resources conform rather than that nothing was checked.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FhirValidator } from './fhir-validator.ts';

const validator = new FhirValidator();
const problems = (resource: unknown) => validator.validate(resource).join('\n');

test('a conforming resource has no problems', () => {
  assert.equal(problems({ resourceType: 'MedicinalProductDefinition', id: 'x', name: [{ productName: 'Lumykras' }] }), '');
});

test('a missing required element is found from the StructureDefinition', () => {
  assert.match(problems({ resourceType: 'MedicinalProductDefinition', id: 'x' }), /MedicinalProductDefinition\.name is required/);
  assert.match(problems({ resourceType: 'MedicinalProductDefinition', name: [{ type: { text: 'x' } }] }), /MedicinalProductDefinition\.name\.productName is required/);
});

test('too many values, inside a recursive backbone element, are found', () => {
  const ra = { resourceType: 'RegulatedAuthorization', case: { application: [{ identifier: [{ value: 'a' }, { value: 'b' }] }] } };
  assert.match(problems(ra), /RegulatedAuthorization\.case\.identifier allows at most 1/);
});

test('an unknown element and a wrong JSON type are refused by the schema', () => {
  assert.match(problems({ resourceType: 'Organization', nom: 'x' }), /additional properties/);
  assert.match(problems({ resourceType: 'Organization', name: 3 }), /schema: Organization\/name/);
  const nested = { resourceType: 'Bundle', type: 'searchset', entry: [{ resource: { resourceType: 'Organization', nom: 'x' } }] };
  assert.match(problems(nested), /schema: Bundle\.entry\[0\]\.resource .*additional properties/);
  assert.match(problems({ resourceType: 'Bundle', type: 'searchset', entry: [{ resource: { resourceType: 'Nothing' } }] }), /resourceType/);
});

test('a code outside a required value set is found, in a resource nested in a Bundle', () => {
  assert.match(problems({ resourceType: 'Bundle', type: 'pile' }), /"pile" is not in the required value set/);
  const bundle = { resourceType: 'Bundle', type: 'searchset', entry: [{ resource: { resourceType: 'DocumentReference', status: 'shiny', content: [{ attachment: {} }] } }] };
  assert.match(problems(bundle), /entry\[0\]\.resource\.status: "shiny"/);
  assert.match(problems({ resourceType: 'DocumentReference', status: 'current' }), /DocumentReference\.content is required/);
});
