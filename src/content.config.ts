import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { createIdGenerator } from '@/lib/entry-id';
import { sourceSchema } from '@/schemas/kallor';
import { forbundSchema } from '@/schemas/forbund';
import { partySchema } from '@/schemas/parter';
import { municipalitySchema } from '@/schemas/kommuner';
import { perspectiveSchema } from '@/schemas/perspektiv';
import { eventSchema } from '@/schemas/tidslinje';
import { insatsSchema } from '@/schemas/insatser';
import { seriesSchema } from '@/schemas/bidrag';
import { termSchema } from '@/schemas/ordlista';
import { pageSchema } from '@/schemas/sidor';
import { settingsSchema } from '@/schemas/webbplats';
import { keyFigureSchema } from '@/schemas/nyckeltal';

function folder(name: string, pattern = '**/*.{md,mdx}') {
  const base = `./content/${name}`;
  return glob({ pattern, base, generateId: createIdGenerator(base) });
}

const data = (name: string) => folder(name, '**/*.{yaml,yml,json}');

export const collections = {
  kallor: defineCollection({ loader: folder('kallor'), schema: sourceSchema }),
  forbund: defineCollection({ loader: folder('forbund'), schema: forbundSchema }),
  parter: defineCollection({ loader: folder('parter'), schema: partySchema }),
  kommuner: defineCollection({ loader: folder('kommuner'), schema: municipalitySchema }),
  perspektiv: defineCollection({ loader: folder('perspektiv'), schema: perspectiveSchema }),
  tidslinje: defineCollection({ loader: folder('tidslinje'), schema: eventSchema }),
  insatser: defineCollection({ loader: folder('insatser'), schema: insatsSchema }),
  bidrag: defineCollection({ loader: data('bidrag'), schema: seriesSchema }),
  ordlista: defineCollection({ loader: data('ordlista'), schema: termSchema }),
  sidor: defineCollection({ loader: folder('sidor'), schema: pageSchema }),
  nyckeltal: defineCollection({ loader: file('./content/webbplats/nyckeltal.yaml'), schema: keyFigureSchema }),
  webbplats: defineCollection({ loader: file('./content/webbplats/installningar.yaml'), schema: settingsSchema }),
};
