// Prints an HTML article to PDF with headless Chromium, the way a browser's "Print" does:
// a running header (date and title) and footer (URL and "page/pages") on every page.
//
// usage: node print_pdf.mjs [--bare] IN.html OUT.pdf [[--bare] IN.html OUT.pdf...]
// --bare prints the next page without header and footer. Exits 77 when Chromium is missing.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const kChromium = '/usr/bin/chromium';
if (!existsSync(kChromium)) {
  console.log(`SKIP: ${kChromium} is missing (Debian package chromium; scripts/setup installs it)`);
  process.exit(77);
}
const { chromium } = await import('playwright-core');
const files = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: kChromium, headless: true, args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (let i = 0; i + 1 < files.length; i += 2) {
    const bare = files[i] === '--bare';
    if (bare) ++i;
    await page.goto(pathToFileURL(files[i]).href);
    await page.pdf({ path: files[i + 1], format: 'A4', displayHeaderFooter: !bare,
                     margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' } });
  }
} finally {
  await browser.close();
}
