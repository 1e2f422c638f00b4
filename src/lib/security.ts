/**
 * What the site asks of the host: a strict Content-Security-Policy (no inline
 * script or style, no other origins; Pagefind's WebAssembly needs exactly
 * 'wasm-unsafe-eval'), the other security headers, and cache rules (hashed
 * assets for a year, everything else revalidated). Written to dist/_headers in
 * the format Netlify and Cloudflare Pages read, and mirrored in a <meta>.
 */
const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a <meta http-equiv> cannot carry (browsers ignore them there). */
const HEADER_ONLY = new Set(['frame-ancestors']);

/**
 * What `npm run dev` needs on top: the dev server injects the styles and its
 * reload client inline and talks to the page over a WebSocket. Only the
 * preview gets these; a build never does.
 */
const DEV_ADDITIONS: Record<string, string> = {
  'script-src': "'unsafe-inline'",
  'style-src': "'unsafe-inline'",
  'connect-src': 'ws: wss:',
};

export function contentSecurityPolicy({ forMeta = false, dev = false } = {}): string {
  return DIRECTIVES.filter(([name]) => !forMeta || !HEADER_ONLY.has(name))
    .map(([name, value]) => `${name} ${value}${dev && DEV_ADDITIONS[name] ? ` ${DEV_ADDITIONS[name]}` : ''}`)
    .join('; ');
}

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Path patterns (one * each, as the hosts allow) with their caching. The rules
 * do not overlap, so no host has to merge two Cache-Control values.
 */
export const CACHE_RULES: [string, string][] = [
  ['_astro/*', CACHE_IMMUTABLE],
  ['pagefind/fragment/*', CACHE_IMMUTABLE],
  ['pagefind/index/*', CACHE_IMMUTABLE],
  ['pagefind/filter/*', CACHE_IMMUTABLE],
  ['pagefind/*.pf_meta', CACHE_IMMUTABLE],
  ['pagefind/pagefind*', CACHE_REVALIDATE],
  ['pagefind/wasm.*', CACHE_REVALIDATE],
  ['', CACHE_REVALIDATE],
  ['*/', CACHE_REVALIDATE],
  ['*.html', CACHE_REVALIDATE],
  ['*.xml', CACHE_REVALIDATE],
  ['*.json', CACHE_REVALIDATE],
  ['*.ics', CACHE_REVALIDATE],
  ['*.csv', CACHE_REVALIDATE],
  ['*.txt', CACHE_REVALIDATE],
];

/** The _headers file for a site served under `base` ("/" or "/samordning/"). */
export function headersFile(base: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const blocks = [
    `${prefix}*\n${Object.entries(SECURITY_HEADERS)
      .map(([name, value]) => `  ${name}: ${value}`)
      .join('\n')}`,
    ...CACHE_RULES.map(([pattern, value]) => `${prefix}${pattern}\n  Cache-Control: ${value}`),
  ];
  return `# Skapad vid bygget (src/lib/security.ts). Läses av Netlify och Cloudflare Pages.\n${blocks.join('\n\n')}\n`;
}
