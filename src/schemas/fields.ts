/**
 * Field builders shared by every schema. Each one carries a description in
 * Swedish and error messages that tell an editor what to write instead.
 */
import { z } from 'astro/zod';
import { reference } from 'astro:content';
import { normalizeDateInput, partialDateProblem, SEASONS } from '@/lib/dates';

type Issue = { input?: unknown };

function missingOr(label: string, otherwise: string) {
  return (issue: Issue) =>
    issue.input === undefined ? `Fältet saknas men måste fyllas i: ${label}` : `${otherwise} (${label})`;
}

/** Required, non-empty text. */
export function text(label: string) {
  return z
    .string({ error: missingOr(label, 'Ska vara text') })
    .trim()
    .min(1, { error: `Fältet är tomt men måste fyllas i: ${label}` })
    .describe(label);
}

/** A partial ISO date: `2022`, `2020-12` or `2021-12-07`. */
export function partialDate(label: string) {
  return z
    .preprocess(
      normalizeDateInput,
      z.string({ error: missingOr(label, 'Ska vara ett datum i formen ÅÅÅÅ, ÅÅÅÅ-MM eller ÅÅÅÅ-MM-DD') }).superRefine((value, ctx) => {
        const problem = partialDateProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    )
    .describe(label);
}

/** A full day, `2026-11-22`, for publication and change dates. */
export function day(label: string) {
  return z
    .preprocess(
      normalizeDateInput,
      z.string({ error: missingOr(label, 'Ska vara ett datum i formen ÅÅÅÅ-MM-DD') }).superRefine((value, ctx) => {
        const problem = partialDateProblem(value) ?? (/^\d{4}-\d{2}-\d{2}$/.test(value) ? null : `"${value}" måste vara ett helt datum, ÅÅÅÅ-MM-DD.`);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    )
    .describe(label);
}

export function season() {
  return z
    .enum(SEASONS, { error: `Årstiden måste vara en av: ${SEASONS.join(', ')}.` })
    .optional()
    .describe('Årstid när bara året är känt (var, sommar, host, vinter), t.ex. "var" för våren 2022.');
}

/** An amount of money or a share: a number, zero or more. */
export function amount(label: string) {
  return z
    .number({
      error: (issue: Issue) =>
        issue.input === undefined
          ? `Fältet saknas men måste fyllas i: ${label}`
          : `"${String(issue.input)}" är inte ett tal. Skriv bara siffror, utan mellanslag och enhet, t.ex. 375000 (${label})`,
    })
    .min(0, { error: `Beloppet kan inte vara negativt (${label})` })
    .describe(label);
}

/** One or more sources, by their id in content/kallor/. */
export function sources(label = 'Källor: id för dokumenten i content/kallor/ som uppgifterna kommer från') {
  const message = `Ange minst en källa: ${label}`;
  return z
    .array(reference('kallor'), {
      error: (issue: Issue) => (issue.input === undefined ? `Fältet saknas men måste fyllas i. ${message}` : `Ska vara en lista. ${message}`),
    })
    .min(1, { error: message })
    .describe(label);
}

/** A list of references to another collection; empty when none. */
export function references<C extends 'kommuner' | 'parter' | 'forbund' | 'perspektiv' | 'kallor'>(collection: C, label: string) {
  return z
    .array(reference(collection), { error: `Ska vara en lista med id från content/${collection}/ (${label})` })
    .default([])
    .describe(label);
}

/** Publication metadata every page carries (Digg's webbriktlinjer: dates and a visible change log). */
export const pageMeta = {
  published: day('Publiceringsdatum, ÅÅÅÅ-MM-DD').optional(),
  updated: day('Senast ändrad, ÅÅÅÅ-MM-DD').optional(),
  changes: z
    .array(
      z.strictObject({
        date: day('Datum för ändringen, ÅÅÅÅ-MM-DD'),
        text: text('En rad om vad som ändrades'),
      }),
    )
    .default([])
    .describe('Ändringslogg: datum och en rad per väsentlig ändring'),
  description: z.string().trim().min(1).optional().describe('Kort beskrivning för sökmotorer och delningar (en mening)'),
};
