// `npm run check:evidence`: the editors' span check (src/model/span-check.ts) on the content (CONTENT_DIR or
// content/). Lists every verified statement whose span has words that no excerpt of its sources, no caveat and
// no `spanCheck` reason accounts for, and exits 1 if there is any: the next overreach is caught before a
// reader sees it. Run by Node directly (it strips the types).
import { buildModel } from '../src/model/build.ts';
import { contentDir, readContent } from '../src/model/read.ts';
import { checkModelSpans, findingLine } from '../src/model/span-check.ts';

const model = buildModel(readContent(contentDir()));
const findings = checkModelSpans(model);
const checked = Object.values(model.statements)
  .flat()
  .filter((s) => s.status === 'verified' || s.status === 'missing-context').length;
if (!findings.length) {
  console.log(`Span check: ${checked} verified statements, every word of each span in its sources’ excerpts, a caveat or a reason.`);
} else {
  console.log(`Span check: ${findings.length} of ${checked} verified statements have words no excerpt, caveat or spanCheck reason accounts for.`);
  console.log(
    'Keep the article’s evaluations outside the span, make the statement partly verified with a caveat naming them, or say in `spanCheck` why the source backs them.\n',
  );
  for (const f of findings) console.log(`- ${findingLine(f)}`);
  process.exitCode = 1;
}
