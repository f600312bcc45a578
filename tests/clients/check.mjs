// Shared helpers of the node client checks: a tally that prints 'N passed, N failed',
// HTTP fetches from the served site, episode records read from its directory, and the skip
// when npm packages are missing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const kSkip = 77;  // ctest's SKIP_RETURN_CODE for these tests

export class Tally {
  constructor() {
    this.passed = 0;
    this.failures = [];
  }
  // Records one assertion; `what` says what should hold, with the values seen.
  check(ok, what) {
    if (ok) {
      this.passed += 1;
    } else {
      this.failures.push(what);
      console.log(`FAILED: ${what}`);
    }
    return ok;
  }
  // Prints the closing line and returns the process exit code.
  finish() {
    console.log(`${this.passed} passed, ${this.failures.length} failed`);
    return this.failures.length === 0 ? 0 : 1;
  }
}

// Exits with kSkip when node_modules lacks a package: scripts/setup installs them.
export function requirePackages(names) {
  const modules = join(dirname(fileURLToPath(import.meta.url)), 'node_modules');
  const missing = names.filter((name) => !existsSync(join(modules, name, 'package.json')));
  if (missing.length > 0) {
    console.log(`SKIP: npm packages missing in ${modules}: ${missing.join(' ')} ` +
                '(scripts/setup runs npm ci in tests/clients)');
    process.exit(kSkip);
  }
}

export function siteUrl() {
  const url = process.env.SITE_URL;
  if (!url) {
    console.log('FAILED: SITE_URL is not set: run this through serve_site.sh');
    process.exit(1);
  }
  return url;
}

// GETs a URL; returns {status, type, text} with the Content-Type's media type only.
export async function get(url) {
  const response = await fetch(url);
  const type = (response.headers.get('content-type') || '').split(';')[0].trim();
  return { status: response.status, type, text: await response.text(), headers: response.headers };
}

// The episode record of a file URL below the site (`…/episodes/<id>.mp3`), read from
// SITE_DIR: records are private, the server answers 404 for them (docs/deploy.md).
export function readRecord(url) {
  const relative = url.slice(siteUrl().length).replace(/(\.chapters\.json|\.[a-z0-9]+)$/, '');
  return JSON.parse(readFileSync(join(process.env.SITE_DIR, `${relative}.json`), 'utf8'));
}

// The Content-Length a HEAD request reports, or -1.
export async function headLength(url) {
  const response = await fetch(url, { method: 'HEAD' });
  if (response.status !== 200) return -1;
  return Number(response.headers.get('content-length') ?? -1);
}
