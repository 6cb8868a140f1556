// The engine's model (src/model/, TypeScript) for a script, through the resolve
// hook that lets plain Node import the engine's extensionless modules.

/** readContent and buildModel from src/model/, loaded once. */
export async function engineModel() {
  const [read, build] = await Promise.all([import('../../src/model/read.ts'), import('../../src/model/build.ts')]);
  return { readContent: read.readContent, contentDir: read.contentDir, buildModel: build.buildModel };
}
