/** docs/performance.md from bench/results.json: Markdown tables of medians with min–max. */

const KIB = 1024;
const MIB = 1024 * 1024;

function spread(stat, format) {
  if (!stat || stat.median === null) return '–';
  const m = format(stat.median);
  if (stat.runs <= 1 || stat.min === stat.max) return m;
  return `${m} (${format(stat.min)}–${format(stat.max)})`;
}

const int = (v) => String(Math.round(v));
const secs = (v) => `${v.toFixed(1)} s`;
const mib = (v) => `${(v / MIB).toFixed(0)} MiB`;
const kib = (v) => (v >= 10 * MIB ? `${(v / MIB).toFixed(1)} MiB` : `${(v / KIB).toFixed(v < 10 * KIB ? 1 : 0)} KiB`);
const ratio = (v) => `${v.toFixed(2)}×`;
const ms = (v) => `${Math.round(v)} ms`;
const cls = (v) => v.toFixed(3);

function modeNote(part) {
  if (!part) return '';
  const when = part.measuredAt ? ` Measured ${part.measuredAt.slice(0, 16).replace('T', ' ')} UTC.` : '';
  return part.quick
    ? `**Quick run (\`npm run bench -- --quick\`): one run and small N, to check the script, not figures to rely on.**${when}`
    : `Full run.${when}`;
}

function lighthouseSection(lh) {
  if (!lh) return ['## 1. Lighthouse', '', 'Not measured yet: run `npm run bench -- --only lighthouse`.', ''];
  const lines = ['## 1. Lighthouse (mobile)', '', modeNote(lh), ''];
  lines.push(
    `Lighthouse ${lh.lighthouseVersion}, ${lh.formFactor}. Median of ${lh.runs} run${lh.runs === 1 ? '' : 's'} per page, (min–max) when the runs differ. Goal: 100 on all four.`,
    '',
    '| Page type | Page | Performance | Accessibility | Best practices | SEO | LCP | CLS | TBT |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
  );
  for (const p of lh.pages) {
    lines.push(
      `| ${p.type} | \`${p.path}\` | ${spread(p.scores.performance, int)} | ${spread(p.scores.accessibility, int)} | ${spread(p.scores['best-practices'], int)} | ${spread(p.scores.seo, int)} | ${spread(p.metrics.lcpMs, ms)} | ${spread(p.metrics.cls, cls)} | ${spread(p.metrics.tbtMs, ms)} |`,
    );
  }
  const failing = lh.pages.filter((p) => p.failedAudits.length);
  lines.push('');
  if (failing.length) {
    lines.push('Audits that did not pass in at least one run:', '');
    for (const p of failing) lines.push(`- ${p.type} (\`${p.path}\`): ${p.failedAudits.join('; ')}`);
  } else {
    lines.push('Every scored audit passed on every page in every run.');
  }
  lines.push('');
  return lines;
}

function scalingSection(sc) {
  if (!sc) return ['## 2. Build scaling', '', 'Not measured yet: run `npm run bench -- --only scaling`.', ''];
  const lines = ['## 2. Build scaling', '', modeNote(sc), ''];
  lines.push(
    'N generated pages are added to a copy of the site (in turn an insats, a timeline event and a text page written like a municipality page, each valid under the schemas and citing a source) and the same N texts are built as bare MDX pages in a minimal Astro project (astro + @astrojs/mdx, one layout, one route). Both are built cold with `astro build && pagefind --site dist`. Our site also has its own content (about 120 pages) and the listing, filter and feed pages that grow with N. Ratio = ours / bare within the same run; goal ≤ 1.5.',
    '',
    `Peak memory: ${sc.memoryMethod}.`,
    '',
    '| N | Runs | Build time, ours | Build time, bare | Time ratio | Peak memory, ours | Peak memory, bare | Memory ratio | Pagefind index, ours | Pagefind index, bare | Index ratio |',
    '|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  );
  for (const s of sc.sizes) {
    const runs = s.runs < s.runsPlanned ? `${s.runs} of ${s.runsPlanned}*` : String(s.runs);
    lines.push(
      `| ${s.n.toLocaleString('en-US').replace(/,/g, ' ')} | ${runs} | ${spread(s.ours.seconds, secs)} | ${spread(s.bare.seconds, secs)} | ${spread(s.ratio.seconds, ratio)} | ${spread(s.ours.peakRssBytes, mib)} | ${spread(s.bare.peakRssBytes, mib)} | ${spread(s.ratio.peakRssBytes, ratio)} | ${spread(s.ours.pagefindBytes, kib)} | ${spread(s.bare.pagefindBytes, kib)} | ${spread(s.ratio.pagefindBytes, ratio)} |`,
    );
  }
  lines.push('');
  if (sc.sizes.some((s) => s.runs < s.runsPlanned)) {
    lines.push('\\* Fewer runs than planned: another run would have passed the time budget for that N (`--budget-minutes`).', '');
  }
  lines.push(
    'Pages built (HTML files) and indexed by Pagefind per N: ' +
      sc.sizes.map((s) => `N = ${s.n}: ours ${s.pages.ours} built / ${s.pages.oursIndexed} indexed, bare ${s.pages.bare} / ${s.pages.bareIndexed}`).join('; ') +
      '.',
    '',
  );
  const lin = sc.linearity;
  for (const side of ['ours', 'bare']) {
    const l = lin?.[side];
    if (!l) continue;
    const steps = l.marginal.map((m) => `${m.from}→${m.to}: ${m.msPerPage.toFixed(1)} ms per page`).join(', ');
    lines.push(
      `- **${side === 'ours' ? 'Our site' : 'Bare Astro'}**: ${l.linear ? 'time looks linear in N' : '**time does not look linear in N**'} — fit ${l.interceptSeconds.toFixed(1)} s + ${l.secondsPerThousandPages.toFixed(1)} s per 1 000 pages (R² ${l.r2.toFixed(3)}); cost per added page ${steps}${l.marginalGrowth === null ? '' : ` (last/first ${l.marginalGrowth.toFixed(2)})`}.`,
    );
  }
  lines.push('');
  return lines;
}

function searchSection(se) {
  if (!se) return ['## 3. Search', '', 'Not measured yet: run `npm run bench -- --only search`.', ''];
  const lines = ['## 3. Search', '', modeNote(se), ''];
  lines.push(
    `Chromium with the CPU slowed down ${se.cpuThrottling}× (DevTools protocol), on \`/sok/\` served locally. Time from the keystroke that completes the query to the animation frame in which the first result is on the page; it includes the search field's wait for a pause in typing. **Cold**: a fresh page, so this query also loads Pagefind. **Warm**: after another search ("${se.primingQuery}") in the same page. Bytes: ${se.bytesNote}. Median of ${se.runs} run${se.runs === 1 ? '' : 's'} (min–max).`,
    '',
    '| Query | Results | Cold: time | Cold: bytes | Cold: requests | Warm: time | Warm: bytes | Warm: requests |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
  );
  for (const q of se.queries) {
    lines.push(
      `| ${q.query} | ${q.resultsShown} | ${spread(q.cold.ms, ms)} | ${spread(q.cold.bytes, kib)} | ${spread(q.cold.requests, int)} | ${spread(q.warm.ms, ms)} | ${spread(q.warm.bytes, kib)} | ${spread(q.warm.requests, int)} |`,
    );
  }
  lines.push('');
  return lines;
}

export function renderReport(results) {
  const m = results.machine ?? {};
  return [
    '# Performance',
    '',
    'Written by `npm run bench` (tests/bench/run.mjs) from `bench/results.json`; do not edit by hand. Every figure is the median of several runs with (min–max); `npm run bench -- --quick` makes one run with small N, and its sections say so.',
    '',
    `Machine: ${m.cpu ?? '?'} × ${m.cpus ?? '?'}, ${m.memoryGiB ?? '?'} GiB RAM, ${m.os ?? '?'}; Node ${m.node ?? '?'}; Chromium ${m.chromium ?? '?'}. Site ${results.commit ? `at commit \`${results.commit.slice(0, 10)}\`` : 'from the working tree'}.`,
    '',
    ...lighthouseSection(results.lighthouse),
    ...scalingSection(results.scaling),
    ...searchSection(results.search),
  ].join('\n');
}
