import { expect, test } from '@playwright/test';
import { body, cursorInFirstHint, expectSaved, newFromExample, newFromTemplate, numberLabels, numbered, openApp } from './helpers.ts';

test('drafts from the local-order template: typed numbers become headings, deleting a section renumbers', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /常见四部分/);
  await expect.poll(() => numberLabels(page)).toEqual(['一、', '二、', '三、', '四、']);
  await expect
    .poll(() => numbered(body(page).locator('h2')))
    .toEqual(['一、工作开展情况', '二、履行推进法治建设第一责任人职责情况', '三、存在问题', '四、下一步工作打算']);

  // Part one: click its guidance paragraph and type two sub-headings, each with a paragraph.
  await body(page).locator('p.hint').first().click();
  await page.keyboard.type('（一）加强组织领导');
  await expect.poll(() => numbered(body(page).locator('h3'))).toEqual(['（一）加强组织领导']);
  await page.keyboard.press('Enter');
  await page.keyboard.type('局党组把法治建设纳入年度工作要点。');
  await page.keyboard.press('Enter');
  await page.keyboard.type('（二）严格规范执法');
  await page.keyboard.press('Enter');
  await page.keyboard.type('全年开展执法检查12次。');
  await page.keyboard.press('Enter');
  await page.keyboard.type('（三）推进政务公开');
  await expect.poll(() => numberLabels(page)).toEqual(['一、', '（一）', '（二）', '（三）', '二、', '三、', '四、']);
  await expect(body(page).locator('p:not(.hint):not(.signoff)').filter({ hasText: '局党组把法治建设' })).toHaveCount(1);

  // Delete section （二）: select from the start of its heading to the start of （三） and delete.
  const second = body(page).locator('h3', { hasText: '严格规范执法' });
  await second.click();
  await page.keyboard.press('Home');
  for (let i = 0; i < 2; i++) await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Delete');
  await expect.poll(() => numbered(body(page).locator('h3'))).toEqual(['（一）加强组织领导', '（二）推进政务公开']);
  await expect.poll(() => numberLabels(page)).toEqual(['一、', '（一）', '（二）', '二、', '三、', '四、']);
  await expect(body(page)).not.toContainText('全年开展执法检查12次');

  // Undo brings the section back with its number.
  await page.keyboard.press('Control+z');
  await expect.poll(() => numberLabels(page)).toEqual(['一、', '（一）', '（二）', '（三）', '二、', '三、', '四、']);

  // Tab demotes the current heading one level; the outline follows.
  await body(page).locator('h3', { hasText: '推进政务公开' }).click();
  await page.keyboard.press('Tab');
  await expect.poll(() => numbered(body(page).locator('h4'))).toEqual(['1.推进政务公开']);
  await expect(page.getByRole('navigation', { name: '提纲' })).toContainText('1.推进政务公开');
});

test('starts from the 县司法局 example and shows its outline and first paragraph', async ({ page }) => {
  await openApp(page);
  await newFromExample(page, /县司法局2023年法治政府建设工作报告/);
  await expect(body(page).locator('h1')).toHaveText('县司法局2023年法治政府建设工作报告');
  await expect.poll(async () => (await numbered(body(page).locator('h2')))[0]).toBe('一、法治建设工作完成情况');
  await expect
    .poll(async () => (await numbered(body(page).locator('p.report-heading')))[0])
    .toContain('（一）强化教育培训，全面提升干部法治素养。一是抓住领导干部“关键少数”');
  await expect(body(page).locator('p.report-heading .runin-lead').first()).toHaveText('强化教育培训，全面提升干部法治素养。');
  await expect(page.getByLabel('单位名称')).toHaveValue('县司法局');
  const outline = page.getByRole('navigation', { name: '提纲' });
  await expect(outline.getByRole('button')).toHaveCount(12);
  await expect(outline).toContainText('二、存在困难和问题');

  // Typing shifts every later heading; a click on the outline right after still lands on the heading.
  await body(page).locator('p:not(.report-heading)').first().click();
  await page.keyboard.type('补充一句。');
  await outline.getByRole('button', { name: /存在困难和问题/ }).click();
  await expect
    .poll(() => page.evaluate(() => document.getSelection()?.anchorNode?.parentElement?.closest('h2')?.textContent ?? ''))
    .toContain('存在困难和问题');
});

test('opening a stored draft builds each heading once (no second drawing of the whole text while the editor starts)', async ({ page }) => {
  // Counts the headings the editor renders: the schema gives each class="report-heading level-N".
  await page.addInitScript(() => {
    const setAttribute = Element.prototype.setAttribute;
    const w = window as unknown as { headingsBuilt: number };
    w.headingsBuilt = 0;
    Element.prototype.setAttribute = function (name: string, value: string) {
      if (name === 'class' && /\breport-heading\b/.test(String(value))) w.headingsBuilt++;
      setAttribute.call(this, name, value);
    };
  });
  await openApp(page);
  await newFromExample(page, /县司法局2023年法治政府建设工作报告/);
  await expectSaved(page);
  await page.reload();
  await expect(body(page).locator('h1')).toHaveText('县司法局2023年法治政府建设工作报告');
  await expect.poll(() => numberLabels(page)).toContain('二、');
  const headings = await body(page).locator('.report-heading').count();
  expect(headings).toBeGreaterThan(10);
  expect(await page.evaluate(() => (window as unknown as { headingsBuilt: number }).headingsBuilt)).toBe(headings);
});

test('paste from Word keeps only what the schema allows and turns numbered lines into headings', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /常见四部分/);
  // Paste acts on ProseMirror's selection: wait until the editor has the click's cursor.
  await cursorInFirstHint(page);
  await page.evaluate(() => {
    (window as unknown as { __pwned?: boolean }).__pwned = false;
    const html =
      '<h1 style="color:blue">（一）加强组织领导。局党组高度重视。</h1><p onclick="window.__pwned=true"><b>全年</b>开展<i>学法</i>活动<img src=x onerror="window.__pwned=true">6次。</p>' +
      '<script>window.__pwned = true</script><table><tr><td>表格内容</td></tr></table><ul><li>列表项</li></ul>';
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', '（一）加强组织领导。局党组高度重视。\n全年开展学法活动6次。');
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect.poll(() => numbered(body(page).locator('p.report-heading.level-2'))).toEqual(['（一）加强组织领导。局党组高度重视。']);
  await expect(body(page).locator('strong')).toHaveText('全年');
  // A table stays a table (issue 20); a list becomes paragraphs.
  await expect(body(page).locator('table td')).toHaveText('表格内容');
  await expect(body(page)).toContainText('列表项');
  await expect(body(page).locator('img:not(.ProseMirror-separator), script, ul, em, i')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBe(false);
});

test('the sheet has no React event container above it; the toolbar and panels around it still respond', async ({ page }) => {
  await openApp(page);
  // React marks each element it listens on (its root and portal targets) with a `_reactListening…` key.
  const listening = (selector: string) =>
    page.evaluate((sel) => {
      const marked = (el: Element) => Object.keys(el).some((k) => k.startsWith('_reactListening'));
      const out: string[] = [];
      for (let el: Element | null = document.querySelector(sel); el; el = el.parentElement) if (marked(el)) out.push(el.className || el.tagName);
      return out;
    }, selector);
  expect(await listening('.ProseMirror')).toEqual([]);
  expect((await listening('.toolbar')).length).toBeGreaterThan(0); // the check does see React's containers

  // Typing still drives the React parts: the toolbar's 撤销 enables and the outline follows.
  await expect(page.getByRole('button', { name: '撤销' })).toBeDisabled();
  await body(page).locator('h2').first().click();
  await page.keyboard.press('End');
  await page.keyboard.type('和成效');
  await expect(page.getByRole('button', { name: '撤销' })).toBeEnabled();
  await expect(page.getByRole('navigation', { name: '提纲' })).toContainText('和成效');
  // Opening another draft leaves exactly one sheet in the page.
  await newFromTemplate(page, /常见四部分/);
  await expect(page.getByTestId('paper')).toHaveCount(1);
  await expect(page.locator('.ProseMirror')).toHaveCount(1);
});

test('the save status is drawn in its own compositor layer, so its change on the first key after a pause repaints only itself', async ({ page }) => {
  await openApp(page);
  await expectSaved(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  let layers: Array<{ layerId: string; backendNodeId?: number; paintCount: number }> = [];
  cdp.on('LayerTree.layerTreeDidChange', (e) => {
    if (e.layers) layers = e.layers;
  });
  await cdp.send('LayerTree.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: '[data-save-status]' });
  const { node } = await cdp.send('DOM.describeNode', { nodeId });
  const statusLayer = () => layers.find((l) => l.backendNodeId === node.backendNodeId);
  // The layer tree is reported with the next frame: the click draws the caret.
  await body(page).locator('p:not(.report-heading)').first().click();
  await expect.poll(() => statusLayer()?.layerId ?? null).not.toBeNull();

  // A key after the pause flips 已保存到本机 → 未保存 → 已保存到本机: the status layer repaints.
  const before = statusLayer()!.paintCount;
  await page.keyboard.type('一');
  await expect(page.locator('[data-save-status]')).not.toHaveAttribute('data-save-status', 'saved');
  await expectSaved(page);
  await expect.poll(() => statusLayer()?.paintCount ?? 0).toBeGreaterThan(before);
});

test('a faint rule marks the end of every 22-line page, and follows the text as pages are added and removed', async ({ page }) => {
  await openApp(page);
  await newFromExample(page, /县司法局2023年法治政府建设工作报告/);
  await expect(body(page).locator('h1')).toHaveText('县司法局2023年法治政府建设工作报告');
  /** Each rule's bottom edge, in lines from the top of the text; and the text's height in lines. */
  const measure = () =>
    page.evaluate(() => {
      const text = document.querySelector('.paper-body')!;
      const line = parseFloat(getComputedStyle(text).lineHeight);
      const top = text.getBoundingClientRect().top;
      const area = document.querySelector('.page-rules')!.getBoundingClientRect();
      const rules = [...document.querySelectorAll('.page-rules > div')].map((r) => r.getBoundingClientRect().bottom);
      return {
        lines: (area.bottom - top) / line,
        // Rules past the text area are clipped by it: only those inside are seen.
        ends: rules.filter((b) => b <= area.bottom + 0.5).map((b) => Math.round(((b - top) / line) * 100) / 100),
      };
    });
  const before = await measure();
  const pages = Math.floor(before.lines / 22 + 0.01);
  expect(pages).toBeGreaterThanOrEqual(3);
  expect(before.ends).toEqual(Array.from({ length: pages }, (_, i) => (i + 1) * 22));

  // 22 more lines (empty paragraphs) make one more page and one more rule; undo takes it away.
  await body(page).locator('p:not(.report-heading)').first().click();
  for (let i = 0; i < 22; i++) await page.keyboard.press('Enter');
  await expect.poll(async () => (await measure()).ends.length).toBe(pages + 1);
  expect((await measure()).ends).toEqual(Array.from({ length: pages + 1 }, (_, i) => (i + 1) * 22));
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(async () => (await measure()).ends.length).toBe(pages);
});

test('a title too long for one line shows the break the export makes (GB/T 9704 trapezoid); a typed break replaces it', async ({ page }) => {
  await openApp(page);
  await newFromTemplate(page, /常见四部分/);
  const titleEl = body(page).locator('h1');
  await page.getByLabel('报告年度').fill('2024');
  await page.getByLabel('单位名称').fill('县司法局');
  await expect(titleEl).toHaveText('县司法局2024年法治政府建设工作报告');
  await expect(titleEl.locator('br.title-break')).toHaveCount(0);
  const lines = () => titleEl.evaluate((h) => h.getBoundingClientRect().height / parseFloat(getComputedStyle(h).lineHeight));
  expect(await lines()).toBeCloseTo(1, 1);

  // A long unit name: the second line starts at the year, each line centred on its own.
  await page.getByLabel('单位名称').fill('XX市XX县人民政府办公室');
  await expect(titleEl.locator('br.title-break')).toHaveCount(1);
  await expect.poll(() => titleEl.evaluate((h) => (h as HTMLElement).innerText)).toBe('XX市XX县人民政府办公室\n2024年法治政府建设工作报告');
  expect(await lines()).toBeCloseTo(2, 1);

  // Typing in the body leaves it; a break typed by the user (Shift+Enter) replaces it.
  await body(page).locator('p.hint').first().click();
  await page.keyboard.type('正文。');
  await expect(titleEl.locator('br.title-break')).toHaveCount(1);
  await titleEl.getByText('法治政府建设工作报告').click();
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+Enter');
  await expect(titleEl.locator('br.title-break')).toHaveCount(0);
  await expect(titleEl.locator('br')).toHaveCount(1);
  expect(await lines()).toBeCloseTo(2, 1);
  await page.keyboard.press('Control+z');
  await expect(titleEl.locator('br.title-break')).toHaveCount(1);
});
