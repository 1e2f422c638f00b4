import { defineCollection } from 'astro:content';
import { DATA_EXTENSIONS, TEXT_EXTENSIONS, fileLoader, folderLoader } from '@/lib/content-loaders';
import { RESERVED_SEGMENTS } from '@/lib/paths';
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
import { sourceTextSchema } from '@/schemas/kalltexter';

const texts = (name: string, reserved?: readonly string[]) => folderLoader(name, TEXT_EXTENSIONS, reserved);
const data = (name: string) => folderLoader(name, DATA_EXTENSIONS);

export const collections = {
  kallor: defineCollection({ loader: texts('kallor'), schema: sourceSchema }),
  kalltexter: defineCollection({ loader: data('kalltexter'), schema: sourceTextSchema }),
  forbund: defineCollection({ loader: texts('forbund'), schema: forbundSchema }),
  parter: defineCollection({ loader: texts('parter'), schema: partySchema }),
  kommuner: defineCollection({ loader: texts('kommuner'), schema: municipalitySchema }),
  perspektiv: defineCollection({ loader: texts('perspektiv'), schema: perspectiveSchema }),
  tidslinje: defineCollection({ loader: texts('tidslinje'), schema: eventSchema }),
  insatser: defineCollection({ loader: texts('insatser'), schema: insatsSchema }),
  bidrag: defineCollection({ loader: data('bidrag'), schema: seriesSchema }),
  ordlista: defineCollection({ loader: data('ordlista'), schema: termSchema }),
  sidor: defineCollection({ loader: texts('sidor', RESERVED_SEGMENTS), schema: pageSchema }),
  nyckeltal: defineCollection({ loader: fileLoader('content/webbplats/nyckeltal.yaml'), schema: keyFigureSchema }),
  webbplats: defineCollection({ loader: fileLoader('content/webbplats/installningar.yaml'), schema: settingsSchema }),
};
