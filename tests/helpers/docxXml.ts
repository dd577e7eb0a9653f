/** Reading an exported .docx back as XML, for assertions and snapshots. */
import JSZip from 'jszip';

/** Every XML part of the package, by path (`word/document.xml` …). */
export async function docxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const file of Object.values(zip.files)) {
    if (!file.dir && /\.(xml|rels)$/.test(file.name)) parts.set(file.name, await file.async('string'));
  }
  return parts;
}

export function part(parts: ReadonlyMap<string, string>, path: string): string {
  const xml = parts.get(path);
  if (xml === undefined) throw new Error(`${path} is not in the package (has: ${[...parts.keys()].join(', ')})`);
  return xml;
}

/** The `<w:style>` element with this id. */
export function styleXml(styles: string, styleId: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${styleId}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  if (!m) throw new Error(`no style ${styleId}`);
  return m[0];
}

/** The document's `<w:p>` elements, in order. */
export function paragraphsXml(xml: string): string[] {
  return [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [^>]*>[\s\S]*?<\/w:p>/g)].map((m) => m[0]);
}

/** The `<w:r>` runs of a paragraph. */
export function runsXml(paragraph: string): string[] {
  return [...paragraph.matchAll(/<w:r>[\s\S]*?<\/w:r>/g)].map((m) => m[0]);
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The text of the `<w:t>` elements in `xml`, concatenated. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!)).join('');
}

/** The value of attribute `name` on the first `<tag …>` in `xml`, or undefined. */
export function attrOf(xml: string, tag: string, name: string): string | undefined {
  const element = new RegExp(`<${tag}(?: [^>]*)?/?>`).exec(xml)?.[0];
  return element ? new RegExp(` ${name}="([^"]*)"`).exec(element)?.[1] : undefined;
}

/** Removes what changes from one export to the next (revision ids, paragraph ids, timestamps), for snapshots. */
export function scrubXml(xml: string): string {
  return xml
    .replace(/ w:rsid\w*="[^"]*"/g, '')
    .replace(/ w14:(paraId|textId)="[^"]*"/g, '')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<timestamp>');
}

/** One element per line, indented by depth; an element holding only text stays on one line. */
export function prettyXml(xml: string): string {
  const tokens = xml.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const pad = '  '.repeat(depth);
    if (token.startsWith('<?')) {
      lines.push(token);
    } else if (token.startsWith('</')) {
      depth--;
      lines.push('  '.repeat(depth) + token);
    } else if (token.startsWith('<')) {
      const next = tokens[i + 1];
      const after = tokens[i + 2];
      if (!token.endsWith('/>') && next !== undefined && !next.startsWith('<') && after?.startsWith('</')) {
        lines.push(pad + token + next + after);
        i += 2;
      } else {
        lines.push(pad + token);
        if (!token.endsWith('/>')) depth++;
      }
    } else {
      lines.push(pad + token);
    }
  }
  return `${lines.join('\n')}\n`;
}
