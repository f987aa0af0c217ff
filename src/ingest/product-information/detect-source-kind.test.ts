import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPdf } from '../../../test/support/pdf-builder.ts';
import { detectSourceKind } from './import-product-information.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

test('a file is told apart by its content, whatever its name: PDF, ePI in JSON or XML, docling Markdown', () => {
  assert.equal(detectSourceKind(buildPdf([[{ text: 'ANNEX I', x: 72, y: 700 }]])), 'pdf');
  assert.equal(detectSourceKind(bytes('{\n  "resourceType": "Bundle",\n  "type": "document"\n}')), 'epi');
  assert.equal(detectSourceKind(bytes('<?xml version="1.0"?>\n<Bundle xmlns="http://hl7.org/fhir"><type value="document"/></Bundle>')), 'epi');
  assert.equal(detectSourceKind(bytes('---\ndocument_name: x.pdf\ndocling_version:\n  docling: 2.64.1\n---\n## ANNEX I\n')), 'markdown');
  assert.equal(detectSourceKind(bytes('## BILAG I\n\n## 1. LÆGEMIDLETS NAVN\n')), 'markdown');
});

test('anything else is not product information', () => {
  assert.equal(detectSourceKind(bytes('<!doctype html><html><body>Not found</body></html>')), null);
  assert.equal(detectSourceKind(bytes('{"resourceType": "Patient"}')), null);
  assert.equal(detectSourceKind(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2])), null, 'a zip file');
  assert.equal(detectSourceKind(bytes('plain text without a heading')), null);
});
