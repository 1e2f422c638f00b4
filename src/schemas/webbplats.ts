import { z } from 'astro/zod';
import { ref } from './fields';

/** An address, or "" while none is published. */
function addressOrEmpty(kind: 'email' | 'url', what: string, label: string) {
  const error = `Ange ${what}, eller lämna fältet tomt ("").`;
  const address = kind === 'email' ? z.email({ error }) : z.url({ protocol: /^https$/, error });
  return z
    .union([z.literal(''), address], { error })
    .default('')
    .describe(label);
}

/** Site settings the publisher fills in; empty text means "not published yet". */
export const settingsSchema = z.strictObject({
  forbund: ref('forbund', 'Förbundet som webbplatsen handlar om, id i content/forbund/'),
  guidePage: ref('sidor', 'Sidan "Vart vänder jag mig?" som visas på varje kommunsida, id i content/sidor/'),
  contactEmail: addressOrEmpty(
    'email',
    'en hel e-postadress, t.ex. namn@exempel.se',
    'E-postadress dit man kan anmäla brister i tillgängligheten',
  ),
  contactUrl: addressOrEmpty('url', 'en hel webbadress som börjar med https://', 'Webbsida med kontaktformulär'),
});
