/**
 * The page-data layer: one function per page type returns everything the page
 * shows, from plain content (see src/lib/content.ts). Pages import from here;
 * the functions are pure and unit-tested without a build.
 */
export { entryPages, filterPages } from './static-paths';
export { municipalityPage } from './municipality';
export { eventPage } from './event';
export { insatsPage } from './insats';
export { forbundPage } from './forbund';
export { partyPage } from './party';
export { perspectivePage } from './perspective';
export { sourcePage } from './source';
export {
  contentPage,
  dataPage,
  economyPage,
  forbundListPage,
  glossaryPage,
  homePage,
  insatserPage,
  municipalitiesPage,
  partiesPage,
  perspectivesPage,
  searchPage,
  sourcesPage,
  timelinePage,
} from './lists';
export { feedEvents, icsFeed, jsonFeed } from './feeds';
export { chartOf } from './charts';
