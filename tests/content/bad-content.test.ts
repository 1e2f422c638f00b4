/**
 * An editor's mistake stops the build with a message that names the file, the
 * field and what is wrong, and nothing is published (no dist/ left behind).
 * Each case copies the project, breaks one thing and runs `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFixture, type Fixture } from '../support/fixture';

function expectRejected(fixture: Fixture, ...patterns: RegExp[]) {
  const result = fixture.build();
  expect(result.code, result.output).not.toBe(0);
  for (const pattern of patterns) expect(result.output).toMatch(pattern);
  expect(result.htmlFiles, 'no HTML page may be published').toEqual([]);
  expect(result.distExists, 'dist/ is removed after a failed build').toBe(false);
}

const EVENT = (frontmatter: string) => `---
title: Provhändelse
kind: beslut
summary: En händelse för att pröva felmeddelanden.
${frontmatter}
---

Text.
`;

describe.concurrent('bad content stops the build', () => {
  it('missing required field', () => {
    const f = createFixture('missing-field');
    f.write('content/tidslinje/2022-prov.mdx', EVENT('sources: [avsiktsforklaring]'));
    expectRejected(f, /tidslinje\/2022-prov\.mdx/, /date: Fältet saknas men måste fyllas i/);
  });

  it('malformed date', () => {
    const f = createFixture('malformed-date');
    f.write('content/tidslinje/2022-prov.mdx', EVENT('date: "7 december 2021"\nsources: [avsiktsforklaring]'));
    expectRejected(f, /tidslinje\/2022-prov\.mdx/, /date: "7 december 2021" är inte ett datum i formen ÅÅÅÅ/);
  });

  it('impossible date', () => {
    const f = createFixture('impossible-date');
    f.write('content/tidslinje/2023-prov.mdx', EVENT('date: 2023-02-30\nsources: [avsiktsforklaring]'));
    expectRejected(f, /tidslinje\/2023-prov\.mdx/, /fältet date har ett datum som inte finns i kalendern. Datumet "2023-02-30" finns inte/);
  });

  it('kommunkod that is not four digits', () => {
    const f = createFixture('kommunkod');
    f.edit('content/kommuner/koping.mdx', (t) => t.replace(/kommunkod: .*/, 'kommunkod: "198"'));
    expectRejected(f, /kommuner\/koping\.mdx/, /kommunkod: Kommunkoden ska vara exakt fyra siffror/);
  });

  it('reference to an unknown municipality', () => {
    const f = createFixture('unknown-municipality');
    f.write('content/tidslinje/2022-prov.mdx', EVENT('date: 2022\nkommuner: [kopingg]\nsources: [avsiktsforklaring]'));
    expectRejected(f, /content\/tidslinje\/2022-prov\.mdx: fältet kommuner\[0\] pekar på kommunen "kopingg", som inte finns/);
  });

  it('reference to an unknown party', () => {
    const f = createFixture('unknown-party');
    f.write('content/tidslinje/2022-prov.mdx', EVENT('date: 2022\nparter: [skatteverket]\nsources: [avsiktsforklaring]'));
    expectRejected(f, /content\/tidslinje\/2022-prov\.mdx: fältet parter\[0\] pekar på parten "skatteverket", som inte finns/);
  });

  it('reference to an unknown förbund', () => {
    const f = createFixture('unknown-forbund');
    f.edit('content/kommuner/sala.mdx', (t) => t.replace(/earlierForbund: .*/, 'earlierForbund: norra'));
    expectRejected(f, /content\/kommuner\/sala\.mdx: fältet earlierForbund pekar på förbundet "norra", som inte finns/);
  });

  it('reference to an unknown source in frontmatter', () => {
    const f = createFixture('unknown-source');
    f.write('content/tidslinje/2022-prov.mdx', EVENT('date: 2022\nsources: [avsiktsforklaringen]'));
    expectRejected(f, /content\/tidslinje\/2022-prov\.mdx: fältet sources\[0\] pekar på källan "avsiktsforklaringen", som inte finns/);
  });

  it('unknown source in a <Kalla> in MDX', () => {
    const f = createFixture('unknown-kalla');
    f.edit('content/kommuner/arboga.mdx', (t) => `${t}\n\nEn mening till.<Kalla id="finsamlagen" />\n`);
    expectRejected(f, /content\/kommuner\/arboga\.mdx: fältet <Kalla id="finsamlagen"> \(rad \d+ i texten\) pekar på källan "finsamlagen"/);
  });

  it('duplicate slug', () => {
    const f = createFixture('duplicate-slug');
    f.write('content/kommuner/koping.md', readFileSync(`${f.dir}/content/kommuner/koping.mdx`, 'utf8'));
    expectRejected(f, /Två filer i \.\/content\/kommuner\/ får samma adress "koping": koping\.md(x)? och koping\.md(x)?/);
  });

  it('file name that cannot be an address', () => {
    const f = createFixture('bad-file-name');
    f.write('content/tidslinje/Händelse.mdx', EVENT('date: 2022\nsources: [avsiktsforklaring]'));
    expectRejected(f, /Filnamnet "\.\/content\/tidslinje\/Händelse\.mdx" kan inte bli en webbadress/);
  });

  it('negative amount', () => {
    const f = createFixture('negative-amount');
    f.edit('content/bidrag/koping-arlig-avgift.yaml', (t) => t.replace(/value: 375000/, 'value: -375000'));
    expectRejected(f, /bidrag\/koping-arlig-avgift\.yaml/, /Beloppet kan inte vara negativt/);
  });

  it('non-numeric amount', () => {
    const f = createFixture('text-amount');
    f.edit('content/bidrag/koping-arlig-avgift.yaml', (t) => t.replace(/value: 375000/, 'value: "375 000 kr"'));
    expectRejected(f, /bidrag\/koping-arlig-avgift\.yaml/, /"375 000 kr" är inte ett tal/);
  });

  it('event with no source', () => {
    const f = createFixture('no-source');
    f.write('content/tidslinje/2022-prov.mdx', EVENT('date: 2022\nsources: []'));
    expectRejected(f, /tidslinje\/2022-prov\.mdx/, /sources: Ange minst en källa/);
  });

  it('compound word without its parts', () => {
    const f = createFixture('compound-parts');
    f.edit('content/sok/sammansattningar.yaml', (t) => `${t}\nförbundsstämma: förbund stämma\n`);
    expectRejected(f, /sok\/sammansattningar\.yaml: "förbundsstämma" ska följas av minst två delar/);
  });
});
