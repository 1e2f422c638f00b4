/** docs/performance.md from bench/results.json: Markdown tables of medians with min–max. */

const CATEGORY_KEYS = ['performance', 'accessibility', 'best-practices', 'seo'];
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

function modeNote(part, what = 'one run') {
  if (!part) return '';
  const when = part.measuredAt ? ` Measured ${part.measuredAt.slice(0, 16).replace('T', ' ')} UTC.` : '';
  return part.quick
    ? `**Quick run (\`npm run bench -- --quick\`): ${what}, to check the script; not figures to rely on.**${when}`
    : `Full run.${when}`;
}

/** Other work on the machine slows runs down; the load average at the start of each run says how busy it was. */
function loadNote(part) {
  const load = part.loadBefore;
  if (!load || load.median === null) return '';
  return ` Load average (1 min) at the start of the runs: ${load.min.toFixed(1)}–${load.max.toFixed(1)}.`;
}

function lighthouseSection(lh) {
  if (!lh) return ['## 1. Lighthouse', '', 'Not measured yet: run `npm run bench -- --only lighthouse`.', ''];
  const lines = ['## 1. Lighthouse (mobile)', '', modeNote(lh), ''];
  lines.push(
    `Lighthouse ${lh.lighthouseVersion}, ${lh.formFactor}. The built site is served locally by tests/support/server.ts with its \`_headers\`, and text files compressed with brotli as a static host does. Median of ${lh.runs} run${lh.runs === 1 ? '' : 's'} per page, (min–max) when the runs differ. Goal: 100 on all four.${loadNote(lh)}`,
    '',
    '| Page type | Page | Performance | Accessibility | Best practices | SEO | LCP | CLS | TBT |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
  );
  for (const p of lh.pages) {
    lines.push(
      `| ${p.type} | \`${p.path}\` | ${spread(p.scores.performance, int)} | ${spread(p.scores.accessibility, int)} | ${spread(p.scores['best-practices'], int)} | ${spread(p.scores.seo, int)} | ${spread(p.metrics.lcpMs, ms)} | ${spread(p.metrics.cls, cls)} | ${spread(p.metrics.tbtMs, ms)} |`,
    );
  }
  const below = (p) => CATEGORY_KEYS.some((c) => p.scores[c].median !== null && p.scores[c].median < 100);
  const failing = lh.pages.filter(below);
  lines.push('');
  if (failing.length) {
    lines.push('Pages below 100 on some score (median), with the audits that cost points in at least one run:', '');
    for (const p of failing) lines.push(`- ${p.type} (\`${p.path}\`): ${p.failedAudits.join('; ') || 'no single audit below full marks'}`);
  } else {
    lines.push('Every page scores 100 on all four (median).');
  }
  lines.push('');
  return lines;
}

function scalingSection(sc) {
  if (!sc) return ['## 2. Build scaling', '', 'Not measured yet: run `npm run bench -- --only scaling`.', ''];
  const lines = ['## 2. Build scaling', '', modeNote(sc, 'one run and small N'), ''];
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
  const over = sc.sizes.filter((s) => s.ratio.seconds.median > 1.5).map((s) => s.n);
  lines.push(
    over.length ? `Goal (time ratio ≤ 1.5): **not met** for N = ${over.join(', ')}.` : 'Goal (time ratio ≤ 1.5): met for every N.',
    '',
  );
  if (sc.sizes.some((s) => s.runs < s.runsPlanned)) {
    lines.push('\\* Fewer runs than planned: another run would have passed the time budget for that N (`--budget-minutes`).', '');
  }
  lines.push(
    'Pages built (HTML files) and indexed by Pagefind per N: ' +
      sc.sizes
        .map(
          (s) => `N = ${s.n}: ours ${s.pages.ours} built / ${s.pages.oursIndexed} indexed, bare ${s.pages.bare} / ${s.pages.bareIndexed}`,
        )
        .join('; ') +
      '.',
    '',
  );
  if (sc.sizes.some((s) => s.ours.bundleSeconds?.median != null)) {
    lines.push(
      "Where the time goes, from Astro's and Pagefind's own log lines (medians; the rest of the wall time is starting npm, Node and Astro, and writing files):",
      '',
      '| N | Content sync + types, ours / bare | Bundling (Vite compiles every MDX module), ours / bare | Rendering pages, ours / bare | Pagefind, ours / bare |',
      '|--:|--:|--:|--:|--:|',
    );
    const pair = (s, key) => `${spread(s.ours[key], secs)} / ${spread(s.bare[key], secs)}`;
    for (const s of sc.sizes) {
      lines.push(
        `| ${s.n} | ${pair(s, 'syncSeconds')} | ${pair(s, 'bundleSeconds')} | ${pair(s, 'renderSeconds')} | ${pair(s, 'pagefindSeconds')} |`,
      );
    }
    lines.push('');
  }
  const loads = sc.sizes.flatMap((s) => [...(s.ours.loadBefore?.values ?? []), ...(s.bare.loadBefore?.values ?? [])]);
  if (loads.length) {
    lines.push(
      `Load average (1 min) just before each build: ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${sc.cpus ?? '?'} CPUs; builds that started on a busy machine are slower, which the min–max shows.`,
      '',
    );
  }
  const lin = sc.linearity;
  for (const side of ['ours', 'bare']) {
    const l = lin?.[side];
    if (!l) continue;
    const steps = l.marginal.map((m) => `${m.from}→${m.to}: ${m.msPerPage.toFixed(1)} ms per page`).join(', ');
    lines.push(
      `- **${side === 'ours' ? 'Our site' : 'Bare Astro'}**: ${l.linear === null ? 'too few sizes to judge linearity' : l.linear ? 'time grows no faster than linearly in N (the cost of an added page does not rise)' : '**time grows faster than linearly in N** (the cost of an added page rises)'} — fit ${l.interceptSeconds.toFixed(1)} s + ${l.secondsPerThousandPages.toFixed(1)} s per 1 000 pages (R² ${l.r2.toFixed(3)}); cost per added page ${steps}${l.marginalGrowth === null ? '' : ` (last/first ${l.marginalGrowth.toFixed(2)})`}.`,
    );
  }
  lines.push('');
  return lines;
}

function searchSection(se) {
  if (!se) return ['## 3. Search', '', 'Not measured yet: run `npm run bench -- --only search`.', ''];
  const lines = ['## 3. Search', '', modeNote(se), ''];
  lines.push(
    `Chromium with the CPU slowed down ${se.cpuThrottling}× (DevTools protocol), on \`/sok/\` served locally. Time from the keystroke that completes the query to the animation frame in which the first result is on the page (the field searches at the first key after a pause, with no timer to wait for). **Cold**: a fresh \`/sok/\` (the page loads Pagefind once it has loaded, before the first key), so every index chunk and result fragment for this query is fetched. **Warm**: after another search ("${se.primingQuery}") in the same page. Bytes per query: ${se.bytesNote}. Median of ${se.runs} run${se.runs === 1 ? '' : 's'} (min–max).${loadNote(se)}`,
    '',
    '| Query | Results (shown of total) | Cold: time | Cold: bytes | Cold: requests | Warm: time | Warm: bytes | Warm: requests |',
    '|---|--:|--:|--:|--:|--:|--:|--:|',
  );
  const rowsStart = lines.length;
  for (const q of se.queries) {
    lines.push(
      `| ${q.query} | ${q.resultsShown}${q.resultsTotal === null ? '' : ` of ${q.resultsTotal}`} | ${spread(q.cold.ms, ms)} | ${spread(q.cold.bytes, kib)} | ${spread(q.cold.requests, int)} | ${spread(q.warm.ms, ms)} | ${spread(q.warm.bytes, kib)} | ${spread(q.warm.requests, int)} |`,
    );
  }
  lines.push('');
  if (se.pageLoadBytes?.median != null) {
    lines.push(
      `Opening \`/sok/\` fetches ${spread(se.pageLoadBytes, kib)} for search once (Pagefind's script, WebAssembly, entry and filter files from /pagefind/, and the index's words, /sok/ord.json), after the page itself has loaded and before anything is typed; no other page loads any of it.`,
      '',
    );
  }
  if (se.targetMs && rowsStart) {
    const slow = se.queries.filter((q) => q.cold.ms.median > se.targetMs || q.warm.ms.median > se.targetMs).map((q) => q.query);
    lines.push(
      slow.length
        ? `Goal (first results within ${se.targetMs} ms): **not met** (median) for ${slow.map((q) => `"${q}"`).join(', ')}.`
        : `Goal (first results within ${se.targetMs} ms): met for every query, cold and warm (median).`,
      '',
    );
  }
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
