/**
 * Raw HTML, script and text the MDX compiler cannot read stop the real build
 * with the editor's Swedish message, naming file and line as the editor sees
 * them (frontmatter counted), and nothing is published. Every construct and
 * its message is a unit test (tests/unit/mdx-safety.test.ts); this build
 * proves the messages reach the editor before the MDX compiler's own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../support/fixture';

/** Appends lines to a file in the fixture and returns the line number each one gets. */
function append(fixture: Fixture, path: string, lines: string[]): number[] {
  const before = readFileSync(join(fixture.dir, path), 'utf8').replace(/\n*$/, '\n');
  const first = before.split('\n').length + 1; // after one blank line
  fixture.write(path, `${before}\n${lines.join('\n\n')}\n`);
  return lines.map((_, i) => first + 2 * i);
}

describe.concurrent('MDX that is not content stops the build', () => {
  it('names file and line for "<10 000", <script>, a javascript: link and an image from another site', async () => {
    const f = createFixture('mdx-safety');
    const [lessThan] = append(f, 'content/kommuner/arboga.mdx', ['Kommuner med <10 000 invånare är små.']);
    const [script, link, image] = append(f, 'content/kommuner/koping.mdx', [
      '<script>alert(1)</script>',
      'Läs [mer](javascript:alert(1)).',
      '![Karta](https://other.example/a.png)',
    ]);
    const result = await f.build();
    expect(result.code, result.output).not.toBe(0);
    expect(result.output).toContain(
      `- content/kommuner/arboga.mdx, rad ${lessThan}: tecknet < i "<10 000 invånare är små." läses som början på en komponent, som <Kalla />. Skriv &lt; i stället för <`,
    );
    expect(result.output).toContain(`- content/kommuner/koping.mdx, rad ${script}: <script> får inte stå i texten`);
    expect(result.output).toContain(`- content/kommuner/koping.mdx, rad ${link}: länken "javascript:alert(1)" får inte användas`);
    expect(result.output).toContain(`- content/kommuner/koping.mdx, rad ${image}: bilden "https://other.example/a.png" kommer inte från webbplatsen själv`);
    expect(result.output, 'the MDX compiler never gets to give its English message').not.toMatch(/MDXError|Unexpected character/);
    expect(result.htmlFiles, 'no HTML page may be published').toEqual([]);
    expect(result.distExists, 'dist/ is removed after a failed build').toBe(false);
  });
});
