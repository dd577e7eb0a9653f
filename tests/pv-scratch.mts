import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1000, height: 1200 }, deviceScaleFactor: 0.6 });
page.on('console', (m) => console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
await page.goto('file:///tmp/pv/page.html');
for (const name of process.argv.slice(2)) {
  const b64 = readFileSync(`/tmp/pv/${name}.docx`).toString('base64');
  const info = await page.evaluate(async (b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const c = document.getElementById('c')!;
    await (window as any).renderDocxPreview(new Blob([bytes]), c);
    const pages = [...c.querySelectorAll('section.docx')] as HTMLElement[];
    return pages.map((p) => ({ h: p.getBoundingClientRect().height, footer: p.querySelector('footer')?.textContent, firstText: p.querySelector('article p')?.textContent?.slice(0, 15), lines: p.querySelector('article')?.getBoundingClientRect().height }));
  }, b64);
  console.log(name, JSON.stringify(info, null, 0));
  const n = await page.locator('section.docx').count();
  for (const i of [0, 1, n - 1]) await page.locator('section.docx').nth(i).screenshot({ path: `/tmp/pv/${name}-p${i + 1}.png`, scale: 'css' });
}
await browser.close();
