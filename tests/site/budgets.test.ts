/**
 * Performance budgets, computed from dist/ (bytes are deterministic):
 * - text pages: HTML + render-blocking CSS ≤ 14 KB brotli (the first round trip), 0 bytes of JavaScript;
 * - the home page (with its map): ≤ 30 KB brotli, 0 bytes of JavaScript;
 * - pages with charts: chart code only on demand, ≤ 60 KB gzip;
 * - /sok/: only the site's own small loader plus Pagefind's files, loaded on demand;
 * - no fonts or files from other origins; images sized and lazy.
 * Prints a table of each page type's bytes against its budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { DIST, builtPages } from '../support/dist';

const KB = 1024;
const brotli = (data: Buffer | string) => brotliCompressSync(data).length;
const gzip = (data: Buffer | string) => gzipSync(data, { level: 9 }).length;
const asset = (href: string) => readFileSync(join(DIST, href.replace(/^\//, '').split(/[?#]/)[0] ?? ''));

type PageType = 'home' | 'text' | 'chart' | 'search' | 'notfound';

interface Measure {
  path: string;
  type: PageType;
  firstRender: number;
  initialJs: number;
  onDemandJs: number;
}

/** Every JS module a script pulls in, statically and through import(). */
function moduleGraph(entry: string, seen = new Set<string>()): { file: string; dynamic: boolean }[] {
  const result: { file: string; dynamic: boolean }[] = [];
  const visit = (file: string, dynamic: boolean) => {
    if (seen.has(file)) return;
    seen.add(file);
    result.push({ file, dynamic });
    const code = asset(file).toString('utf8');
    const dir = file.slice(0, file.lastIndexOf('/') + 1);
    const resolve = (spec: string) => new URL(spec, `http://x${dir}`).pathname;
    // Minified output quotes module names with ", ' or `.
    for (const m of code.matchAll(/(?:from\s*|\bimport\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) visit(resolve(m[1] ?? ''), dynamic);
    for (const m of code.matchAll(/\bimport\s*\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)) visit(resolve(m[1] ?? ''), true);
  };
  visit(entry, false);
  return result;
}

function measure(path: string, html: string): Measure {
  const root = parse(html);
  const css = root
    .querySelectorAll('link[rel="stylesheet"]')
    .map((l) => l.getAttribute('href') ?? '')
    .reduce((sum, href) => sum + brotli(asset(href)), 0);
  const scripts = root.querySelectorAll('script');
  let initialJs = 0;
  let onDemandJs = 0;
  for (const script of scripts) {
    const src = script.getAttribute('src');
    if (!src) {
      initialJs += Buffer.byteLength(script.text);
      continue;
    }
    for (const { file, dynamic } of moduleGraph(src)) {
      if (file.includes('/pagefind/')) continue;
      if (dynamic) onDemandJs += gzip(asset(file));
      else initialJs += gzip(asset(file));
    }
  }
  const hasChart = root.querySelector('contribution-chart') !== null;
  const type: PageType = path === '' ? 'home' : path === '404.html' ? 'notfound' : path === 'sok/' ? 'search' : hasChart ? 'chart' : 'text';
  return { path, type, firstRender: brotli(html) + css, initialJs, onDemandJs };
}

const pages = builtPages().map((p) => measure(p.path, p.html));

const BUDGETS: Record<PageType, { firstRender: number; initialJs: number; onDemandJs: number }> = {
  text: { firstRender: 14 * KB, initialJs: 0, onDemandJs: 0 },
  home: { firstRender: 30 * KB, initialJs: 0, onDemandJs: 0 },
  notfound: { firstRender: 14 * KB, initialJs: 0, onDemandJs: 0 },
  chart: { firstRender: 30 * KB, initialJs: 5 * KB, onDemandJs: 60 * KB },
  search: { firstRender: 30 * KB, initialJs: 10 * KB, onDemandJs: 60 * KB },
};

describe('performance budgets', () => {
  it('prints each page type against its budget', () => {
    const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
    const rows = (Object.keys(BUDGETS) as PageType[])
      .map((type) => {
        const ofType = pages.filter((p) => p.type === type);
        if (ofType.length === 0) return undefined;
        const worst = (key: keyof Omit<Measure, 'path' | 'type'>) => ofType.reduce((a, b) => (b[key] > a[key] ? b : a));
        const b = BUDGETS[type];
        const fr = worst('firstRender');
        return `| ${type} (${ofType.length}) | ${kb(fr.firstRender)} (/${fr.path}) / ${kb(b.firstRender)} | ${kb(worst('initialJs').initialJs)} / ${kb(b.initialJs)} | ${kb(worst('onDemandJs').onDemandJs)} / ${kb(b.onDemandJs)} |`;
      })
      .filter(Boolean);
    console.log(
      [
        'Sidtyp | HTML+CSS brotli (största) / budget | JS vid laddning (gzip) / budget | JS vid behov (gzip) / budget',
        '|---|---|---|---|',
        ...rows,
      ].join('\n'),
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
  });

  it('keeps every page within its budget', () => {
    const over = pages.flatMap((p) => {
      const b = BUDGETS[p.type];
      return [
        p.firstRender > b.firstRender ? `/${p.path} (${p.type}): HTML+CSS ${p.firstRender} B > ${b.firstRender} B` : '',
        p.initialJs > b.initialJs ? `/${p.path} (${p.type}): JS at load ${p.initialJs} B > ${b.initialJs} B` : '',
        p.onDemandJs > b.onDemandJs ? `/${p.path} (${p.type}): JS on demand ${p.onDemandJs} B > ${b.onDemandJs} B` : '',
      ].filter(Boolean);
    });
    expect(over).toEqual([]);
  });

  it('loads nothing from other origins, no web fonts, and sizes and lazy-loads images', () => {
    const problems: string[] = [];
    for (const page of builtPages()) {
      const root = parse(page.html);
      for (const el of root.querySelectorAll('link[href], script[src], img[src], iframe')) {
        const url = el.getAttribute('href') ?? el.getAttribute('src') ?? '';
        if (el.tagName !== 'LINK' || el.getAttribute('rel') !== 'canonical') {
          if (/^(https?:)?\/\//.test(url) && !['canonical', 'alternate'].includes(el.getAttribute('rel') ?? ''))
            problems.push(`/${page.path}: ${url}`);
        }
      }
      for (const img of root.querySelectorAll('img')) {
        if (!img.getAttribute('width') || !img.getAttribute('height')) problems.push(`/${page.path}: image without size`);
        if (img.getAttribute('loading') !== 'lazy') problems.push(`/${page.path}: image not lazy`);
      }
    }
    const css = builtPages()
      .flatMap((p) =>
        parse(p.html)
          .querySelectorAll('link[rel="stylesheet"]')
          .map((l) => l.getAttribute('href') ?? ''),
      )
      .filter((href, i, all) => all.indexOf(href) === i)
      .map((href) => asset(href).toString('utf8'));
    for (const sheet of css)
      if (/@font-face|@import\s+url\(\s*["']?https?:/i.test(sheet)) problems.push('web font or remote import in CSS');
    expect(problems).toEqual([]);
  });
});
