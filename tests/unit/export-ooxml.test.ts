import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/examples/examples.ts';
import { exampleToDraft } from '../../src/examples/toDraft.ts';
import { exportDocx } from '../../src/export/docx/index.ts';
import { assertValidDocx } from '../helpers/ooxml.ts';

/**
 * The Open XML schema check every test-written .docx passes (tests/helpers/ooxml.ts) — here shown to
 * catch the faults Word rejects: our own export passes, the same file with one element out of order
 * or one attribute of a wrong type fails.
 */
describe('the Open XML schema check', () => {
  const { doc, fields } = exampleToDraft(EXAMPLES[5]!);

  async function withDocument(edit: (xml: string) => string): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(await exportDocx(doc, fields));
    const xml = await zip.file('word/document.xml')!.async('string');
    const changed = edit(xml);
    expect(changed).not.toBe(xml);
    zip.file('word/document.xml', changed);
    return zip.generateAsync({ type: 'uint8array' });
  }

  it('passes our export of the 县司法局 report', async () => {
    await assertValidDocx(await exportDocx(doc, fields));
  }, 30_000);

  it('fails a paragraph whose properties come after its text', async () => {
    const bytes = await withDocument((xml) => xml.replace(/<w:p>(<w:pPr>[\s\S]*?<\/w:pPr>)(<w:r>[\s\S]*?<\/w:r>)/, '<w:p>$2$1'));
    await expect(assertValidDocx(bytes)).rejects.toThrow(/schema error/);
  }, 30_000);

  it('fails an attribute value of the wrong type', async () => {
    const bytes = await withDocument((xml) => xml.replace(/(<w:pgSz[^>]*?w:w=")\d+"/, '$1A4"'));
    await expect(assertValidDocx(bytes)).rejects.toThrow(/schema error/);
  }, 30_000);
});
