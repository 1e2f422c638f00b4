/** Internal links honour Astro's `base` (the site may live under a sub-path such as /samordning/). */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  const trimmedPath = path.startsWith('/') ? path : `/${path}`;
  return `${trimmedBase}${trimmedPath}`;
}

export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** Canonical, absolute URL of a path on the published site. */
export function absoluteUrl(site: URL | string | undefined, path: string): string {
  return new URL(href(path), site ?? 'http://localhost:4321').href;
}

export const routes = {
  home: () => '/',
  kalla: (id: string) => `/kallor/${id}/`,
  kommun: (id: string) => `/kommuner/${id}/`,
  forbund: (id: string) => `/forbund/${id}/`,
  part: (id: string) => `/parter/${id}/`,
  perspektiv: (id: string) => `/perspektiv/${id}/`,
  handelse: (id: string) => `/tidslinje/${id}/`,
  insats: (id: string) => `/insatser/${id}/`,
  sida: (id: string) => `/${id}/`,
  term: (id: string) => `/ordlista/#${id}`,
};
