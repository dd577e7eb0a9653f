import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
await page.goto('file:///tmp/pv/page.html');
const b64 = readFileSync(`/tmp/pv/${process.argv[2]}.docx`).toString('base64');
const info = await page.evaluate(async (b64) => {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const c = document.getElementById('c')!;
  await (window as any).renderDocxPreview(new Blob([bytes]), c);
  const out: string[] = [];
  for (const p of c.querySelectorAll('section.docx article p')) {
    const h = (p as HTMLElement).offsetHeight; const pitch = 28.95 * 96 / 72;
    const r = h / pitch;
    if (Math.abs(r - Math.round(r)) > 0.02) out.push(`${p.className} h=${h} lines=${r.toFixed(3)} ${p.textContent?.slice(0, 10)}`);
  }
  return out;
}, b64);
console.log(info.join('\n'));
await browser.close();
