// Trunk post-build hook: pins every inline <script> of the built index.html by its SHA-256 in the
// Content-Security-Policy meta tag (replacing the CSP-SCRIPT-HASHES placeholder), and drops the
// build-time nonces Trunk writes (a nonce fixed at build time protects nothing).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('csp-hash: TRUNK_STAGING_DIR is not set (run me as a Trunk post_build hook)');
  process.exit(1);
}
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8').replace(/\s+nonce="[^"]*"/g, '');
const hashes = [];
for (const match of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
  if (match[1].trim() === '') continue;
  hashes.push(`'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`);
}
if (!html.includes("'CSP-SCRIPT-HASHES'")) {
  console.error('csp-hash: the CSP placeholder is missing from index.html');
  process.exit(1);
}
html = html.replace("'CSP-SCRIPT-HASHES'", hashes.join(' '));
writeFileSync(file, html);
console.log(`csp-hash: pinned ${hashes.length} inline script(s)`);
