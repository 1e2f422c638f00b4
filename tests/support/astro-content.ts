/**
 * `astro:content` for unit tests. The real module only exists inside an Astro
 * build; schemas need just `reference()`, and this is Astro's own one
 * (`createReference` is what the real module exports as `reference`), so a
 * schema parses `kommun: koping` to `{ id: 'koping', collection: 'kommuner' }`
 * here exactly as in the build. Anything else a test imports from
 * `astro:content` is missing on purpose: keep logic that needs it out of unit tests.
 */
import { createReference } from 'astro/content/runtime';

export const reference = createReference();
