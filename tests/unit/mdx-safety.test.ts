import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MDX_COMPONENTS,
  describeMdxProblems,
  findMdxProblems,
  imageProblem,
  isAllowedExpression,
  linkProblem,
  type MdxProblem,
} from '@/lib/mdx-safety';
import { findContentTextProblems, moduleFile } from '../../src/integrations/mdx-safety';

const FILE = 'content/kommuner/koping.mdx';
const FRONTMATTER = '---\nname: Köping\nkommunkod: "1983"\n---\n\n';
/** The line the body's first line has in the file, as the editor sees it: after four lines of frontmatter and a blank line. */
const BODY_LINE = 6;

const problemsIn = (body: string, file = FILE): MdxProblem[] => findMdxProblems(file, FRONTMATTER + body);

/** The single problem in a body, with its message as the build prints it. */
function onlyProblem(body: string, file = FILE): { problem: MdxProblem; text: string } {
  const problems = problemsIn(body, file);
  expect(problems, JSON.stringify(problems)).toHaveLength(1);
  const problem = problems[0] as MdxProblem;
  return { problem, text: describeMdxProblems(problems) };
}

describe('what MDX in content/ may contain', () => {
  it('accepts Markdown, the components, site paths, https links and the page value', () => {
    const body = [
      '## Rubrik',
      '',
      'Text med **fet**, *kursiv* och `kod <10>`.<Kalla id="avsiktsforklaring" />',
      '',
      '- [Köping](/kommuner/koping/) och [Arboga](/kommuner/arboga/#beslut)',
      '- [DIGG](https://www.digg.se/tdosanmalan) och [längre ned](#kontakt)',
      '',
      '<Kontaktvag />',
      '',
      "Kontakta {props.kommun ?? 'din kommun'}. {/* en kommentar */}",
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      'En karta: ![Länets kommuner](/bilder/karta.png)',
      '',
      '```',
      '<script>alert(1)</script> visas som kod',
      '```',
    ].join('\n');
    expect(problemsIn(body)).toEqual([]);
  });

  it('accepts "<" written as &lt;, as \\< or followed by a space', () => {
    expect(problemsIn('Kommuner med &lt;10 000 invånare, \\<5 procent och < 3 år.')).toEqual([]);
  });

  it('the real content has nothing the rules refuse', () => {
    const problems = findContentTextProblems(process.cwd(), `${process.cwd()}/content`);
    expect(problems).toEqual([]);
    expect(readdirSync('content/kommuner').length).toBeGreaterThan(0);
  });

  it('knows the components of the MDX component map, no more and no fewer', () => {
    const map = /export const mdxComponents = \{([^}]*)\}/.exec(readFileSync('src/components/prose/mdx-components.ts', 'utf8'))?.[1] ?? '';
    const names = map
      .split(',')
      .map((entry) => entry.split(':')[0]?.trim() ?? '')
      .filter((name) => /^[A-Z]/.test(name));
    expect(names.sort()).toEqual(Object.keys(MDX_COMPONENTS).sort());
  });
});

describe('raw HTML and script stop the build with file and line', () => {
  it('<script>', () => {
    const { problem, text } = onlyProblem('Text.\n\n<script>alert(1)</script>');
    expect(problem).toMatchObject({ file: FILE, line: BODY_LINE + 2, field: '<script>' });
    expect(text).toContain(
      `- ${FILE}, rad ${BODY_LINE + 2}: <script> får inte stå i texten: en innehållsfil kan inte köra skript. Ta bort taggen.`,
    );
  });

  it('<iframe>, with a link to write instead', () => {
    const { problem, text } = onlyProblem('<iframe src="https://www.youtube.com/embed/x" />');
    expect(problem).toMatchObject({ line: BODY_LINE, field: '<iframe>' });
    expect(text).toMatch(
      /koping\.mdx, rad 6: <iframe> får inte stå i texten: webbplatsen visar inget från andra webbplatser\. Skriv en länk i stället/,
    );
  });

  it('<style>', () => {
    const [style, code] = problemsIn('<style>{`h1 { color: red }`}</style>');
    expect(style).toMatchObject({ line: BODY_LINE, field: '<style>' });
    expect(style?.message).toMatch(/utseendet bestäms av webbplatsens stilmallar/);
    expect(code?.field).toBe('{`h1 { color: red }`}');
  });

  it('<object> and <embed>', () => {
    const problems = problemsIn('<object data="https://x.example/a.pdf" />\n\n<embed src="/a.swf" />');
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [BODY_LINE, '<object>'],
      [BODY_LINE + 2, '<embed>'],
    ]);
    expect(problems[0]?.message).toMatch(/bäddar inte in filer eller innehåll från andra webbplatser/);
  });

  it('an event-handler attribute, on an HTML element and on a component', () => {
    const html = problemsIn('<div onClick="alert(1)">x</div>');
    expect(html.map((p) => p.field)).toEqual(['<div>', 'attributet onClick i <div>']);
    const { problem, text } = onlyProblem('Text.<Kalla id="avsiktsforklaring" onmouseover="alert(1)" />');
    expect(problem).toMatchObject({ line: BODY_LINE, field: 'attributet onmouseover i <Kalla>' });
    expect(text).toContain('attributet onmouseover i <Kalla> får inte stå i texten: det kör skript i webbläsaren. Ta bort attributet.');
  });

  it('other HTML elements, with Markdown to write instead', () => {
    const { problem } = onlyProblem('Text med <b>fet</b> stil.');
    expect(problem).toMatchObject({ field: '<b>' });
    expect(problem.message).toMatch(/HTML skrivs inte i innehållsfiler\. Skriv Markdown i stället \(## Rubrik, \*\*fet\*\*/);
    expect(onlyProblem('<a href="/om/">Om</a>').problem.message).toMatch(
      /Skriv en länk med Markdown: \[Vad sidan heter\]\(\/kommuner\/koping\/\)/,
    );
    expect(onlyProblem('<img src="/a.png" alt="" />').problem.message).toMatch(/Skriv en bild med Markdown/);
  });

  it('an unknown component, a misspelt attribute and a value in braces', () => {
    expect(onlyProblem('<Kala id="x" />').problem).toMatchObject({
      field: '<Kala>',
      message: 'finns inte. Komponenterna som finns är <Kalla id="…" citat="…" /> och <Kontaktvag />.',
    });
    expect(onlyProblem('<Kalla kalla="x" />').problem).toMatchObject({
      field: 'attributet kalla i <Kalla>',
      message: 'finns inte: <Kalla> tar bara id="…", citat="…".',
    });
    expect(onlyProblem('<Kalla id={"x"} />').problem.message).toMatch(
      /ska ha ett värde inom citattecken, till exempel id="avsiktsforklaring"/,
    );
    expect(onlyProblem('<Kalla {...props} />').problem.field).toBe('{…} i <Kalla>');
  });

  it('import, export and expressions: code', () => {
    expect(onlyProblem('import X from "../x.js"\n\nText.').problem).toMatchObject({ line: BODY_LINE, field: '"import X from "../x.js""' });
    expect(onlyProblem('Text.\n\nexport const x = 1').problem.message).toMatch(/är kod och får inte stå i en innehållsfil/);
    const { problem } = onlyProblem('Summa {1 + 1} kronor.');
    expect(problem).toMatchObject({ line: BODY_LINE, field: '{1 + 1}' });
    expect(problem.message).toMatch(/skriv \\\{ och \\\}/);
  });
});

describe('links and images', () => {
  it('a javascript: link', () => {
    const { problem, text } = onlyProblem('Text.\n\n[x](javascript:alert(1))');
    expect(problem).toMatchObject({ line: BODY_LINE + 2, field: 'länken "javascript:alert(1)"' });
    expect(text).toContain(
      `${FILE}, rad ${BODY_LINE + 2}: länken "javascript:alert(1)" får inte användas. Bara adresser som börjar med https://`,
    );
  });

  it('a javascript: link written as a reference', () => {
    expect(onlyProblem('[x][a]\n\n[a]: javascript:alert(1)').problem).toMatchObject({
      line: BODY_LINE + 2,
      field: 'länken "javascript:alert(1)"',
    });
  });

  it('other link targets, each with what to write instead', () => {
    expect(linkProblem('https://www.digg.se/')).toBeUndefined();
    expect(linkProblem('/kommuner/koping/')).toBeUndefined();
    expect(linkProblem('#kontakt')).toBeUndefined();
    expect(linkProblem('http://www.digg.se/')).toMatch(/Skriv adressen med https:\/\/ i stället för http:\/\//);
    expect(linkProblem('mailto:info@example.se')).toMatch(/inga e-postadresser eller telefonnummer i texten\. Skriv <Kontaktvag \/>/);
    expect(linkProblem('tel:021123456')).toMatch(/inga e-postadresser/);
    expect(linkProblem('//evil.example/')).toMatch(/Skriv hela adressen, med https:\/\/ först/);
    expect(linkProblem('/\\evil.example/')).toMatch(/Skriv hela adressen/);
    expect(linkProblem('koping/')).toMatch(/från början, till exempel \/kommuner\/koping\//);
    for (const url of ['JavaScript:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x', 'ftp://x.example/'])
      expect(linkProblem(url), url).toMatch(/^får inte användas\. Bara adresser/);
    expect(linkProblem('java\tscript:alert(1)')).toMatch(/mellanslag eller osynliga tecken/);
  });

  it('a bare www address and e-mail address, which Markdown turns into links', () => {
    expect(problemsIn('Se www.example.se eller skriv till info@example.se.').map((p) => p.field)).toEqual([
      'länken "http://www.example.se"',
      'länken "mailto:info@example.se"',
    ]);
  });

  it('an image from another site', () => {
    const { problem, text } = onlyProblem('![x](https://other.example/a.png)');
    expect(problem).toMatchObject({ line: BODY_LINE, field: 'bilden "https://other.example/a.png"' });
    expect(text).toContain(
      'bilden "https://other.example/a.png" kommer inte från webbplatsen själv. Webbplatsen hämtar inget från andra webbplatser',
    );
    expect(onlyProblem('![x][k]\n\n[k]: https://other.example/a.png').problem.field).toBe('bilden "https://other.example/a.png"');
    for (const url of ['//other.example/a.png', 'data:image/png;base64,AAAA', 'http://other.example/a.png'])
      expect(imageProblem(url), url).toBeDefined();
    expect(imageProblem('/bilder/karta.png')).toBeUndefined();
  });
});

describe('text the MDX compiler cannot read gets a message saying how to write it', () => {
  it('"<10 000 invånare"', () => {
    const { problem, text } = onlyProblem('Rad ett.\n\nEtt förbund med <10 000 invånare.');
    expect(problem).toMatchObject({ file: FILE, line: BODY_LINE + 2, field: 'tecknet < i "<10 000 invånare."' });
    expect(text).toContain(
      `- ${FILE}, rad ${BODY_LINE + 2}: tecknet < i "<10 000 invånare." läses som början på en komponent, som <Kalla />. Skriv &lt; i stället för < (till exempel "&lt;10 000 invånare") eller skriv med ord ("färre än 10 000 invånare").`,
    );
  });

  it('"a<b" and "<=" too', () => {
    expect(onlyProblem('Om a<b gäller').problem.field).toBe('tecknet < i "<b gäller"');
    expect(onlyProblem('Värdet <= 5').problem.message).toMatch(/Skriv &lt; i stället för </);
  });

  it('an HTML comment', () => {
    expect(onlyProblem('Text.\n\n<!-- att göra -->').problem).toMatchObject({
      line: BODY_LINE + 2,
      field: 'kommentaren <!-- … -->',
      message: 'går inte att skriva i MDX. Skriv {/* kommentar */} i stället, eller ta bort den.',
    });
  });

  it('a component without its closing slash, and a stray closing tag', () => {
    expect(onlyProblem('Text <Kalla id="avsiktsforklaring"> och mer.').problem).toMatchObject({ field: '<Kalla>' });
    expect(onlyProblem('Text <Kalla id="avsiktsforklaring"> och mer.').problem.message).toMatch(
      /^stängs aldrig\. En komponent skrivs med snedstreck på slutet/,
    );
    expect(onlyProblem('Text </b> här.').problem).toMatchObject({ field: '</b>', message: expect.stringMatching(/^har ingen början/) });
  });

  it('an unclosed brace', () => {
    expect(onlyProblem('Text {som inte slutar').problem).toMatchObject({ line: BODY_LINE, message: expect.stringMatching(/skriv \\\{/) });
  });
});

describe('Markdown (.md) files', () => {
  const MD = 'content/sidor/test.md';

  it('accepts Markdown and comments, and refuses raw HTML that the build would copy into the page', () => {
    expect(problemsIn('Text med <10 000 invånare, [länk](/om/). <!-- kommentar -->', MD)).toEqual([]);
    const problems = problemsIn('<script>alert(1)</script>\n\nText <b onclick="x">fet</b>.', MD);
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [BODY_LINE, '<script>'],
      [BODY_LINE + 2, '<b>'],
      [BODY_LINE + 2, 'attributet onclick i <b>'],
    ]);
  });

  it('says a component needs an .mdx file', () => {
    expect(onlyProblem('Text.<Kalla id="x" />', MD).problem.message).toMatch(/Byt filens ändelse till \.mdx/);
  });
});

describe('the expressions an editor may write', () => {
  it('a comment or the value the page passes', () => {
    expect(isAllowedExpression('/* anteckning */')).toBe(true);
    expect(isAllowedExpression("props.kommun ?? 'din kommun'")).toBe(true);
    expect(isAllowedExpression('props.kommun')).toBe(true);
    expect(isAllowedExpression('props.annat')).toBe(false);
    expect(isAllowedExpression("props.kommun ?? fetch('x')")).toBe(false);
    expect(isAllowedExpression('/* a */ alert(1) /* b */')).toBe(false);
  });
});

describe('the build hook', () => {
  it('reads the file behind a Vite module id', () => {
    expect(moduleFile('/x/content/kommuner/koping.mdx?astroPropagatedAssets')).toBe('/x/content/kommuner/koping.mdx');
  });
});
