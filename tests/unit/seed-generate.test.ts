import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_DIR, generateCorpusFiles, REPORT_FILE_PATTERN, SEED_PATH, toJsonFile } from '../../scripts/build-corpus.ts';
import { EXAMPLES, getExample, parseExampleReport } from '../../src/examples/examples.ts';
import { parseSeed, REPORT_META } from '../../scripts/corpus/parseSeed.ts';

const RAW = readFileSync(SEED_PATH, 'utf8');
const generated = generateCorpusFiles(RAW);

const REPORTS: ReadonlyArray<[index: number, id: string, title: string, unit: string | null, level: string]> = [
  [1, 'county-investment', '2023年度法治政府建设工作报告', null, '县'],
  [2, 'county-commerce', '2023年法治政府建设工作报告', '县商务局', '县'],
  [3, 'xx-town', 'XX镇2023年法治政府建设工作报告', 'XX镇', '镇'],
  [4, 'city-education', '市教育局2023年度法治政府建设工作报告', '市教育局', '市'],
  [5, 'county-police', '县公安局2023年法治政府建设工作报告', '县公安局', '县'],
  [6, 'county-justice', '县司法局2023年法治政府建设工作报告', '县司法局', '县'],
  [7, 'county-statistics', '县统计局2023年法治政府建设工作报告', '县统计局', '县'],
];

describe('committed corpus', () => {
  it('has exactly the generated files in templates/examples/', () => {
    const committed = readdirSync(EXAMPLES_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(committed).toEqual([...generated.keys()].sort());
    expect([...generated.keys()].filter((f) => REPORT_FILE_PATTERN.test(f))).toHaveLength(7);
  });

  it.each([...generated.keys()])('%s is byte-identical to a fresh `npm run corpus`', (name) => {
    expect(readFileSync(EXAMPLES_DIR + name, 'utf8')).toBe(generated.get(name));
  });

  it('is pretty JSON with a 2-space indent and a trailing newline', () => {
    for (const content of generated.values()) {
      expect(content.endsWith('}\n') || content.endsWith(']\n')).toBe(true);
      expect(toJsonFile(JSON.parse(content))).toBe(content);
      expect(content).toMatch(/^[[{]\n {2}\S/);
    }
  });

  it('loads (EXAMPLES) to what the parser produces', () => {
    expect(EXAMPLES).toEqual(parseSeed(RAW));
  });

  it('index.json lists the seven reports', () => {
    const index = JSON.parse(generated.get('index.json')!) as Array<{ index: number; id: string; file: string; title: string }>;
    expect(index.map((e) => [e.index, e.id, e.title])).toEqual(REPORTS.map(([i, id, title]) => [i, id, title]));
    expect(index.map((e) => e.file)).toEqual(REPORTS.map(([i, id]) => `${i}-${id}.json`));
  });
});

describe('the seven reports', () => {
  it.each(REPORTS)('%i %s: %s, unit %s, level %s', (index, id, title, unit, level) => {
    const r = getExample(id)!;
    expect(r).toBe(getExample(index));
    expect(r).toMatchObject({ index, id, title, unit, level, year: 2023 });
    expect(r.unitNote).toMatch(/[\u4e00-\u9fff]/);
    r.blocks.forEach((b, i) => expect(b.id).toBe(`${id}-${i}`));
  });

  it('the first report names no unit, and says so', () => {
    expect(getExample('county-investment')).toMatchObject({ unit: null, unitNote: '原文未署单位名称（县招商引资主管部门）' });
  });

  it('only XX镇 has a sign-off: unit, then date', () => {
    for (const r of EXAMPLES) {
      const signoffs = r.blocks.filter((b) => b.type === 'signoff').map((b) => b.text);
      expect(signoffs, r.id).toEqual(r.id === 'xx-town' ? ['XX市XX镇人民政府', '2023年11月6日'] : []);
    }
  });

  it('each report opens with its intro', () => {
    const starts = [
      '2023年，在县委、县政府的正确领导下',
      '2023年，县商务局法治政府建设工作',
      '2023年，在市委市政府的坚强领导下',
      '2023年，在市委、市政府的正确领导下',
      '2023年以来，XX县公安局',
      '今年以来，XX县司法局',
      '根据《中共XX县委全面依法治县委员会办公室',
    ];
    expect(EXAMPLES.map((r) => r.blocks[0]!.type)).toEqual(Array(7).fill('intro'));
    EXAMPLES.forEach((r, i) => expect(r.blocks[0]!.text.startsWith(starts[i]!), r.id).toBe(true));
  });

  it('block counts', () => {
    expect(EXAMPLES.map((r) => r.blocks.length)).toEqual([19, 15, 28, 12, 19, 14, 15]);
  });

  it('REPORT_META matches the loaded ids', () => {
    expect(REPORT_META.map((m) => m.id)).toEqual(EXAMPLES.map((r) => r.id));
  });

  it('getExample returns undefined for unknown ids', () => {
    expect(getExample('nope')).toBeUndefined();
    expect(getExample(8)).toBeUndefined();
  });
});

describe('parseSeed and the loader guard their input', () => {
  it('rejects a seed whose titles changed', () => {
    expect(() => parseSeed(RAW.replace('县司法局2023年法治政府建设工作报告\n', '县司法局2023年工作总结\n'))).toThrow(/titles/);
  });

  it('rejects a hand-edited report', () => {
    const r = JSON.parse(generated.get('6-county-justice.json')!) as Record<string, unknown>;
    expect(() => parseExampleReport({ ...r, level: '省' })).toThrow(/county-justice/);
    expect(() => parseExampleReport({ ...r, extra: 1 })).toThrow();
    const blocks = (r.blocks as Array<Record<string, unknown>>).map((b, i) => (i === 1 ? { ...b, part: 'misc' } : b));
    expect(() => parseExampleReport({ ...r, blocks })).toThrow();
  });
});
