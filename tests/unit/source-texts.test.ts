/**
 * The full texts in content/kalltexter/*.yaml (`typ: helt`) are faithful to
 * their raw originals in content/kalltexter/original/: every block is in the
 * original (after the listed corrections), every correction is used, and no
 * part of the original is left out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkTranscription, textBlocksOf, type TranscriptionPart } from '@/lib/passages';
import { loadYaml } from '@/lib/yaml';

const DIR = fileURLToPath(new URL('../../content/kalltexter/', import.meta.url));
const ORIGINALS = join(DIR, 'original');
const CONTENT_KEYS = ['rubrik', 'text', 'punkter', 'tabell'] as const;
/** Anchors: lower-case a–z, digits and single hyphens; "max ~30 characters", with a little slack. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 32;

interface FullText {
  typ: 'helt';
  original: string[];
  om: string;
  delar: TranscriptionPart[];
  rattelser?: { fran: string; till: string }[];
  utelamnat?: string[];
}

const fullTexts = readdirSync(DIR)
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => ({ name, data: loadYaml(readFileSync(join(DIR, name), 'utf8'), `content/kalltexter/${name}`) as FullText }))
  .filter(({ data }) => data?.typ === 'helt');

describe('full texts of the sources', () => {
  it('exist', () => {
    expect(fullTexts.map(({ name }) => name)).toEqual(
      expect.arrayContaining([
        'avsiktsforklaring.yaml',
        'beslut-delta-i-lansprocess.yaml',
        'beslutsunderlag-lansforbund.yaml',
        'tjanstemannayttrande-koping.yaml',
      ]),
    );
  });

  describe.each(fullTexts)('$name', ({ data }) => {
    it('has originals, a description and parts with one kind of content each', () => {
      expect(data.original.length).toBeGreaterThan(0);
      expect(data.om.trim()).not.toBe('');
      expect(data.delar.length).toBeGreaterThan(0);
      for (const part of data.delar) {
        expect(
          CONTENT_KEYS.filter((key) => key in part),
          `delen ${part.id}`,
        ).toHaveLength(1);
      }
    });

    it('has unique, well-formed ids', () => {
      const ids = data.delar.map((part) => part.id);
      expect(ids.filter((id) => !ID.test(id) || id.length > MAX_ID_LENGTH)).toEqual([]);
      expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    });

    it('is faithful to its originals', () => {
      const originals = data.original.map((file) => readFileSync(join(ORIGINALS, file), 'utf8'));
      const corrections = (data.rattelser ?? []).map(({ fran, till }) => ({ from: fran, to: till }));
      expect(checkTranscription(originals, textBlocksOf(data.delar), corrections, data.utelamnat)).toEqual([]);
    });
  });
});
