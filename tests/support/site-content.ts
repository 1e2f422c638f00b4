/**
 * A small, made-up site for unit tests of the page-data layer: typed like the
 * collections (the types come from the schemas), with the schemas' defaults
 * filled in. The names are placeholders, not facts.
 */
import type { CollectionKey } from 'astro:content';
import type {
  Forbund,
  Insats,
  Municipality,
  Page,
  Party,
  Perspective,
  Series,
  SiteContent,
  Source,
  Term,
  TimelineEvent,
} from '@/lib/entries';

export const ref = <C extends CollectionKey>(collection: C, id: string) => ({ collection, id });
const kallor = (...ids: string[]) => ids.map((id) => ref('kallor', id));
const page = { changes: [] };

export const source = (id: string, files: string[] = []): Source => ({
  id,
  collection: 'kallor',
  body: '',
  data: { title: `Källa ${id}`, kind: 'webbsida', issuer: 'Utgivare', approximate: false, files, quality: [], ...page },
});

export const municipality = (id: string, data: Partial<Municipality['data']> = {}, body = ''): Municipality => ({
  id,
  collection: 'kommuner',
  body,
  data: {
    name: id.toUpperCase(),
    kommunkod: '0000',
    earlierForbund: 'okänt',
    faktakallor: {},
    sources: kallor('s1'),
    ...page,
    ...data,
  },
});

export const forbund = (id: string, data: Partial<Forbund['data']> = {}): Forbund => ({
  id,
  collection: 'forbund',
  body: '',
  data: { name: `Förbund ${id}`, faktakallor: {}, sources: kallor('s1'), ...page, ...data },
});

export const party = (id: string): Party => ({
  id,
  collection: 'parter',
  body: '',
  data: { name: `Part ${id}`, sources: kallor('s1'), ...page },
});

export const event = (id: string, date: string, data: Partial<TimelineEvent['data']> = {}, body = ''): TimelineEvent => ({
  id,
  collection: 'tidslinje',
  body,
  data: {
    title: `Händelse ${id}`,
    date,
    approximate: false,
    kind: 'beslut',
    summary: 'Sammanfattning.',
    parter: [],
    kommuner: [],
    allaKommuner: false,
    forbund: [],
    perspektiv: [],
    faktakallor: {},
    sources: kallor('s1'),
    ...page,
    ...data,
  },
});

export const insats = (id: string, data: Partial<Insats['data']> = {}): Insats => ({
  id,
  collection: 'insatser',
  body: '',
  data: {
    name: `Insats ${id}`,
    kind: 'individinsats',
    status: 'okänd',
    kommuner: [],
    allaKommuner: false,
    parter: [],
    faktakallor: {},
    sources: kallor('s1'),
    ...page,
    ...data,
  },
});

export const perspective = (id: string, order: number, data: Partial<Perspective['data']> = {}): Perspective => ({
  id,
  collection: 'perspektiv',
  body: '',
  data: { title: `Perspektiv ${id}`, order, summary: 'Sammanfattning.', insatsKinds: [], sources: kallor('s1'), ...page, ...data },
});

export const series = (id: string, order: number, data: Partial<Series['data']> = {}): Series => ({
  id,
  collection: 'bidrag',
  data: {
    title: `Serie ${id}`,
    order,
    takeaway: 'Slutsats.',
    unit: 'kr',
    points: [{ label: 'A', value: 1 }],
    source: ref('kallor', 's1'),
    citat: ['1 kr'],
    notes: [],
    comparison: [],
    updated: '2026-01-01',
    ...data,
  },
});

export const term = (id: string, sourceId: string): Term => ({
  id,
  collection: 'ordlista',
  data: { term: id, explanation: 'Förklaring.', source: ref('kallor', sourceId), citat: ['förklaring'], aliases: [] },
});

export const contentPage = (id: string, body = ''): Page => ({
  id,
  collection: 'sidor',
  body,
  data: { title: `Sida ${id}`, lang: 'sv', sources: [], ...page },
});

/** A site with the given entries; everything else empty, and settings pointing at `forbund: 'nu'` and `guidePage: 'guide'`. */
export function site(parts: Partial<Omit<SiteContent, 'settings' | 'all'>>): SiteContent {
  return {
    sources: [],
    sourceTexts: [],
    municipalities: [],
    forbund: [],
    parties: [],
    perspectives: [],
    events: [],
    insatser: [],
    series: [],
    terms: [],
    pages: [],
    keyFigures: [],
    ...parts,
    settings: { forbund: ref('forbund', 'nu'), guidePage: ref('sidor', 'guide'), contactEmail: '', contactUrl: '' },
    all: [],
  };
}
