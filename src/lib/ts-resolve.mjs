// The engine's TypeScript for plain Node (a script, a worker thread): Node runs
// .ts by stripping types, but the engine imports its own modules without the
// .ts extension (as Vite resolves them), so this resolve hook adds it.
// Importing this module registers the hook for the importing thread.
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
