// Prints an HTML article to PDF with headless Chromium, the way a browser's "Print" does:
// a running header (date and title) and footer (URL and "page/pages") on every page.
//
// usage: node print_pdf.mjs ARTICLE.html OUT.pdf      (exits 77 when Chromium is missing)
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const kChromium = '/usr/bin/chromium';
if (!existsSync(kChromium)) {
  console.log(`SKIP: ${kChromium} is missing (Debian package chromium; scripts/setup installs it)`);
  process.exit(77);
}
const { chromium } = await import('playwright-core');
const [input, output] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: kChromium, headless: true, args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.goto(pathToFileURL(input).href);
  await page.pdf({ path: output, format: 'A4', displayHeaderFooter: true,
                   margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
} finally {
  await browser.close();
}
