/**
 * Font names as a Chinese Word/WPS install names them (GB/T 9704-2012 §7). Chinese text takes its
 * font from the East Asian slot only; Latin letters and digits use Times New Roman.
 */
export const FONT = {
  /** 仿宋: body, levels 3–4. */
  fangSong: '仿宋_GB2312',
  /** 楷体: level 2 （一）. */
  kaiTi: '楷体_GB2312',
  /** 黑体: level 1 一、. */
  heiTi: '黑体',
  /** 小标宋: title. */
  xiaoBiaoSong: '方正小标宋简体',
  /** 宋体: page numbers. */
  songTi: '宋体',
  /** Latin letters and digits. */
  latin: 'Times New Roman',
} as const;

export type ChineseFont = Exclude<(typeof FONT)[keyof typeof FONT], typeof FONT.latin>;

export interface RunFonts {
  readonly eastAsia: string;
  readonly ascii: string;
  readonly hAnsi: string;
  readonly cs: string;
  readonly hint: 'eastAsia';
}

/**
 * Run font slots: the Chinese font in `w:eastAsia`, Times New Roman for Latin letters and digits.
 * The `eastAsia` hint makes Word set characters Chinese and Latin share (“” ‘’ — …) in the Chinese
 * font, full width, as Chinese text expects.
 */
export function runFont(eastAsia: ChineseFont): RunFonts {
  return { eastAsia, ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin, hint: 'eastAsia' };
}

/** One Chinese font in every slot (page numbers: 宋体 digits and dashes). */
export function runFontEverywhere(font: ChineseFont): RunFonts {
  return { eastAsia: font, ascii: font, hAnsi: font, cs: font, hint: 'eastAsia' };
}
