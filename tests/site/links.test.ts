/** Every internal link, fragment and asset in the built site resolves (linkinator). */
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../support/links';
import { DIST } from '../support/dist';

describe('links', () => {
  it('every internal link, fragment and asset resolves', async () => {
    const { checked, broken } = await checkLinks(DIST);
    expect(checked).toBeGreaterThan(100);
    expect(broken).toEqual([]);
  });
});
