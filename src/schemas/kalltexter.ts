import { z } from 'astro/zod';
import { choice, group, text, textList } from './fields';
import { fieldError } from './messages';
import { SOURCE_TEXT_KINDS } from './vocabulary';

/** An anchor on the source's page: short, lower case, stable (journalists link to it). */
const partId = z
  .string({ error: fieldError('Delens id (ankare på källans sida)') })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Id ska vara små bokstäver a–z, siffror och bindestreck, t.ex. "tidplan-2022".' })
  .max(40, { error: 'Id får vara högst 40 tecken.' })
  .describe('Delens id (ankare på källans sida)');

/** One part of the text: an id and exactly one of rubrik, text, punkter or tabell. */
const part = group(
  {
    id: partId,
    rubrik: text('En rubrik i dokumentet').optional(),
    text: text('Ett stycke, ordagrant').optional(),
    punkter: z
      .array(text('En punkt i en lista'), { error: fieldError('En lista: en punkt per rad') })
      .min(1)
      .optional(),
    tabell: z
      .array(z.array(z.string({ error: fieldError('En cell') }), { error: fieldError('En rad i tabellen') }).min(1), {
        error: fieldError('En tabell: första raden är kolumnrubriker, sedan en rad per lista'),
      })
      .min(2)
      .optional(),
  },
  'En del av texten: id och en av rubrik, text, punkter eller tabell',
).refine((p) => [p.rubrik, p.text, p.punkter, p.tabell].filter((x) => x !== undefined).length === 1, {
  error: 'Varje del ska ha precis en av rubrik, text, punkter och tabell.',
});

const correction = group(
  { fran: text('Som det står i originalet'), till: text('Som det står på webbplatsen') },
  'En rättelse: fran och till',
);

/**
 * content/kalltexter/<källans id>.yaml: the text of a source as the site
 * publishes it. `helt`: a whole document, checked against its raw original(s)
 * in content/kalltexter/original/. `utdrag`: short verbatim passages from a web
 * page. Citations (<Kalla citat="…">) are checked against these texts.
 */
export const sourceTextSchema = z
  .strictObject(
    {
      typ: choice(SOURCE_TEXT_KINDS, 'helt (hela dokumentet) eller utdrag (korta utdrag ur en webbsida)'),
      original: z
        .array(
          z
            .string({ error: fieldError('Originalfil') })
            .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, { error: 'Filnamnet ska se ut som 000_0a34dfc46b513caa.txt.' }),
          { error: fieldError('Originalfilerna i content/kalltexter/original/') },
        )
        .default([])
        .describe('Originalfilerna i content/kalltexter/original/, den viktigaste först'),
      om: text('Hur texten är gjord, en eller två meningar'),
      delar: z
        .array(part, { error: fieldError('Textens delar i läsordning') })
        .min(1)
        .describe('Textens delar i läsordning'),
      rattelser: z
        .array(correction, { error: fieldError('Rättelser av inläsningsfel') })
        .default([])
        .describe('Rättelser av inläsningsfel'),
      utelamnat: textList('Sådant i originalet som inte publiceras, t.ex. sidnummer'),
    },
    { error: fieldError('En källtext') },
  )
  .refine((t) => t.typ === 'utdrag' || t.original.length > 0, {
    error: 'En text med typ: helt behöver minst en fil under original.',
    path: ['original'],
  })
  .refine((t) => new Set(t.delar.map((d) => d.id)).size === t.delar.length, {
    error: 'Två delar har samma id. Varje del behöver ett eget id.',
    path: ['delar'],
  });

export type SourceTextData = z.infer<typeof sourceTextSchema>;
