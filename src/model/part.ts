/**
 * The parts of the annual report (《法治政府建设与责任落实督察工作规定》 art. 25), plus the
 * introduction (导语) and the sign-off (落款), which belong to no part.
 */
export const REPORT_PARTS = ['work', 'duty', 'problems', 'plans'] as const;
export type ReportPart = (typeof REPORT_PARTS)[number];

/** Every block of a report belongs to exactly one of these, in reading order. `other` is 其他需要报告的情况. */
export const PARTS = ['intro', ...REPORT_PARTS, 'other', 'signoff'] as const;
export type Part = (typeof PARTS)[number];

export const PART_LABELS: Readonly<Record<Part, string>> = {
  intro: '导语',
  work: '工作开展情况',
  duty: '第一责任人职责',
  problems: '存在问题',
  plans: '下一步打算',
  other: '其他情况',
  signoff: '落款',
};

export function isReportPart(value: unknown): value is ReportPart {
  return typeof value === 'string' && (REPORT_PARTS as readonly string[]).includes(value);
}
