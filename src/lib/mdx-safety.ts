/**
 * What a text file in content/ may contain: Markdown, the site's own MDX
 * components (<Kalla id="…" />, <Kontaktvag />), the values a page hands its
 * body ({props.kommun ?? 'din kommun'}) and comments ({/* … *\/}). Nothing
 * else reaches the page: no HTML elements, scripts, styles, frames or embeds,
 * no event-handler attributes, no import/export or other code, no links except
 * https://, site paths (/…) and fragments (#…), and no images from other sites.
 *
 * `findMdxProblems(file, text)` parses the whole file, frontmatter included,
 * with the parser the build uses (Sätteri), so every line number is the line
 * the editor sees. A file the parser cannot read gives one problem saying how
 * to write the text instead (for example "&lt;10 000" for "<10 000").
 */
import { markdownToMdast, mdxToMdast } from 'satteri';

export interface MdxProblem {
  file: string;
  line: number;
  /** What the editor wrote: `<script>`, `onclick`, `länken "javascript:…"`. */
  field: string;
  /** A Swedish sentence that continues the field and says what to write instead. */
  message: string;
}

/**
 * The components an editor may write and the attributes each takes: the MDX
 * component map (src/components/prose/mdx-components.ts) without its
 * overrides of HTML elements.
 */
export const MDX_COMPONENTS: Readonly<Record<string, readonly string[]>> = { Kalla: ['id', 'citat'], Kontaktvag: [] };

/** The values a page passes to the MDX body it shows (MunicipalityPage: the guide page gets `kommun`). */
export const MDX_PROPS: readonly string[] = ['kommun'];

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  identifier?: string;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

type Problem = Omit<MdxProblem, 'file'>;

const COMPONENT_LIST = 'Komponenterna som finns är <Kalla id="…" citat="…" /> och <Kontaktvag />.';

/** Markdown's own nodes: text, structure, code (shown as text), links and images (checked below). */
const MARKDOWN = new Set([
  'root',
  'yaml',
  'paragraph',
  'heading',
  'text',
  'emphasis',
  'strong',
  'delete',
  'inlineCode',
  'code',
  'blockquote',
  'list',
  'listItem',
  'thematicBreak',
  'break',
  'table',
  'tableRow',
  'tableCell',
  'footnoteReference',
  'footnoteDefinition',
  'link',
  'linkReference',
  'image',
  'imageReference',
  'definition',
]);

const SCRIPT = 'får inte stå i texten: en innehållsfil kan inte köra skript. Ta bort taggen.';
const FRAME =
  'får inte stå i texten: webbplatsen visar inget från andra webbplatser. Skriv en länk i stället: [Vad sidan heter](https://…).';
const EMBED =
  'får inte stå i texten: webbplatsen bäddar inte in filer eller innehåll från andra webbplatser. Skriv en länk i stället: [Vad filen heter](https://…).';
const STYLE =
  'får inte stå i texten: utseendet bestäms av webbplatsens stilmallar. Ta bort taggen och skriv texten med Markdown (## Rubrik, **fet**, *kursiv*).';
const IMAGE = 'får inte stå i texten. Skriv en bild med Markdown: ![Vad bilden visar](/bilder/fil.png), med filen i public/bilder/.';
const LINK = 'får inte stå i texten. Skriv en länk med Markdown: [Vad sidan heter](/kommuner/koping/) eller [Vad sidan heter](https://…).';
const HTML = `får inte stå i texten: HTML skrivs inte i innehållsfiler. Skriv Markdown i stället (## Rubrik, **fet**, *kursiv*, - punktlista, [länk](/adress/)). ${COMPONENT_LIST}`;

/** The message for an HTML element, by tag: the dangerous ones say why, every other one says to write Markdown. */
const ELEMENT_MESSAGES: Readonly<Record<string, string>> = {
  script: SCRIPT,
  noscript: SCRIPT,
  template: SCRIPT,
  iframe: FRAME,
  frame: FRAME,
  frameset: FRAME,
  object: EMBED,
  embed: EMBED,
  applet: EMBED,
  video: EMBED,
  audio: EMBED,
  source: EMBED,
  track: EMBED,
  picture: EMBED,
  svg: EMBED,
  math: EMBED,
  style: STYLE,
  link: STYLE,
  img: IMAGE,
  a: LINK,
};

/** The message for a tag the editor wrote: an HTML element, or a component name that does not exist. */
export function elementMessage(name: string): string {
  if (/^[A-Z]/.test(name)) return `finns inte. ${COMPONENT_LIST}`;
  return ELEMENT_MESSAGES[name.toLowerCase()] ?? HTML;
}

/** True for an attribute that runs script in a browser: onclick, onLoad, onmouseover … */
export function isEventHandler(name: string): boolean {
  return /^on/i.test(name);
}

/** True when an address holds a space or a control character, which browsers drop (java\tscript: runs as javascript:). */
const hasSpaceOrControl = (text: string): boolean =>
  /\s/.test(text) || [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

const MAIL =
  'Webbplatsen visar inga e-postadresser eller telefonnummer i texten. Skriv <Kontaktvag /> för förbundets kontaktväg, eller länka till organisationens kontaktsida med https://.';

/**
 * Why a link target may not be used, or undefined when it may: https://, a
 * path on the site (/kommuner/koping/) or a fragment on the page (#rubrik).
 * http:// is refused like a source's URL is: the same address works with https.
 * mailto: and tel: are refused: the site publishes no e-mail addresses or
 * phone numbers in its text.
 */
export function linkProblem(url: string): string | undefined {
  const target = url.trim();
  const allowed =
    'Bara adresser som börjar med https:// (en annan webbplats), / (en sida på webbplatsen) eller # (ett avsnitt på sidan) går att länka till.';
  if (hasSpaceOrControl(target)) return `får inte användas: adressen har mellanslag eller osynliga tecken. ${allowed}`;
  if (/^https:\/\/[^/\\]/i.test(target)) return undefined;
  if (/^\/(?![/\\])/.test(target) || target.startsWith('#')) return undefined;
  if (/^http:\/\//i.test(target)) return `får inte användas. ${allowed} Skriv adressen med https:// i stället för http://.`;
  if (/^(mailto|tel|sms):/i.test(target)) return `får inte användas. ${MAIL}`;
  if (/^[/\\]{2}/.test(target)) return `får inte användas. ${allowed} Skriv hela adressen, med https:// först.`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return `får inte användas. ${allowed}`;
  return `får inte användas. ${allowed} Skriv adressen till en sida på webbplatsen från början, till exempel /kommuner/koping/.`;
}

/** Why an image may not be used, or undefined when it is a file on the site (/bilder/karta.png, ./karta.png). */
export function imageProblem(url: string): string | undefined {
  const target = url.trim();
  const fromElsewhere = /^[a-z][a-z0-9+.-]*:/i.test(target) || /^[/\\]{2}/.test(target) || /^\/\\/.test(target);
  if (!fromElsewhere && !hasSpaceOrControl(target)) return undefined;
  return 'kommer inte från webbplatsen själv. Webbplatsen hämtar inget från andra webbplatser: lägg bildfilen i public/bilder/ och skriv ![Vad bilden visar](/bilder/fil.png).';
}

/** True for an expression an editor may write: a comment, or a value the page passes, with an optional fallback text. */
export function isAllowedExpression(code: string): boolean {
  if (/^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/.test(code)) return true;
  const prop = /^\s*props\.([A-Za-z]\w*)(?:\s*\?\?\s*(?:'[^'\\\n]*'|"[^"\\\n]*"))?\s*$/.exec(code);
  return prop !== null && MDX_PROPS.includes(prop[1] ?? '');
}

const lineOf = (node: Node): number => node.position?.start.line ?? 1;

/** Text shortened for a message. */
function excerpt(text: string, length = 40): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > length ? `${oneLine.slice(0, length)}…` : oneLine;
}

function attributeProblems(node: Node, allowed: readonly string[] | undefined): Problem[] {
  const line = lineOf(node);
  const tag = `<${node.name}>`;
  const problems: Problem[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
      problems.push({
        line,
        field: `{…} i ${tag}`,
        message: 'är kod och får inte stå i en innehållsfil. Skriv varje attribut med sitt värde inom citattecken: id="…".',
      });
      continue;
    }
    const name = attribute.name;
    if (isEventHandler(name)) {
      problems.push({
        line,
        field: `attributet ${name} i ${tag}`,
        message: 'får inte stå i texten: det kör skript i webbläsaren. Ta bort attributet.',
      });
    } else if (allowed && !allowed.includes(name)) {
      const takes = allowed.length > 0 ? `tar bara ${allowed.map((a) => `${a}="…"`).join(', ')}` : 'har inga attribut';
      problems.push({ line, field: `attributet ${name} i ${tag}`, message: `finns inte: ${tag} ${takes}.` });
    } else if (allowed && typeof attribute.value !== 'string') {
      problems.push({
        line,
        field: `attributet ${name} i ${tag}`,
        message: `ska ha ett värde inom citattecken, till exempel ${name}="avsiktsforklaring". Klamrar {…} är kod.`,
      });
    }
  }
  return problems;
}

/** An MDX tag: one of the site's components with its attributes, or a problem. */
function jsxProblems(node: Node): Problem[] {
  const name = node.name ?? '';
  const allowed = Object.hasOwn(MDX_COMPONENTS, name) ? MDX_COMPONENTS[name] : undefined;
  const problems = attributeProblems(node, allowed);
  if (!allowed)
    problems.unshift({
      line: lineOf(node),
      field: name ? `<${name}>` : '<>',
      message: name ? elementMessage(name) : `får inte stå i texten. ${COMPONENT_LIST}`,
    });
  return problems;
}

const IN_MARKDOWN = `får inte stå i en .md-fil: där blir taggen HTML, inte en komponent. Byt filens ändelse till .mdx. ${COMPONENT_LIST}`;

/** Raw HTML in a Markdown (.md) file, where the build would copy it into the page as it stands. Comments and closing tags are left alone. */
function htmlProblems(node: Node): Problem[] {
  const html = String(node.value ?? '');
  const line = lineOf(node);
  if (/^<!--(?:(?!-->)[\s\S])*-->\s*$/.test(html) || /^<\/[A-Za-z][\w:-]*\s*>$/.test(html)) return [];
  const problems: Problem[] = [];
  for (const [, name = '', rest = ''] of html.matchAll(/<([A-Za-z][\w:-]*)([^>]*)>?/g)) {
    const isComponent = Object.hasOwn(MDX_COMPONENTS, name);
    const tag = isComponent ? name : name.toLowerCase();
    problems.push({ line, field: `<${tag}>`, message: isComponent ? IN_MARKDOWN : (ELEMENT_MESSAGES[tag] ?? HTML) });
    for (const [, handler] of rest.matchAll(/(?:^|\s)(on[\w-]*)\s*=/gi))
      problems.push({
        line,
        field: `attributet ${handler} i <${tag}>`,
        message: 'får inte stå i texten: det kör skript i webbläsaren. Ta bort attributet.',
      });
  }
  if (problems.length === 0) problems.push({ line, field: `"${excerpt(html)}"`, message: HTML });
  return problems;
}

/** The problems of one node, not of its children. */
function nodeProblems(node: Node, imageIds: ReadonlySet<string>): Problem[] {
  const line = lineOf(node);
  switch (node.type) {
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return jsxProblems(node);
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const code = String(node.value ?? '');
      if (isAllowedExpression(code)) return [];
      return [
        {
          line,
          field: `{${excerpt(code)}}`,
          message: `läses som kod och får inte stå i texten. Menar du klamrarna som tecken, skriv \\{ och \\}. Inom klamrar får bara stå ${MDX_PROPS.map((p) => `{props.${p} ?? '…'}`).join(', ')} eller en kommentar {/* … */}.`,
        },
      ];
    }
    case 'mdxjsEsm':
      return [
        {
          line,
          field: `"${excerpt(String(node.value ?? ''))}"`,
          message: 'är kod och får inte stå i en innehållsfil. Komponenterna <Kalla> och <Kontaktvag> behöver ingen import: ta bort raden.',
        },
      ];
    case 'html':
      return htmlProblems(node);
    case 'link': {
      const message = linkProblem(node.url ?? '');
      return message ? [{ line, field: `länken "${node.url}"`, message }] : [];
    }
    case 'image': {
      const message = imageProblem(node.url ?? '');
      return message ? [{ line, field: `bilden "${node.url}"`, message }] : [];
    }
    case 'definition': {
      const isImage = imageIds.has(node.identifier ?? '');
      const message = isImage ? imageProblem(node.url ?? '') : linkProblem(node.url ?? '');
      return message ? [{ line, field: `${isImage ? 'bilden' : 'länken'} "${node.url}"`, message }] : [];
    }
    default:
      return MARKDOWN.has(node.type)
        ? []
        : [{ line, field: node.type, message: 'kan inte användas i en innehållsfil. Skriv texten med vanlig Markdown.' }];
  }
}

function walk(node: Node, visit: (node: Node) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** The problems in a parsed file, in the order they stand in it. */
function treeProblems(tree: Node): Problem[] {
  const imageIds = new Set<string>();
  walk(tree, (node) => {
    if (node.type === 'imageReference' && node.identifier) imageIds.add(node.identifier);
  });
  const problems: Problem[] = [];
  walk(tree, (node) => problems.push(...nodeProblems(node, imageIds)));
  return problems.sort((a, b) => a.line - b.line);
}

const LESS_THAN =
  'läses som början på en komponent, som <Kalla />. Skriv &lt; i stället för < (till exempel "&lt;10 000 invånare") eller skriv med ord ("färre än 10 000 invånare"). En länk skrivs [text](https://…).';

/** The editor's message for a file the MDX parser cannot read ("1:6: Unexpected character after `<` …"). */
export function parseProblem(source: string, error: unknown): Problem {
  const reason = error instanceof Error ? error.message : String(error);
  const at = /^(\d+):(\d+):\s*/.exec(reason);
  const line = at ? Number(at[1]) : 1;
  const column = at ? Number(at[2]) : 1;
  const text = source.split(/\r?\n/)[line - 1] ?? '';
  const here = excerpt(text.slice(Math.max(0, column - 1)), 30);
  if (/to create a comment in MDX/.test(reason) || text.slice(column - 1).startsWith('<!--'))
    return {
      line,
      field: 'kommentaren <!-- … -->',
      message: 'går inte att skriva i MDX. Skriv {/* kommentar */} i stället, eller ta bort den.',
    };
  const unclosed = /Expected a closing tag for `<([^>`]*)>`/.exec(reason);
  if (unclosed)
    return {
      line,
      field: `<${unclosed[1]}>`,
      message: `stängs aldrig. En komponent skrivs med snedstreck på slutet: <Kalla id="…" />. Menar du tecknet <, skriv &lt;. HTML skrivs inte i innehållsfiler: använd Markdown (**fet**, *kursiv*).`,
    };
  const closing = /Unexpected closing tag `<\/([^>`]*)>`/.exec(reason);
  if (closing)
    return {
      line,
      field: `</${closing[1]}>`,
      message: 'har ingen början. Ta bort den: HTML skrivs inte i innehållsfiler, använd Markdown (**fet**, *kursiv*).',
    };
  if (/in expression|expected a corresponding closing brace|Could not parse expression/i.test(reason) || text[column - 1] === '{')
    return { line, field: `tecknet { i "${here}"`, message: 'läses som början på kod. Menar du tecknet, skriv \\{ (och \\} för }).' };
  if (text[column - 1] === '<' || /after `<`|before name/.test(reason)) return { line, field: `tecknet < i "${here}"`, message: LESS_THAN };
  return {
    line,
    field: `texten vid kolumn ${column} ("${here}")`,
    message: `kan inte läsas (${reason.replace(/^\d+:\d+:\s*/, '')}). Kontrollera tecknen <, > { och } där: skriv &lt; för <, \\{ för { och \\} för }.`,
  };
}

/**
 * Everything in a content file that may not reach the page, with the line the
 * editor sees. `file` is the path shown in the messages; its extension decides
 * how the text is read (.md as Markdown, anything else as MDX).
 */
export function findMdxProblems(file: string, source: string): MdxProblem[] {
  const markdown = /\.md$/i.test(file);
  let tree: Node;
  try {
    const parse = markdown ? markdownToMdast : mdxToMdast;
    tree = parse(source, { features: { gfm: true } }) as unknown as Node;
  } catch (error) {
    return [{ file, ...parseProblem(source, error) }];
  }
  return treeProblems(tree).map((problem) => ({ file, ...problem }));
}

/** The build's message: one line per problem, with file and line. */
export function describeMdxProblems(problems: readonly MdxProblem[]): string {
  const lines = problems.map((p) => `- ${p.file}, rad ${p.line}: ${p.field} ${p.message}`);
  return [`Innehållet har ${problems.length} fel och webbplatsen byggs inte:`, ...lines].join('\n');
}
