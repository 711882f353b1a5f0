/**
 * Prompt templates imported as text. Only the Workers entry does this: wrangler's
 * `[[rules]] type = "Text" globs = ["**\/*.md"]` bundles each file as a string (Node reads the
 * files with `loadPrompts()` instead).
 */
declare module '*.md' {
  const text: string;
  export default text;
}
