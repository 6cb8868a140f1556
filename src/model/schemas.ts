// The one description of every content file: zod schemas, every field documented. The documentation is the
// schemas' own metadata (`.meta({ description, examples })`): docs/content-reference.md is generated from it
// (scripts/content-reference.ts, `npm run docs:content`; a test fails when the committed file differs), and a
// missing required field's error quotes the same words and a minimal example (./schema-docs.ts).
// Types are derived from the schemas (z.output); nothing else describes a file's shape.
//
// Ids that point at other entries (actors, sources) and ¶ numbers are checked
// across files by ./checks.ts, which names the file, field, bad value and the
// nearest valid one (a per-file schema cannot know the other files). Every limit a test of the built site
// relies on (a page description's length, a title's) is here, so the build refuses the value first.
// One module per kind of file (./schemas/); this one is their index, which the rest of the engine imports.
import type { z } from 'astro/zod';
import type { Claim } from './schemas/claim.ts';
import type { Correction } from './schemas/corrections.ts';
import type { Actor, Term, TimelineEvent } from './schemas/entries.ts';
import type { Source, Unsourced } from './schemas/evidence.ts';
import type { Explainer } from './schemas/explainer.ts';

export * from './schemas/common.ts';
export * from './schemas/explainer.ts';
export * from './schemas/claim.ts';
export * from './schemas/entries.ts';
export * from './schemas/evidence.ts';
export * from './schemas/corrections.ts';

export type ExplainerData = z.output<typeof Explainer>;
export type ClaimData = z.output<typeof Claim>;
export type ActorData = z.output<typeof Actor>;
export type SourceData = z.output<typeof Source>;
export type UnsourcedData = z.output<typeof Unsourced>;
export type TermData = z.output<typeof Term>;
export type TimelineEventData = z.output<typeof TimelineEvent>;
export type CorrectionData = z.output<typeof Correction>;
