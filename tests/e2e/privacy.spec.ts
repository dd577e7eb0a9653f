import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { body, expectSaved, library, newFromTemplate } from './helpers.ts';
import { assertValidDocx } from '../helpers/ooxml.ts';

/**
 * A whole drafting session — template, fields, library insert, autosave and reload, preview,
 * export, import of the exported file — as a user does it, while every request the page makes is
 * recorded.
 */
async function draftingSession(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(body(page)).toBeVisible();
  await newFromTemplate(page, /常见四部分/);
  await page.getByLabel('单位名称').fill('县水务局');
  await page.getByLabel('报告年度').fill('2024');
  await page.getByLabel('上级机关').fill('县委、县政府');
  await body(page).locator('p.hint').first().click();
  await library(page).getByRole('searchbox', { name: '搜索范文' }).fill('法律顾问');
  await library(page).locator('li.lib-item').filter({ hasText: '县统计局' }).first().getByRole('button', { name: '插入' }).click();
  await page.keyboard.type('本局私密的草稿文字。');
  await expectSaved(page);
  await page.reload();
  await expect(body(page)).toContainText('本局私密的草稿文字。');

  await page.getByRole('button', { name: '预览' }).click();
  const preview = page.getByRole('dialog', { name: '预览' });
  await expect(preview.getByTestId('preview-pages')).toContainText('— 1 —');
  await preview.getByRole('button', { name: '关闭' }).click();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('button', { name: '导出Word' })
      .click()
      .then(() => page.getByRole('button', { name: '仍然导出' }).click()),
  ]);
  expect(download.suggestedFilename()).toBe('县水务局2024年度法治政府建设工作报告.docx');
  await assertValidDocx(await download.path(), download.suggestedFilename());
  await page.getByLabel('选择要导入的Word文件').setInputFiles(await download.path());
  await expect(page.getByRole('status').filter({ hasText: '导入为新草稿' })).toBeVisible();
  await expect(body(page)).toContainText('本局私密的草稿文字。');
}

function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  return urls;
}

function recordCspViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

test('served build: a full session makes no request beyond the page’s own origin', async ({ page, baseURL }) => {
  const urls = recordRequests(page);
  const violations = recordCspViolations(page);
  await draftingSession(page, './');
  const origin = new URL(baseURL!).origin;
  const foreign = urls.filter((u) => !u.startsWith(`${origin}/`) && !u.startsWith('blob:') && !u.startsWith('data:'));
  expect(foreign).toEqual([]);
  expect(urls.length).toBeGreaterThan(0);
  expect(violations).toEqual([]);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
});

test('single file (npm run build:single) works from file:// with no network at all', async ({ page }) => {
  const file = pathToFileURL(resolve('dist-single/index.html')).href;
  const urls = recordRequests(page);
  const violations = recordCspViolations(page);
  await draftingSession(page, file);
  const other = urls.filter((u) => u !== file && !u.startsWith('blob:') && !u.startsWith('data:'));
  expect(other).toEqual([]);
  expect(violations).toEqual([]);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'none'");
  expect(csp).toMatch(/script-src 'sha256-[^']+'/);
});

test('the static build works from any static server under a base path other than /', async ({ page }) => {
  const { createServer } = await import('node:http');
  const { readFile } = await import('node:fs/promises');
  const { extname, join, normalize } = await import('node:path');
  const prefix = '/intranet/tools/report-drafter/';
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (!url.pathname.startsWith(prefix)) return void res.writeHead(404).end();
    const rel = normalize(url.pathname.slice(prefix.length) || 'index.html');
    try {
      const data = await readFile(join('dist', rel));
      res.writeHead(200, { 'content-type': types[extname(rel)] ?? 'application/octet-stream' }).end(data);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  try {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => {
      if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`http://127.0.0.1:${port}${prefix}`);
    await expect(body(page)).toBeVisible();
    await body(page).locator('p.hint').first().click();
    await page.keyboard.type('子路径下也能起草。');
    await page.getByRole('button', { name: '预览' }).click();
    await expect(page.getByRole('dialog', { name: '预览' }).getByTestId('preview-pages')).toContainText('子路径下也能起草。');
    expect(errors).toEqual([]);
  } finally {
    server.close();
  }
});
