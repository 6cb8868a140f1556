// The `_headers` file format of Netlify and Cloudflare Pages: parse it, and say
// which headers a path gets. Used by the static server (src/lib/serve.ts, so
// `npm start` and the tests send what a host would) and by the tests.
//
//   # comment
//   /pattern            a path; `*` matches anything (slashes too), `:name` one segment
//     Name: value       attach a header
//     ! Name            detach a header set by an earlier matching rule (Cloudflare Pages)
//
// Matching follows Cloudflare Pages, the stricter of the two hosts: every
// matching rule applies, in file order; a header set by two rules is joined with
// ", " unless the later rule detaches it first. (Netlify ignores the `!` line,
// which has no colon, and lets the later rule's value replace the earlier one:
// the same result for a file that always detaches before it overrides.)

export interface HeaderRule {
  /** The path line as written. */
  pattern: string;
  /** What it matches (a decoded URL path). */
  regex: RegExp;
  /** Header names removed, as written. */
  detach: string[];
  /** Headers attached, in order. */
  set: [string, string][];
  /** 1-based line number of the path line. */
  line: number;
}

/** The RegExp a `_headers` path pattern stands for. */
export function patternRegExp(pattern: string): RegExp {
  if (!pattern.startsWith('/')) throw new Error(`a _headers path must start with "/": ${pattern}`);
  let source = '';
  for (const part of pattern.split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)) {
    if (part === '*') source += '(.*)';
    else if (part.startsWith(':') && part.length > 1) source += '([^/]+)';
    else source += part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/**
 * Parse a `_headers` file. Throws, naming the line, on a header before any
 * path, a header line without a name or value, or a name with characters HTTP
 * does not allow.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith('#')) return;
    const where = `_headers line ${i + 1}: ${JSON.stringify(raw)}`;
    if (!/^\s/.test(raw)) {
      if (!line.startsWith('/')) throw new Error(`${where}: a path line must start with "/"`);
      rules.push({ pattern: line, regex: patternRegExp(line), detach: [], set: [], line: i + 1 });
      return;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`${where}: a header before any path`);
    if (line.startsWith('!')) {
      const name = line.slice(1).trim();
      if (!isToken(name)) throw new Error(`${where}: not a header name`);
      rule.detach.push(name);
      return;
    }
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    const value = colon > 0 ? line.slice(colon + 1).trim() : '';
    if (!isToken(name) || !value) throw new Error(`${where}: expected "Name: value"`);
    rule.set.push([name, value]);
  });
  return rules;
}

const isToken = (name: string) => /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name);

/**
 * The headers a (decoded) URL path gets: [name, value] pairs, names as first
 * written. Every matching rule applies in order (see the top of this file).
 */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
  const out = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!rule.regex.test(path)) continue;
    for (const name of rule.detach) out.delete(name.toLowerCase());
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const prev = out.get(key);
      out.set(key, prev ? [prev[0], `${prev[1]}, ${value}`] : [name, value]);
    }
  }
  return [...out.values()];
}
