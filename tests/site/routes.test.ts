/** The URL contract: journalists and partners link to these addresses, so each must exist. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentIds as ids } from '../support/content';
import { DIST } from '../support/dist';

const page = (path: string) => existsSync(join(DIST, path, 'index.html'));

describe('URL contract', () => {
  it('has the fixed pages', () => {
    const fixed = [
      '',
      'kommuner/',
      'perspektiv/',
      'tidslinje/',
      'insatser/',
      'kallor/',
      'forbund/',
      'parter/',
      'ordlista/',
      'ekonomi/',
      'sok/',
      'om/',
      'lattlast/',
      'in-english/',
      'tillganglighet/',
    ];
    expect(fixed.filter((p) => !page(p))).toEqual([]);
    for (const perspective of ['individ', 'forbund', 'parter', 'samhalle'])
      expect(page(`perspektiv/${perspective}/`), perspective).toBe(true);
  });

  it('has a page per content entry, at an ASCII address', () => {
    const expected = [
      ...ids('kommuner').map((id) => `kommuner/${id}/`),
      ...ids('tidslinje').map((id) => `tidslinje/${id}/`),
      ...ids('insatser').map((id) => `insatser/${id}/`),
      ...ids('kallor').map((id) => `kallor/${id}/`),
      ...ids('forbund').map((id) => `forbund/${id}/`),
      ...ids('parter').map((id) => `parter/${id}/`),
    ];
    expect(expected.filter((p) => !/^[a-z0-9/-]+$/.test(p))).toEqual([]);
    expect(expected.filter((p) => !page(p))).toEqual([]);
  });

  it('has the sitemap and a 404 page', () => {
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(true);
    expect(existsSync(join(DIST, '404.html'))).toBe(true);
  });
});
