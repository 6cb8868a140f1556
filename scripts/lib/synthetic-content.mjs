// Synthetic content for the scale bench (`npm run bench -- --scale`): a whole
// explainer folder of lorem-style words, in the proportions of a real one and
// N times its size. Two steps:
//   measureContent(dir)               reads a content folder and counts what is in it (the profile);
//   generateContent(profile, options) is pure and deterministic (a seeded PRNG): it returns the
//                                     files of a folder that passes the engine's schemas and
//                                     cross-file checks (src/model/), as { relative path: text }.
// writeContent(dir, files) puts them on disk. Nothing here knows any article: the profile is
// counts only, and every name, word, date and URL is made up (example.org addresses).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';

/** What a content folder holds, in counts: the proportions the generator keeps at every scale. */
export function measureContent(dir) {
  const yaml = (path) => parse(readFileSync(path, 'utf8'));
  const list = (sub, ext) => readdirSync(join(dir, sub)).filter((f) => f.endsWith(ext)).sort().map((f) => join(dir, sub, f));
  const optional = (path, fallback) => {
    try {
      return yaml(path) ?? fallback;
    } catch (e) {
      if (e.code === 'ENOENT') return fallback;
      throw e;
    }
  };
  const golden = readFileSync(join(dir, 'source-text.txt'), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const explainer = yaml(join(dir, 'explainer.yaml'));
  const actors = list('actors', '.yaml').map(yaml);
  const sources = list('sources', '.yaml').map(yaml);
  const terms = list('glossary', '.yaml').map(yaml);
  const events = list('timeline', '.yaml').map(yaml);
  const unsourced = Object.values(optional(join(dir, 'unsourced.yaml'), {}));
  const corrections = optional(join(dir, 'corrections.yaml'), []);
  const count = (items, key) => items.reduce((m, x) => ((m[key(x)] = (m[key(x)] ?? 0) + 1), m), {});
  const sum = (items, f) => items.reduce((n, x) => n + f(x), 0);
  // Paragraphs that name an entry (any phrase, as a whole word): how densely the text mentions things.
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const namedIn = (phrases) => {
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${phrases.map(escape).join('|')})(?![\\p{L}\\p{N}_])`, 'u');
    return golden.filter((p) => re.test(p)).length;
  };
  const supports = sources.flatMap((s) => s.supports ?? []);
  return {
    /** The one setting kept as measured: the language tag (sorting, html lang). */
    locale: explainer.site.locale,
    paragraphs: golden.length,
    paragraphChars: Math.round(sum(golden, (p) => p.length) / golden.length),
    crossheads: (explainer.article.crossheads ?? []).length,
    sections: list('sections', '.mdx').length,
    actors: actors.length,
    actorKinds: count(actors, (a) => a.kind),
    actorAliases: sum(actors, (a) => (a.aliases ?? []).length),
    actorSources: sum(actors, (a) => (a.sources ?? []).length),
    actorMentions: sum(actors, (a) => namedIn([a.name, ...(a.aliases ?? [])])),
    sources: sources.length,
    origins: count(sources, (s) => s.origin),
    partlyVerified: sources.filter((s) => s.status === 'partly-verified').length,
    caveats: sources.filter((s) => s.caveat).length,
    titleIsDescription: sources.filter((s) => s.titleIsDescription).length,
    dated: sources.filter((s) => s.date).length,
    supports: supports.length,
    statements: new Set(supports.map((x) => `${x.paragraph}\u0000${x.quote}`)).size,
    supportPartly: supports.filter((x) => x.status === 'partly-verified').length,
    supportCaveats: supports.filter((x) => x.caveat).length,
    /** Supports that say what the article leaves out (`context`: the statement is missing-context). */
    supportContexts: supports.filter((x) => x.context).length,
    background: sum(sources, (s) => (s.background ?? []).length),
    terms: terms.length,
    termAliases: sum(terms, (t) => (t.aliases ?? []).length),
    termSources: sum(terms, (t) => (t.sources ?? []).length),
    termUses: sum(terms, (t) => namedIn([t.term, ...(t.aliases ?? [])])),
    events: events.length,
    eventsInArticle: events.filter((e) => (e.paragraphs ?? []).length).length,
    eventParagraphs: sum(events, (e) => (e.paragraphs ?? []).length),
    eventSources: sum(events, (e) => (e.sources ?? []).length),
    eventSpans: events.filter((e) => e.end).length,
    eventMonths: events.filter((e) => e.precision === 'month').length,
    unsourced: count(unsourced, (u) => u.status),
    corrections: corrections.length,
    correctionParagraphs: sum(corrections, (c) => (c.paragraphs ?? []).length),
  };
}

/** mulberry32: a small seeded PRNG, so the same seed gives the same folder. */
function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  const pick = (list) => list[int(list.length)];
  const shuffle = (list) => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  /** k distinct items of `list` (all of it if k ≥ its length). */
  const sample = (list, k) => shuffle(list).slice(0, Math.min(k, list.length));
  return { next, int, pick, shuffle, sample };
}

/** `total` split over named weights, largest remainders first (the counts sum to `total`). */
function apportion(total, weights) {
  const entries = Object.entries(weights).filter(([, w]) => w > 0);
  const all = entries.reduce((n, [, w]) => n + w, 0);
  if (!all) return {};
  const shares = entries.map(([k, w]) => ({ k, exact: (total * w) / all }));
  const out = Object.fromEntries(shares.map(({ k, exact }) => [k, Math.floor(exact)]));
  let left = total - Object.values(out).reduce((n, v) => n + v, 0);
  for (const { k } of [...shares].sort((a, b) => (b.exact % 1) - (a.exact % 1) || a.k.localeCompare(b.k))) {
    if (left-- <= 0) break;
    out[k] += 1;
  }
  return out;
}

/** Spread `total` items over `buckets`, as evenly as possible: [3, 3, 2, …]. */
const spread = (total, buckets) => Array.from({ length: buckets }, (_, i) => Math.floor(total / buckets) + (i < total % buckets ? 1 : 0));

// Filler words (lower case, never a name or a term) and the syllables names and terms are made of.
const LOREM = (
  'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua ' +
  'enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in ' +
  'reprehenderit voluptate velit esse cillum fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa ' +
  'qui officia deserunt mollit anim id est laborum'
).split(' ');
const SYLLABLES = 'ba ka ro vin del mar tes lu quor zen bri sol nax per ith gal omb tri vel dun ash cor fen mir'.split(' ');
const capital = (w) => w[0].toUpperCase() + w.slice(1);

/** Made-up words, each used once: three syllables from a counter, never a filler word. */
function wordMaker() {
  const used = new Set(LOREM);
  let counter = 0;
  return () => {
    for (;;) {
      let n = counter++;
      let word = '';
      for (let i = 0; i < 3; i++) {
        word += SYLLABLES[n % SYLLABLES.length];
        n = Math.floor(n / SYLLABLES.length);
      }
      if (n > 0) word += SYLLABLES[n % SYLLABLES.length]; // past 24³ words: a fourth syllable
      if (!used.has(word)) {
        used.add(word);
        return word;
      }
    }
  };
}

const pad = (n, width) => String(n).padStart(width, '0');
const isoDay = (y, m, d) => `${y}-${pad(m, 2)}-${pad(d, 2)}`;

/**
 * The files of a synthetic content folder `scale` times the size of the one `profile` measured.
 * Pure: the same profile, scale and seed give the same files, byte for byte.
 * @returns {Record<string, string>} content-relative path → file text
 */
export function generateContent(profile, { scale = 1, seed = 1 } = {}) {
  const rnd = prng(seed * 1000003 + Math.round(scale * 1000));
  const word = wordMaker();
  const n = (count, min = 0) => Math.max(min, Math.round(count * scale));
  const sentence = (words) => {
    const text = Array.from({ length: words }, () => rnd.pick(LOREM)).join(' ');
    return capital(text);
  };
  const prose = (chars) => {
    const out = [];
    let length = 0;
    while (length < chars) {
      const s = `${sentence(8 + rnd.int(8))}.`;
      out.push(s);
      length += s.length + 1;
    }
    return out.join(' ').slice(0, Math.max(chars, out[0].length));
  };
  /** A whole number whose average is `mean` (2.4 → 2 or 3). */
  const around = (mean) => Math.floor(mean) + (rnd.next() < mean % 1 ? 1 : 0);
  const proseBetween = (min, max) => {
    let text = prose(min + rnd.int(Math.max(1, max - min - 40)));
    if (text.length > max) text = text.slice(0, max - 1).trimEnd();
    return /[.]$/.test(text) ? text : `${text.replace(/[ ,]+$/, '')}.`;
  };

  // The article: P paragraphs, C of them crossheads (never ¶1), in S sections.
  const P = n(profile.paragraphs, 2);
  const S = Math.min(P, n(profile.sections, 1));
  const C = Math.min(n(profile.crossheads), P - S);
  const crossheads = new Set(spread(P - 1, C).map((_, i) => 1 + Math.round(((i + 1) * (P - 1)) / (C + 1))));
  const body = P - crossheads.size;

  // Statements: every body paragraph has at least one; sourced and unsourced ones in the profile's proportion.
  const unsourcedCounts = Object.fromEntries(Object.entries(profile.unsourced).map(([k, v]) => [k, n(v)]));
  const sourcedCount = n(profile.statements);
  const statementTotal = Math.max(body, sourcedCount + Object.values(unsourcedCounts).reduce((a, b) => a + b, 0));
  const perParagraph = new Map();
  const bodyParagraphs = Array.from({ length: P }, (_, i) => i + 1).filter((p) => !crossheads.has(p));
  for (const p of bodyParagraphs) perParagraph.set(p, 1);
  for (let i = body; i < statementTotal; i++) {
    const p = rnd.pick(bodyParagraphs);
    perParagraph.set(p, perParagraph.get(p) + 1);
  }

  // Names: actors (capitalised, a given name and a family name; the alias is the family name) and terms (lower case).
  const A = n(profile.actors, 1);
  const kinds = apportion(A, profile.actorKinds);
  const kindList = rnd.shuffle(Object.entries(kinds).flatMap(([k, c]) => Array(c).fill(k)));
  const aliasEvery = profile.actors ? profile.actorAliases / profile.actors : 0;
  const actors = Array.from({ length: A }, (_, i) => {
    const [given, family] = [capital(word()), capital(word())];
    return { id: `actor-${pad(i + 1, 4)}`, name: `${given} ${family}`, aliases: around(Math.min(1, aliasEvery)) ? [family] : [], kind: kindList[i] ?? 'person' };
  });
  const T = n(profile.terms);
  const termAliasEvery = profile.terms ? profile.termAliases / profile.terms : 0;
  const terms = Array.from({ length: T }, (_, i) => {
    const [a, b] = [word(), word()];
    const aliases = Array.from({ length: around(termAliasEvery) }, () => `${a} ${word()}`);
    return { id: `term-${pad(i + 1, 4)}`, term: `${a} ${b}`, aliases };
  });

  // Where each name occurs: every actor at least once, in the profile's density of mentions per paragraph.
  const inserts = new Map(); // ¶ → phrases to put in its text
  const put = (p, phrase) => inserts.set(p, [...(inserts.get(p) ?? []), phrase]);
  const mentionsEach = (total, count) => spread(Math.max(count, total), count);
  const actorMentions = mentionsEach(n(profile.actorMentions), A);
  actors.forEach((a, i) => {
    for (const p of rnd.sample(bodyParagraphs, actorMentions[i])) put(p, rnd.next() < 0.3 && a.aliases.length ? a.aliases[0] : a.name);
  });
  const termMentions = T ? mentionsEach(n(profile.termUses), T) : [];
  terms.forEach((t, i) => {
    for (const p of rnd.sample(bodyParagraphs, termMentions[i])) put(p, rnd.next() < 0.3 && t.aliases.length ? t.aliases[0] : t.term);
  });

  // The golden copy: each body paragraph is sentences, one more than its statements; a statement quotes one sentence.
  const avgSentence = 80;
  const golden = [];
  const sentencesOf = new Map();
  for (let p = 1; p <= P; p++) {
    if (crossheads.has(p)) {
      golden.push(sentence(3 + rnd.int(3)));
      continue;
    }
    const count = Math.max(perParagraph.get(p) + 1, Math.round(profile.paragraphChars / avgSentence));
    const sentences = Array.from({ length: count }, () => sentence(9 + rnd.int(7)).split(' '));
    for (const phrase of inserts.get(p) ?? []) {
      const s = rnd.pick(sentences);
      s.splice(1 + rnd.int(s.length - 1), 0, phrase);
    }
    const texts = sentences.map((s) => `${s.join(' ')}`);
    sentencesOf.set(p, texts);
    golden.push(texts.map((s) => `${s}.`).join(' '));
  }

  // Statement quotes: distinct sentences of their paragraph (without the full stop), each found there once.
  const statements = [];
  for (const p of bodyParagraphs) {
    const text = golden[p - 1];
    const chosen = rnd.sample(sentencesOf.get(p), perParagraph.get(p));
    for (const quote of chosen) {
      if (text.indexOf(quote) !== text.lastIndexOf(quote)) throw new Error(`synthetic ¶${p}: the quote “${quote}” occurs twice; change the seed`);
      statements.push({ paragraph: p, quote });
    }
  }
  const shuffled = rnd.shuffle(statements);
  const sourced = shuffled.slice(0, Math.min(sourcedCount, shuffled.length));
  const unsourcedStatements = shuffled.slice(sourced.length);

  // Sources: origins in proportion; reference works and community wikis only give background.
  const R = n(profile.sources, 1);
  const origins = apportion(R, profile.origins);
  const originList = rnd.shuffle(Object.entries(origins).flatMap(([k, c]) => Array(c).fill(k)));
  const backgroundOnly = new Set(['reference', 'community']);
  const sources = Array.from({ length: R }, (_, i) => ({
    id: `source-${pad(i + 1, 5)}`,
    origin: originList[i] ?? 'outlet',
    supports: [],
    background: [],
  }));
  const capable = sources.filter((s) => !backgroundOnly.has(s.origin));
  // Each sourced statement gets one source; the extra supports (several sources on one statement) go to random ones.
  const supportTotal = Math.max(sourced.length, n(profile.supports));
  const supportNote = () => proseBetween(40, 160);
  if (capable.length) {
    const order = rnd.shuffle(capable);
    sourced.forEach((st, i) => order[i % order.length].supports.push({ ...st }));
    for (let i = sourced.length; i < supportTotal; i++) {
      const st = rnd.pick(sourced);
      const s = rnd.pick(capable);
      if (!s.supports.some((x) => x.paragraph === st.paragraph && x.quote === st.quote)) s.supports.push({ ...st });
    }
  }
  const backgroundTotal = n(profile.background);
  const allParagraphs = Array.from({ length: P }, (_, i) => i + 1);
  let backgroundGiven = 0;
  for (const s of sources) {
    if (!s.supports.length) {
      s.background.push({ paragraph: rnd.pick(allParagraphs) });
      backgroundGiven++;
    }
  }
  for (; backgroundGiven < backgroundTotal; backgroundGiven++) rnd.pick(sources).background.push({ paragraph: rnd.pick(allParagraphs) });

  const partly = new Set(rnd.sample(sources, n(profile.partlyVerified)).map((s) => s.id));
  const withCaveat = new Set([...partly, ...rnd.sample(sources, Math.max(0, n(profile.caveats) - partly.size)).map((s) => s.id)]);
  const described = new Set(rnd.sample(sources, n(profile.titleIsDescription)).map((s) => s.id));
  const dated = new Set(rnd.sample(sources, n(profile.dated)).map((s) => s.id));
  const supportEntries = sources.flatMap((s) => s.supports);
  const supportPartly = new Set(rnd.sample(supportEntries, n(profile.supportPartly)));
  const supportCaveat = new Set([...supportPartly, ...rnd.sample(supportEntries, Math.max(0, n(profile.supportCaveats) - supportPartly.size))]);
  // Context only where the source verifies the statement (the schema refuses it on a partly-verified one).
  const verifying = supportEntries.filter((x) => !supportPartly.has(x) && !sources.some((s) => partly.has(s.id) && s.supports.includes(x)));
  const supportContext = new Set(rnd.sample(verifying, Math.min(verifying.length, n(profile.supportContexts ?? 0))));

  const files = {};
  const yaml = (data) => stringify(data, { lineWidth: 0 });
  // Every support shows some words of its source: here the first words of its note (no draw of its own, so the rest of
  // the content is what it was before excerpts existed).
  const withExcerpt = (note) => ({ note, excerpt: note.split(/\s+/).slice(0, 20).join(' ') });
  const year = 2024;
  const writtenBy = `${year}-06-30`;

  for (const s of sources) {
    const data = {
      title: proseBetween(20, 90).replace(/\.$/, ''),
      titleIsDescription: described.has(s.id),
      publisher: `${capital(word())} ${capital(rnd.pick(LOREM))}`,
      ...(dated.has(s.id) ? { date: isoDay(year - rnd.int(3), 1 + rnd.int(12), 1 + rnd.int(28)) } : {}),
      url: `https://example.org/synthetic/${s.id}`,
      origin: s.origin,
      ...(s.origin === 'wire' || s.origin === 'mirror' ? { via: `${capital(word())} agency` } : {}),
      ...(s.origin === 'state-media' ? { state: capital(word()) } : {}),
      status: partly.has(s.id) ? 'partly-verified' : 'verified',
      ...(withCaveat.has(s.id) ? { caveat: proseBetween(30, 200) } : {}),
      supports: s.supports.map((x) => ({
        paragraph: x.paragraph,
        quote: x.quote,
        ...withExcerpt(supportNote()),
        ...(supportPartly.has(x) ? { status: 'partly-verified' } : {}),
        ...(supportCaveat.has(x) ? { caveat: proseBetween(30, 160) } : {}),
        ...(supportContext.has(x) ? { context: proseBetween(30, 160) } : {}),
      })),
      background: s.background.map((x) => ({ paragraph: x.paragraph, note: supportNote() })),
    };
    if (!data.supports.length) delete data.supports;
    if (!data.background.length) delete data.background;
    files[`sources/${s.id}.yaml`] = yaml(data);
  }

  const sourceIds = sources.map((s) => s.id);
  const refsEach = (total, count) => (count ? spread(total, count) : []);
  const actorRefs = refsEach(n(profile.actorSources), A);
  actors.forEach((a, i) => {
    files[`actors/${a.id}.yaml`] = yaml({
      name: a.name,
      kind: a.kind,
      role: proseBetween(10, 100).replace(/\.$/, ''),
      ...(a.aliases.length ? { aliases: a.aliases } : {}),
      profile: proseBetween(120, 500),
      sources: rnd.sample(sourceIds, actorRefs[i]),
    });
  });
  const termRefs = refsEach(n(profile.termSources), T);
  terms.forEach((t, i) => {
    files[`glossary/${t.id}.yaml`] = yaml({
      term: t.term,
      ...(t.aliases.length ? { aliases: t.aliases } : {}),
      definition: proseBetween(60, 400),
      sources: rnd.sample(sourceIds, termRefs[i]),
    });
  });

  // Timeline: in-article events refer to paragraphs; the rest are background (before) or after the article.
  const E = n(profile.events);
  const inArticle = n(profile.eventsInArticle);
  const eventParagraphs = refsEach(Math.max(inArticle, n(profile.eventParagraphs)), inArticle);
  const eventSources = refsEach(n(profile.eventSources), E);
  const spans = new Set(rnd.sample([...Array(E).keys()], n(profile.eventSpans)));
  const months = new Set(rnd.sample([...Array(E).keys()], n(profile.eventMonths)));
  for (let i = 0; i < E; i++) {
    const after = i >= inArticle && rnd.next() < 0.3;
    const y = after ? year + rnd.int(2) : year - rnd.int(30);
    const m = after && y === year ? 7 + rnd.int(6) : 1 + rnd.int(after ? 12 : 6);
    const month = months.has(i);
    const date = month ? `${y}-${pad(m, 2)}` : isoDay(y, m, 1 + rnd.int(20));
    const end = spans.has(i) ? (month ? `${y}-${pad(Math.min(12, m + 1 + rnd.int(12 - m) || 12), 2)}` : isoDay(y, m, 22 + rnd.int(6))) : undefined;
    files[`timeline/event-${pad(i + 1, 5)}.yaml`] = yaml({
      date,
      precision: month ? 'month' : 'day',
      ...(end && end > date ? { end } : {}),
      label: proseBetween(20, 150),
      paragraphs: i < inArticle ? rnd.sample(allParagraphs, eventParagraphs[i]).sort((a, b) => a - b) : [],
      sources: rnd.sample(sourceIds, eventSources[i]),
    });
  }

  const unsourced = {};
  const statusList = rnd.shuffle(Object.entries(unsourcedCounts).flatMap(([k, c]) => Array(c).fill(k)));
  unsourcedStatements
    .sort((a, b) => a.paragraph - b.paragraph)
    .forEach((st, i) => {
      unsourced[`p${st.paragraph}-${i + 1}`] = { paragraph: st.paragraph, quote: st.quote, status: statusList[i] ?? 'not-checked', note: proseBetween(30, 200) };
    });
  files['unsourced.yaml'] = yaml(unsourced);

  const corrections = Array.from({ length: n(profile.corrections) }, (_, i) => ({
    date: isoDay(year, 7 + (i % 6), 1 + (i % 28)),
    paragraphs: rnd.sample(allParagraphs, around(profile.correctionParagraphs / Math.max(1, profile.corrections))).sort((a, b) => a - b),
    what: proseBetween(30, 160),
    why: proseBetween(30, 160),
  }));
  files['corrections.yaml'] = yaml(corrections);

  // Sections: contiguous ¶ ranges, as even as possible; each body is its paragraphs, crossheads as ### headings.
  let from = 1;
  spread(P, S).forEach((size, i) => {
    const to = from + size - 1;
    const slug = `claim-${i + 1}`;
    const front = yaml({
      title: `Claim ${i + 1}: ${sentence(3)}`.slice(0, 60),
      slug,
      order: i + 1,
      claim: proseBetween(40, 200),
      explanation: proseBetween(120, 600),
      paragraphs: { from, to },
    });
    const lines = [];
    for (let p = from; p <= to; p++) lines.push(crossheads.has(p) ? `### ${golden[p - 1]}` : golden[p - 1]);
    files[`sections/${pad(i + 1, 4)}-${slug}.mdx`] = `---\n${front}---\n\n${lines.join('\n\n')}\n`;
    from = to + 1;
  });

  files['source-text.txt'] = `${golden.join('\n')}\n`;
  files['explainer.yaml'] = yaml({
    site: {
      name: `Synthetic explainer, ${scale}×`,
      defaultUrl: 'https://synthetic.example.org',
      locale: profile.locale,
      description: 'Made-up lorem-style content for the scale bench: an article, its claims, actors, sources, terms and events, generated.',
      tagline: 'Generated content for measuring how the build scales.',
    },
    article: {
      title: 'A generated article for the scale bench',
      titleIsDescription: true,
      titleNote: 'A description: the article is generated and has no title.',
      by: 'no publisher (generated content)',
      where: 'synthetic.example.org',
      url: 'https://synthetic.example.org/article',
      date: `June ${year}`,
      dateInferred: true,
      dateNote: 'Generated content has no real date.',
      writtenBy,
      author: 'nobody: the text is generated',
      crossheads: [...crossheads].sort((a, b) => a - b),
      precis: proseBetween(200, 600),
      rights: 'Generated lorem-style text for the scale bench; it means nothing and belongs to no one.',
    },
    research: 'Generated content: nothing was researched; the sources, statuses and notes are generated like the text.',
    rolesAsOf: `June ${year}`,
    reviewed: `${year}-07-01`,
    reportErrors: 'Generated content: there is nothing to report.',
    maker: { name: 'The scale bench', relation: 'Generated content, made by the scale bench and published by nobody.', contact: 'mailto:bench@example.org' },
    pages: {
      actors: 'The generated actors, with their roles and every paragraph that names them.',
      glossary: 'The generated terms, defined in generated words, with the paragraphs that use them.',
      timeline: 'The generated events, in date order, linked to the paragraphs that refer to them.',
    },
    timeline: {
      parts: [
        { id: 'background', title: `Background, up to ${year - 1}`, until: `${year - 1}-12-31` },
        { id: 'up-to-article', title: `${year}, up to the article`, until: writtenBy },
        { id: 'after-article', title: 'After the article', after: true },
      ],
      scales: [
        { id: 'scale-decades', title: `${year - 34}–${year + 5}, by decade`, from: `${year - 34}-01-01`, to: `${year + 5}-12-31`, ticks: 'decade' },
        { id: 'scale-year', title: `${year}, by month`, from: `${year}-01-01`, to: `${year}-12-31`, ticks: 'month' },
      ],
    },
    pdf: { keywords: ['generated', 'scale bench'] },
  });
  return files;
}

/** Write generated files under `dir` (created as needed). */
export function writeContent(dir, files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}
