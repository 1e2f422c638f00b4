/**
 * Print, forced colours and both colour schemes in Chromium: what a paper copy
 * keeps and drops, how long a kommun page prints, the current section without
 * colour, and the contrast of the lines and borders that carry meaning
 * (WCAG 1.4.11, at least 3:1 against what is next to them).
 */
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/**
 * Measured with page.pdf(): 7 A4 pages before the print sheet was reworked, 4 after, 5 once
 * the page's text kept every source's hedges and said what the sources do not (issue 13).
 * The issue asks for markedly shorter than 7.
 */
const MAX_KOPING_PDF_PAGES = 5;

type Rgba = [number, number, number, number];

/** Parses Chromium's computed colours: rgb(…), rgba(…) and color(srgb …). */
function parseColour(value: string): Rgba {
  const srgb = /^color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?\)$/.exec(value);
  if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
  const rgb = /^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:,? \/? ?([\d.]+))?\)$/.exec(value);
  if (!rgb) throw new Error(`Cannot read the colour ${value}`);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio of a colour (composited over the background if translucent) against an opaque background. */
function contrast(foreground: string, background: string): number {
  const bg = parseColour(background);
  const [r, g, b, a] = parseColour(foreground);
  const fg: Rgba = [r * a + bg[0] * (1 - a), g * a + bg[1] * (1 - a), b * a + bg[2] * (1 - a), 1];
  const [light, dark] = [luminance(fg), luminance(bg)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser().newContext(options);
  const page = await context.newPage();
  await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  return page;
}

async function close(page: Page): Promise<void> {
  await page.context().close();
}

describe('print', () => {
  it('drops navigation, search and footer links, prints source addresses only in the list of sources, and a dark site name', async () => {
    const page = await open('kommuner/koping/');
    await page.emulateMedia({ media: 'print' });
    const found = await page.evaluate(() => {
      const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const list = document.getElementById('kallor-rubrik')?.closest('section');
      const printed = (a: Element) => getComputedStyle(a, '::after').content;
      const linked = [...document.querySelectorAll('a[data-print-url]')];
      const name = document.querySelector('.site-name') as HTMLElement;
      let bgEl: Element | null = name;
      let background = 'rgb(255, 255, 255)';
      for (; bgEl; bgEl = bgEl.parentElement) {
        const bg = getComputedStyle(bgEl).backgroundColor;
        if (!/rgba\(0, 0, 0, 0\)|transparent/.test(bg)) {
          background = bg;
          break;
        }
      }
      return {
        chrome: [...document.querySelectorAll('header nav, header [role=search], header search, .site-footer a')]
          .filter(shown)
          .map((el) => el.outerHTML.slice(0, 80)),
        markersWithUrl: linked.filter((a) => !list?.contains(a) && printed(a).includes('http')).length,
        markers: linked.filter((a) => !list?.contains(a)).length,
        listed: linked.filter((a) => list?.contains(a)).map(printed),
        name: { colour: getComputedStyle(name).color, background },
      };
    });
    expect(found.chrome).toEqual([]);
    expect(found.markers).toBeGreaterThan(0);
    expect(found.markersWithUrl).toBe(0);
    expect(found.listed.length).toBeGreaterThan(0);
    for (const content of found.listed) expect(content).toMatch(/https?:\/\//);
    // On paper the background is white whatever the screen shows; the name must be readable on both.
    expect(contrast(found.name.colour, 'rgb(255, 255, 255)')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(found.name.colour, found.name.background)).toBeGreaterThanOrEqual(4.5);
    await close(page);
  });

  it('prints a chart as its table', async () => {
    const page = await open('ekonomi/');
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const visible = (el: Element | null) => !!el && el.getClientRects().length > 0;
      const chart = document.querySelector('contribution-chart');
      return {
        canvas: visible(chart?.querySelector('canvas') ?? null),
        table: visible(chart?.closest('section')?.querySelector('table') ?? null),
      };
    });
    expect(shown).toEqual({ canvas: false, table: true });
    await close(page);
  });

  it(`prints /kommuner/koping/ on at most ${MAX_KOPING_PDF_PAGES} A4 pages`, async () => {
    const page = await open('kommuner/koping/');
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    const pages = Math.max(
      ...[...pdf.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) =>
        Number(m[1] ?? m[2]),
      ),
    );
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(MAX_KOPING_PDF_PAGES);
    await close(page);
  });
});

describe('forced colours', () => {
  it('marks the current section by more than colour', async () => {
    const page = await open('kommuner/koping/', { forcedColors: 'active' });
    const raw = await page.evaluate(() =>
      [...document.querySelectorAll('header nav a')].map((a) => {
        const style = getComputedStyle(a);
        const sides = ['bottom', 'top', 'left', 'right'].map((side) => ({
          width: style.getPropertyValue(`border-${side}-width`),
          style: style.getPropertyValue(`border-${side}-style`),
          colour: style.getPropertyValue(`border-${side}-color`),
        }));
        return { current: a.hasAttribute('aria-current'), sides, rest: [style.textDecorationLine, style.fontWeight, style.outlineStyle] };
      }),
    );
    // Everything but colour: which lines show and how thick, decoration, weight, outline.
    const looks = raw.map(({ current, sides, rest }) => ({
      current,
      look: JSON.stringify([
        ...sides.map((b) => (b.style === 'none' || parseColour(b.colour)[3] === 0 ? 0 : parseFloat(b.width))),
        ...rest,
      ]),
    }));
    const current = looks.filter((l) => l.current);
    expect(current).toHaveLength(1);
    const others = new Set(looks.filter((l) => !l.current).map((l) => l.look));
    expect(others.size).toBe(1);
    expect(others.has(current[0]!.look)).toBe(false);
    await close(page);
  });
});

/** The lines and borders that carry meaning, where they are, and what they must stand out against. */
const LINES: { name: string; path: string; selector: string; property: string; against: ('own' | 'parent')[] }[] = [
  { name: 'timeline line', path: 'tidslinje/', selector: '.timeline', property: 'border-inline-start-color', against: ['parent'] },
  {
    name: 'disputed-date border',
    path: 'tidslinje/',
    selector: '.disputed',
    property: 'border-inline-start-color',
    against: ['own', 'parent'],
  },
  {
    name: 'fact-box border',
    path: 'insatser/losningsfokus/',
    selector: 'dl.facts',
    property: 'border-inline-start-color',
    against: ['own', 'parent'],
  },
  { name: 'key-figure border', path: '', selector: '.key-figures > div', property: 'border-block-start-color', against: ['own', 'parent'] },
  {
    name: 'search input border',
    path: 'sok/',
    selector: 'main input[type=search]',
    property: 'border-block-end-color',
    against: ['parent'],
  },
  {
    name: 'header search input border',
    path: 'kommuner/koping/',
    selector: 'header input[type=search]',
    property: 'border-block-end-color',
    against: ['parent'],
  },
];

describe.each(['light', 'dark'] as const)('%s colour scheme', (colorScheme) => {
  it('gives lines, borders and the focus ring at least 3:1 against what is next to them (WCAG 1.4.11)', async () => {
    const context = await browser().newContext({ colorScheme });
    const page = await context.newPage();
    const ratios: Record<string, number> = {};
    const backgroundOf = (selector: string, which: 'own' | 'parent') =>
      page.evaluate(
        ([selector, which]) => {
          let el: Element | null = document.querySelector(selector!);
          if (which === 'parent') el = el?.parentElement ?? null;
          for (; el; el = el.parentElement) {
            const bg = getComputedStyle(el).backgroundColor;
            if (!/rgba\(0, 0, 0, 0\)|transparent/.test(bg)) return bg;
          }
          return getComputedStyle(document.documentElement).backgroundColor;
        },
        [selector, which],
      );
    for (const line of LINES) {
      await page.goto(new URL(line.path, baseUrl).href, { waitUntil: 'load' });
      const colour = await page.$eval(line.selector, (el, property) => getComputedStyle(el).getPropertyValue(property), line.property);
      for (const which of line.against)
        ratios[`${line.name} on ${which === 'own' ? 'its box' : 'the page'}`] = contrast(colour, await backgroundOf(line.selector, which));
    }
    // The focus ring: an outline with a ring of box-shadow around it; the better of the two must stand out,
    // on the header (the site name, reached by keyboard after the skip link) and on the page (a link in main).
    await page.goto(new URL('kommuner/koping/', baseUrl).href, { waitUntil: 'load' });
    const ring = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          outline: style.outlineColor,
          shadow: /rgba?\([^)]*\)|color\([^)]*\)/.exec(style.boxShadow)?.[0],
          visible: el.matches(':focus-visible'),
        };
      });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const onHeader = await ring();
    await page.locator('main p a').first().focus();
    const onPage = await ring();
    for (const [where, focus, selector] of [
      ['header', onHeader, '.site-name'],
      ['page', onPage, 'main'],
    ] as const) {
      expect(focus.visible, `focus ring on the ${where}`).toBe(true);
      const bg = await backgroundOf(selector, 'parent');
      ratios[`focus ring on the ${where}`] = Math.max(contrast(focus.outline, bg), focus.shadow ? contrast(focus.shadow, bg) : 0);
    }
    await context.close();
    const low = Object.entries(ratios).filter(([, ratio]) => ratio < 3);
    expect(low.map(([name, ratio]) => `${name}: ${ratio.toFixed(2)}:1`)).toEqual([]);
    console.log(
      `${colorScheme}: ${Object.entries(ratios)
        .map(([name, ratio]) => `${name} ${ratio.toFixed(1)}`)
        .join(', ')}`,
    );
  });
});
