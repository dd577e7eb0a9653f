/**
 * The reader's view of an exported .docx: LibreOffice converts it to PDF, poppler reads the PDF
 * back. Used by tests/unit/export-reader.test.ts.
 *
 * Fonts: the .docx names Chinese fonts (仿宋_GB2312 …) Debian does not ship; `fonts.conf` beside
 * this file binds those names to installed fonts with the same 1-em CJK advance, so line and
 * character counts stay faithful.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { assertValidDocx } from './ooxml.ts';

const run = promisify(execFile);

export const FONTS_CONF = fileURLToPath(new URL('./fonts.conf', import.meta.url));

const TOOLS = [
  { command: 'soffice', install: 'apt-get install -y --no-install-recommends libreoffice-writer-nogui' },
  { command: 'pdftotext', install: 'apt-get install -y poppler-utils' },
  { command: 'pdfinfo', install: 'apt-get install -y poppler-utils' },
  { command: 'pdffonts', install: 'apt-get install -y poppler-utils' },
] as const;

const FONT_FILES = [
  { file: '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', install: 'apt-get install -y fonts-noto-cjk' },
  { file: '/usr/share/fonts/truetype/arphic/ukai.ttc', install: 'apt-get install -y fonts-arphic-ukai' },
  { file: '/usr/share/fonts/truetype/arphic/uming.ttc', install: 'apt-get install -y fonts-arphic-uming' },
  { file: '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf', install: 'apt-get install -y fonts-liberation2' },
] as const;

function onPath(command: string): boolean {
  return (process.env.PATH ?? '/usr/bin').split(delimiter).some((dir) => existsSync(join(dir, command)));
}

/**
 * Throws, naming the apt packages to install, when LibreOffice, poppler or the CJK fonts are
 * missing — the reader test must fail loudly rather than skip.
 */
export function requireReaderTools(): void {
  const missing = [
    ...TOOLS.filter((t) => !onPath(t.command)).map((t) => `${t.command} not found — ${t.install}`),
    ...FONT_FILES.filter((f) => !existsSync(f.file)).map((f) => `${f.file} not found — ${f.install}`),
  ];
  if (missing.length > 0) {
    throw new Error(`The reader test needs LibreOffice, poppler and CJK fonts:\n  ${missing.join('\n  ')}`);
  }
}

export interface Conversion {
  /** PDF path for each input, in input order. */
  readonly pdfs: readonly string[];
  /** Wall time of the one soffice run, ms. */
  readonly millis: number;
}

/**
 * Converts .docx files to PDF in one soffice process. Each call gets a private profile directory:
 * a second soffice sharing a profile makes `--convert-to` silently do nothing.
 */
export async function convertToPdf(docxPaths: readonly string[], outDir: string): Promise<Conversion> {
  // Every file a reader test renders is first checked against the Open XML schema (Word's view).
  await Promise.all(docxPaths.map((p) => assertValidDocx(p)));
  const profile = await mkdtemp(join(tmpdir(), 'lo-profile-'));
  const started = performance.now();
  try {
    await run(
      'soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths],
      { env: { ...process.env, FONTCONFIG_FILE: FONTS_CONF }, timeout: 180_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const millis = performance.now() - started;
  const pdfs = docxPaths.map((p) => join(outDir, basename(p).replace(/\.docx$/i, '.pdf')));
  const absent = pdfs.filter((p) => !existsSync(p));
  if (absent.length > 0) throw new Error(`soffice wrote no PDF for: ${absent.join(', ')}`);
  for (const pdf of pdfs) {
    const unexpected = (await pdfFonts(pdf)).filter((f) => !EXPECTED_FONTS.test(f));
    if (unexpected.length) throw new Error(`${pdf} uses fallback fonts ${unexpected.join(', ')}: a font name in the .docx is not one fonts.conf binds`);
  }
  return { pdfs, millis };
}

/**
 * The fonts LibreOffice may use for our .docx files: the stand-ins fonts.conf binds to the names the
 * export writes (仿宋/黑体/楷体/宋体/小标宋 → Noto CJK, AR PL, and Times New Roman → Liberation Serif).
 * Anything else (DejaVu…) is fontconfig's fallback for a name it does not know.
 */
export const EXPECTED_FONTS = /^(?:[A-Z]{6}\+)?(?:NotoSerifCJK|NotoSansCJK|UKai|UMing|LiberationSerif)/;

/** The base font names of a PDF, from poppler's `pdffonts`. */
export async function pdfFonts(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdffonts', [pdf]);
  return stdout
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

export interface PdfInfo {
  readonly pages: number;
  /** Page size in points. */
  readonly width: number;
  readonly height: number;
}

export async function pdfInfo(pdf: string): Promise<PdfInfo> {
  const { stdout } = await run('pdfinfo', [pdf]);
  const pages = /^Pages:\s+(\d+)/m.exec(stdout);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(stdout);
  if (!pages || !size) throw new Error(`pdfinfo gave no page count or size for ${pdf}`);
  return { pages: Number(pages[1]), width: Number(size[1]), height: Number(size[2]) };
}

/** One printed line, positions in points from the page's top-left corner. */
export interface PdfLine {
  /** Words joined by single spaces (pdftotext splits at font and script changes). */
  readonly text: string;
  readonly xMin: number;
  readonly xMax: number;
  readonly yMin: number;
  readonly yMax: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  /** Lines top to bottom. */
  readonly lines: readonly PdfLine[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string): string => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);
const attr = (tag: string, name: string): number => Number(new RegExp(`${name}="([-\\d.]+)"`).exec(tag)![1]);

/** Every page's lines, from `pdftotext -bbox-layout`. */
export async function pdfPages(pdf: string): Promise<PdfPage[]> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  for (const page of stdout.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)) {
    const lines: PdfLine[] = [];
    for (const line of page[2]!.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words = [...line[2]!.matchAll(/<word [^>]*>([^<]*)<\/word>/g)].map((w) => unescapeXml(w[1]!));
      const tag = line[1]!;
      lines.push({ text: words.join(' '), xMin: attr(tag, 'xMin'), xMax: attr(tag, 'xMax'), yMin: attr(tag, 'yMin'), yMax: attr(tag, 'yMax') });
    }
    lines.sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin);
    pages.push({ width: attr(page[1]!, 'width'), height: attr(page[1]!, 'height'), lines });
  }
  return pages;
}
