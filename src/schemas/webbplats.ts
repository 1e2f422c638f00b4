import { z } from 'astro/zod';

/** Site settings the publisher fills in; empty text means "not published yet". */
export const settingsSchema = z.strictObject({
  contactEmail: z
    .union([z.literal(''), z.email({ error: 'Ange en hel e-postadress, t.ex. namn@exempel.se, eller lämna fältet tomt ("").' })])
    .default('')
    .describe('E-postadress dit man kan anmäla brister i tillgängligheten'),
  contactUrl: z
    .union([z.literal(''), z.url({ error: 'Ange en hel webbadress som börjar med https://, eller lämna fältet tomt ("").' })])
    .default('')
    .describe('Webbsida med kontaktformulär'),
});
