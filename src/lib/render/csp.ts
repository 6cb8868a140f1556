// The policy every page carries in a <meta http-equiv="content-security-policy">, and from which the host
// headers are built (the headers step reads it back from the pages). Every script and stylesheet is an external
// file from this site (astro.config.ts: no inlined styles or scripts), so 'self' allows them all: no per-file
// hashes, which cost every page ~400 bytes gzip (they do not compress) and changed whenever a script did.
// JSON-LD blocks are data, not scripts, and need no allowance.
export const PAGE_CSP = [
  "default-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "script-src 'self'",
  "style-src 'self'",
].join('; ');
