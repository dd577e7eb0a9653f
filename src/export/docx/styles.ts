/**
 * The style sheet, replacing the `docx` library's defaults (Calibri, blue headings, spacing after)
 * entirely. Style ids and names are Word's built-in ones (Normal, Title, "heading 1"…), so Word's
 * navigation pane shows the report's outline.
 */
import {
  AlignmentType,
  BuilderElement,
  LineRuleType,
  OnOffElement,
  RunPropertiesDefaults,
  type IParagraphStyleOptions,
  type IRunStylePropertiesOptions,
  type IStylesOptions,
} from 'docx';
import type { HeadingLevel } from '../../model/schema.ts';
import { FONT, runFont, runFontEverywhere, type ChineseFont } from './fonts.ts';
import { CHARACTER_SPACING, FOOTER_LINE_TWIPS, LINE_PITCH_TWIPS } from './page.ts';
import { FONT_SIZE, charsToTwips, halfPoints } from './measures.ts';

export const STYLE_ID = {
  normal: 'Normal',
  title: 'Title',
  heading1: 'Heading1',
  heading2: 'Heading2',
  heading3: 'Heading3',
  heading4: 'Heading4',
  signature: 'Signature',
  date: 'Date',
  footer: 'Footer',
} as const;

export const HEADING_STYLE_ID: Readonly<Record<HeadingLevel, string>> = {
  1: STYLE_ID.heading1,
  2: STYLE_ID.heading2,
  3: STYLE_ID.heading3,
  4: STYLE_ID.heading4,
};

/** GB/T 9704-2012 §7.3.3: 一、黑体, （一）楷体, 1. and （1） 仿宋 — all 三号, none bold. */
export const HEADING_FONT: Readonly<Record<HeadingLevel, ChineseFont>> = {
  1: FONT.heiTi,
  2: FONT.kaiTi,
  3: FONT.fangSong,
  4: FONT.fangSong,
};

/** Body first-line indent: two 三号 characters (640 twips). */
export const BODY_FIRST_LINE_TWIPS = charsToTwips(2, FONT_SIZE.sanHao);

/** Exact spacing on the grid pitch: every line of every paragraph is one grid line. */
export const EXACT_LINE = { line: LINE_PITCH_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/** Run properties of body text (仿宋_GB2312 三号, condensed so 28 fit a line). */
export const BODY_RUN: IRunStylePropertiesOptions = {
  font: runFont(FONT.fangSong),
  size: halfPoints(FONT_SIZE.sanHao),
  sizeComplexScript: halfPoints(FONT_SIZE.sanHao),
  characterSpacing: CHARACTER_SPACING,
  bold: false,
};

/**
 * Whether to write `w:overflowPunct` on. LibreOffice reads the element inverted (writerfilter maps
 * it to `ParaIsHangingPunctuation = (val == 0)`): written off, LibreOffice hangs ，。 past the right
 * margin and drops some of them from its PDF; written on, it hangs none and keeps 28 characters a
 * line. Word and WPS read it as "allow punctuation to overflow", their own default for Chinese
 * text, so there a line's closing ，。 may sit in the margin — visible, never lost.
 */
export const OVERFLOW_PUNCTUATION = true;

/**
 * Document defaults. Besides the punctuation setting above, widow/orphan control is written off
 * (left implicit it still moved lines and left 21-line pages), as are keep-with-next and snapping
 * to the grid. The `docx` library writes none of these as `false`, so the paragraph defaults are
 * built here, in schema order.
 */
function documentDefaults(): BuilderElement {
  const paragraphDefaults = new BuilderElement({
    name: 'w:pPrDefault',
    children: [
      new BuilderElement({
        name: 'w:pPr',
        children: [
          new OnOffElement('w:keepNext', false),
          new OnOffElement('w:keepLines', false),
          new OnOffElement('w:widowControl', false),
          new OnOffElement('w:kinsoku', true),
          new OnOffElement('w:overflowPunct', OVERFLOW_PUNCTUATION),
          new OnOffElement('w:topLinePunct', false),
          // LibreOffice always spaces Chinese from Latin letters and digits; Word does so when asked.
          new OnOffElement('w:autoSpaceDE', true),
          new OnOffElement('w:autoSpaceDN', true),
          // Exact spacing places every line; snapping to the "lines" grid as well made LibreOffice
          // give the 22 pt title two grid lines.
          new OnOffElement('w:snapToGrid', false),
        ],
      }),
    ],
  });
  return new BuilderElement({
    name: 'w:docDefaults',
    children: [new RunPropertiesDefaults({ ...BODY_RUN, language: { value: 'en-US', eastAsia: 'zh-CN' } }), paragraphDefaults],
  });
}

const normal: IParagraphStyleOptions = {
  id: STYLE_ID.normal,
  name: 'Normal',
  quickFormat: true,
  run: BODY_RUN,
  paragraph: {
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: BODY_FIRST_LINE_TWIPS },
    spacing: EXACT_LINE,
    keepNext: false,
    keepLines: false,
  },
};

/** §7.3.1: 二号小标宋, centred, no indent; one blank line (a grid line) before the body. */
const title: IParagraphStyleOptions = {
  id: STYLE_ID.title,
  name: 'Title',
  basedOn: STYLE_ID.normal,
  next: STYLE_ID.normal,
  quickFormat: true,
  run: { font: runFont(FONT.xiaoBiaoSong), size: halfPoints(FONT_SIZE.erHao), sizeComplexScript: halfPoints(FONT_SIZE.erHao) },
  paragraph: {
    alignment: AlignmentType.CENTER,
    indent: { firstLine: 0 },
    spacing: { ...EXACT_LINE, after: LINE_PITCH_TWIPS },
  },
};

/** Standalone headings keep with the paragraph after them; run-in headings turn that off. */
function headingStyle(level: HeadingLevel): IParagraphStyleOptions {
  return {
    id: HEADING_STYLE_ID[level],
    name: `heading ${level}`,
    basedOn: STYLE_ID.normal,
    next: STYLE_ID.normal,
    quickFormat: true,
    run: { font: runFont(HEADING_FONT[level]), bold: false },
    paragraph: { keepNext: true, outlineLevel: level - 1 },
  };
}

/** Sign-off (落款, GB/T 9704-2012 §7.3.5.2): right-aligned, no first-line indent; indents are set per paragraph. */
function signoffStyle(id: string, name: string): IParagraphStyleOptions {
  return {
    id,
    name,
    basedOn: STYLE_ID.normal,
    next: STYLE_ID.normal,
    paragraph: { alignment: AlignmentType.RIGHT, indent: { firstLine: 0 } },
  };
}

/**
 * Footer (§7.5): 四号 宋体, digits and dashes included; its own exact spacing of one footer line (the
 * body's spacing leaking into the footer pushed LibreOffice to 21 lines a page) and no first-line
 * indent (it would shift the page number).
 */
const footer: IParagraphStyleOptions = {
  id: STYLE_ID.footer,
  name: 'footer',
  basedOn: STYLE_ID.normal,
  run: {
    font: runFontEverywhere(FONT.songTi),
    size: halfPoints(FONT_SIZE.siHao),
    sizeComplexScript: halfPoints(FONT_SIZE.siHao),
  },
  paragraph: {
    indent: { firstLine: 0 },
    spacing: { line: FOOTER_LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
  },
};

/** The complete style sheet passed to `new Document({ styles })`. */
export function buildStyles(): IStylesOptions {
  return {
    // Given explicitly, `importedStyles` replaces every default style of the library.
    importedStyles: [documentDefaults()],
    paragraphStyles: [
      normal,
      title,
      headingStyle(1),
      headingStyle(2),
      headingStyle(3),
      headingStyle(4),
      signoffStyle(STYLE_ID.signature, 'Signature'),
      signoffStyle(STYLE_ID.date, 'Date'),
      footer,
    ],
  };
}
