// Types of the engine's virtual modules (src/integration.ts).
declare module 'virtual:explainer/model' {
  const model: import('./model/build').Model;
  export default model;
}
declare module 'virtual:explainer/bodies' {
  const bodies: Record<string, import('astro/runtime/server/index.js').AstroComponentFactory>;
  export default bodies;
}
