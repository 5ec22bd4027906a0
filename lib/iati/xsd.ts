import fs from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

const SCHEMA_DIR = path.join(process.cwd(), 'lib', 'iati', 'schema');
const file = (fileName: string) => ({ fileName, contents: fs.readFileSync(path.join(SCHEMA_DIR, fileName), 'utf8') });

/**
 * Validates an `iati-activities` document against the official IATI 2.03 schema copied in
 * lib/iati/schema (libxml2 compiled to WebAssembly: offline, no system xmllint). Used by the tests.
 */
export async function validateIati(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const result = await validateXML({
    xml: { fileName: 'export.xml', contents: xml },
    schema: file('iati-activities-schema.xsd'),
    preload: [file('iati-common.xsd'), file('xml.xsd')],
    maxMemoryPages: 16384,
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.rawMessage) };
}
