/**
 * Writes the README's screenshot of the editor: the 县司法局 example opened with 从范文开始.
 * Usage: tsx scripts/screenshot.ts [baseUrl] [out.png]   (serve the app first: npm run dev)
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config.ts';

const [url = 'http://127.0.0.1:5173/', out = 'tests/e2e/screenshots/editor.png'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(url);
await page.getByRole('button', { name: '新建报告' }).click();
await page
  .getByRole('dialog', { name: '新建报告' })
  .getByRole('button', { name: /县司法局2023年/ })
  .click();
await page.getByRole('textbox', { name: '报告正文' }).locator('h2').first().waitFor();
await page.waitForTimeout(500);
await page.screenshot({ path: out });
await browser.close();
console.log(`wrote ${out}`);
