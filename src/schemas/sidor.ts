import { choice, text, pageFields, references } from './fields';
import { PAGE_LANGUAGES } from './vocabulary';

export const pageSchema = pageFields({
  title: text('Sidans rubrik'),
  lang: choice(PAGE_LANGUAGES, 'Sidans språk').default('sv'),
  sources: references('kallor', 'Källor utöver dem som citeras i texten'),
});
