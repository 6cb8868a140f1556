// The engine's model (src/model/, TypeScript) for a script: Node runs .ts by
// stripping types, but the engine imports its own modules without the .ts
// extension (as Vite resolves them), so this resolve hook adds it.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    if (/^\.\.?\//.test(specifier) && !/\.[cm]?[jt]s$/.test(specifier) && context.parentURL?.endsWith('.ts')) {
      try {
        return next(`${specifier}.ts`, context);
      } catch {
        // not a .ts module: resolve as written
      }
    }
    return next(specifier, context);
  },
});

/** readContent and buildModel from src/model/, loaded once. */
export async function engineModel() {
  const [read, build] = await Promise.all([import('../../src/model/read.ts'), import('../../src/model/build.ts')]);
  return { readContent: read.readContent, contentDir: read.contentDir, buildModel: build.buildModel };
}
