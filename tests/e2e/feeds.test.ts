/**
 * The feeds validate: JSON parses to the documented shape, RSS is well-formed
 * XML with one item per event, ICS has one VEVENT per event dated to the day.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser';
import { ROOT } from '../support/fixture';

const baseUrl = inject('baseUrl');
const eventIds = readdirSync(join(ROOT, 'content', 'tidslinje')).map((f) => f.replace(/\.mdx?$/, '')).sort();
const browser = useBrowser();

const get = async (path: string) => {
  const response = await fetch(new URL(path, baseUrl));
  expect(response.status, path).toBe(200);
  return { type: response.headers.get('content-type') ?? '', text: await response.text() };
};

describe('feeds', () => {
  it('tidslinje.json has every event in the documented shape', async () => {
    const { type, text } = await get('tidslinje.json');
    expect(type).toContain('application/json');
    const json = JSON.parse(text);
    expect(json.events.map((e: { id: string }) => e.id).sort()).toEqual(eventIds);
    for (const event of json.events) {
      expect(event).toMatchObject({
        id: expect.any(String),
        title: expect.any(String),
        summary: expect.any(String),
        date: expect.stringMatching(/^\d{4}(-\d{2}(-\d{2})?)?$/),
        precision: expect.stringMatching(/^(year|month|day)$/),
        displayDate: expect.any(String),
        kind: expect.any(String),
        url: expect.stringMatching(/^https?:\/\/.+\/tidslinje\/[a-z0-9-]+\/$/),
        parter: expect.any(Array),
        kommuner: expect.any(Array),
      });
      expect(event.sources.length).toBeGreaterThan(0);
      for (const source of event.sources) expect(source.url).toMatch(/\/kallor\/[a-z0-9-]+\/$/);
    }
    const disputed = json.events.find((e: { id: string }) => e.id === '2023-05-01-interimistisk-styrelse');
    expect(disputed.disputed).toMatchObject({ date: '2023-06-01', source: { id: 'avsiktsforklaring' } });
  });

  it('rss.xml is well-formed XML with one item per event', async () => {
    const { text } = await get('rss.xml');
    const page = await browser().newPage();
    const result = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        items: [...doc.querySelectorAll('item')].map((item) => ({
          link: item.querySelector('link')?.textContent ?? '',
          pubDate: item.querySelector('pubDate')?.textContent ?? '',
        })),
      };
    }, text);
    await page.close();
    expect(result.error).toBeNull();
    expect(result.items).toHaveLength(eventIds.length);
    for (const item of result.items) {
      expect(item.link).toMatch(/\/tidslinje\/[a-z0-9-]+\/$/);
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false);
    }
  });

  it('tidslinje.ics has one VEVENT per event dated to the day', async () => {
    const { type, text } = await get('tidslinje.ics');
    expect(type).toContain('text/calendar');
    const dayEvents = eventIds.filter((id) => /^\d{4}-\d{2}-\d{2}-/.test(id));
    const blocks = text.split('BEGIN:VEVENT').slice(1);
    expect(blocks).toHaveLength(dayEvents.length);
    for (const block of blocks) {
      for (const property of ['UID:', 'DTSTAMP:', 'DTSTART;VALUE=DATE:', 'SUMMARY:', 'URL:', 'END:VEVENT']) expect(block).toContain(property);
    }
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });
});
