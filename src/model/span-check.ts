// The editors' span check: a verified mark covers only words its sources back. For every statement
// marked verified (or missing context: verified, with what the article leaves out), the content words of
// its span that appear neither in its sources' excerpts (with their translations and published titles)
// nor in a caveat, nor in an editors' `spanCheck` reason that names them. Those words are either the
// article's own evaluation inside a factual sentence (keep them outside the span, or make the statement
// partly verified with a caveat naming them) or a paraphrase an editor vouches for in `spanCheck`.
// Pure and language-light on purpose: simple stemming, no synonyms, so a word the sources do not use
// is always a question for an editor. Run by `npm run check:evidence` (scripts/check-evidence.ts).
import { editDistance } from './similar.ts';
import type { Statement } from './citations.ts';
import type { Model } from './build.ts';

/** Function words and verbs of saying: they carry no claim a source must back. */
const STOP = new Set(
  `a about above after again against all am an and any are as at be because been before being below between both but by
  can could did do does doing down during each few for from further had has have having he her here hers him his how i if in
  into is it its itself just me more most my no nor not of off on once only or other our out over own same she should so some
  such than that the their them then there these they this those through to too under until up very was we were what when
  where which while who whom why will with would you your yet also being per cent percent one's who's
  one make makes made making say says said saying tell tells told speak speaks spoke talk talks talked`.split(/\s+/),
);

/** Small numbers written as words, so “ten-kilometre” meets “10km”. */
const NUMBER_WORDS: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  twenty: '20',
  thirty: '30',
  hundred: '100',
  thousand: '1000',
};

/** The same name written short or long: one token (country names spelt out, and their usual abbreviations). */
const SAME_NAME: [RegExp, string][] = [
  [/\bUnited States(?: of America)?\b|\bU\.S\.(?:A\.)?|\bUSA\b|\bUS\b/g, ' ⁂us '],
  [/\bUnited Kingdom\b|\bUK\b/g, ' ⁂uk '],
  [/\bEuropean Union\b|\bEU\b/g, ' ⁂eu '],
  [/(\d)\s*(?:km|kilometres?|kilometers?)\b/gi, '$1 km '],
  [/\bkilometres?\b|\bkilometers?\b/gi, ' km '],
];

/** A word reduced to a comparable stem: lower case, no possessive, common English endings off. */
export function stem(word: string): string {
  let w = word
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '');
  if (NUMBER_WORDS[w]) return NUMBER_WORDS[w]!;
  let verb = false;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 5 && w.endsWith('ing')) [w, verb] = [w.slice(0, -3), true];
  else if (w.length > 4 && w.endsWith('ed')) [w, verb] = [w.slice(0, -2), true];
  else if (w.length > 4 && w.endsWith('ly')) w = w.slice(0, -2);
  else if (w.length > 6 && w.endsWith('al')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('es') && !w.endsWith('ses')) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // dropping → drop, planned → plan (a doubled consonant before the ending).
  if (verb && /([^aeiouylsz])\1$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 3 && w.endsWith('y')) w = `${w.slice(0, -1)}i`;
  return w;
}

/** The content words of a text, as stems, in order, once each (stop words and lone punctuation left out). */
export function contentWords(text: string): string[] {
  let t = text.normalize('NFKC');
  for (const [pattern, token] of SAME_NAME) t = t.replace(pattern, token);
  const words = t.split(/[^\p{L}\p{N}'’⁂]+/u).filter(Boolean);
  const out: string[] = [];
  for (const raw of words) {
    if (STOP.has(raw.toLowerCase())) continue;
    const s = raw.startsWith('⁂') ? raw : stem(raw);
    if (s && !STOP.has(s) && !out.includes(s)) out.push(s);
  }
  return out;
}

/** Two stems name the same word: equal, one the start of the other (5 letters or more), or one letter apart (6 or more). */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.startsWith('⁂') || b.startsWith('⁂') || /^\d/.test(a) || /^\d/.test(b)) return false;
  const short = Math.min(a.length, b.length);
  if (short >= 5 && (a.startsWith(b) || b.startsWith(a))) return true;
  return short >= 6 && Math.abs(a.length - b.length) <= 1 && editDistance(a, b) <= 1;
}

/** What a statement's sources give the check: their words (excerpts, translations, published titles) and what editors wrote. */
export interface SpanEvidence {
  /** The sources' own words. */
  said: string[];
  /** Caveats and `spanCheck` reasons: a word they name is explained. */
  explained: string[];
}

export interface SpanFinding {
  /** The statement's id and ¶. */
  id: string;
  paragraph: number;
  quote: string;
  /** The content files of its sources (where to fix it). */
  files: string[];
  /** Its span's words (as written in the article) found in no excerpt, caveat or reason. */
  words: string[];
}

/** The statuses the check holds to its sources' words: the verified ones. A partly verified statement says in its caveat what differs. */
export const SPAN_CHECKED: ReadonlySet<Statement['status']> = new Set(['verified', 'missing-context']);

/**
 * Every verified statement whose span has words no excerpt, caveat or reason accounts for. `evidence` gives, for a
 * statement, what its sources say (./build.ts has the titles; the unit tests pass their own).
 */
export function checkSpans(statements: readonly Statement[], evidence: (s: Statement) => SpanEvidence & { files: string[] }): SpanFinding[] {
  const findings: SpanFinding[] = [];
  for (const st of statements) {
    if (!SPAN_CHECKED.has(st.status)) continue;
    const e = evidence(st);
    const known = [...new Set([...e.said, ...e.explained].flatMap(contentWords))];
    const missing: string[] = [];
    // Report the article's own spelling of each word left over, once.
    let t = st.quote.normalize('NFKC');
    for (const [pattern, token] of SAME_NAME) t = t.replace(pattern, token);
    for (const raw of t.split(/[^\p{L}\p{N}'’⁂]+/u).filter(Boolean)) {
      if (STOP.has(raw.toLowerCase())) continue;
      const s = raw.startsWith('⁂') ? raw : stem(raw);
      if (!s || STOP.has(s) || known.some((k) => sameWord(s, k))) continue;
      const shown = raw.startsWith('⁂') ? raw.slice(1).toUpperCase() : raw;
      if (!missing.includes(shown)) missing.push(shown);
    }
    if (missing.length) findings.push({ id: st.id, paragraph: st.paragraph, quote: st.quote, files: e.files, words: missing });
  }
  return findings;
}

/** The check over a built model: each statement's evidence from its citations and their sources' files and titles. */
export function checkModelSpans(model: Pick<Model, 'statements' | 'sources'>): SpanFinding[] {
  const byId = new Map(model.sources.map((s) => [s.id, s]));
  return checkSpans(Object.values(model.statements).flat(), (st) => {
    const said: string[] = [];
    const explained: string[] = [];
    const files: string[] = [];
    for (const c of st.sources) {
      const source = byId.get(c.id);
      if (source) {
        files.push(source.file);
        if (!source.titleIsDescription) said.push(source.title);
      }
      for (const text of [c.excerpt, c.excerptTranslation]) if (text) said.push(text);
      for (const text of [c.caveat, c.spanCheck]) if (text) explained.push(text);
    }
    return { said, explained, files };
  });
}

/** One line per finding: “content/sources/x.yaml ¶4 (s4-2) “the large crowd”: large”. */
export const findingLine = (f: SpanFinding) => `${f.files.join(', ')} ¶${f.paragraph} (${f.id}) “${f.quote}”: ${f.words.join(', ')}`;
