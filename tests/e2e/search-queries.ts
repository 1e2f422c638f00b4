/**
 * The search query set: queries written the way the site's three kinds of
 * reader type them (invånare: a citizen; personal: staff at a kommun,
 * Arbetsförmedlingen, Försäkringskassan or the region; journalist), each with
 * the page that answers it. Where two pages answer equally well (a question
 * both /om/ and /fragor-och-svar/ answer), either may be the one among the
 * first three. Chosen for what readers ask and what the pages say, not for
 * what the engine happens to find: a miss is a fault of the search.
 *
 * NOTHING lists words that must find little or nothing: nonsense, words that
 * begin like the site's words, names and subjects the site does not cover.
 */

export type Reader = 'invånare' | 'personal' | 'journalist';
export type Kind =
  | 'namn'
  | 'böjd form'
  | 'fråga'
  | 'felstavat'
  | 'utan å/ä/ö'
  | 'engelska'
  | 'sammansatt'
  | 'siffror'
  | 'flera ord'
  | 'vardagsord'
  | 'ordlista';

export interface QueryCase {
  query: string;
  reader: Reader;
  kind: Kind;
  /** The page that answers (or, rarely, pages that answer equally well): one must be among the first three. */
  expected: string[];
  /** Among the first this many instead of three: a bare figure that several pages state word for word. */
  within?: number;
}

const q = (query: string, reader: Reader, kind: Kind, ...expected: string[]): QueryCase => ({ query, reader, kind, expected });

export const QUERIES: QueryCase[] = [
  // Names and other names of the things the site is about
  q('Norra Västmanland', 'journalist', 'namn', '/forbund/norra-vastmanland/'),
  q('Norra Västmanlands samordningsförbund', 'journalist', 'namn', '/forbund/norra-vastmanland/'),
  q('Samordningsförbundet Västerås', 'journalist', 'namn', '/forbund/vasteras/'),
  q('Västra Mälardalen', 'personal', 'namn', '/forbund/vastra-malardalen/'),
  q('Köpings kommun', 'invånare', 'namn', '/kommuner/koping/'),
  q('Sala', 'invånare', 'namn', '/kommuner/sala/'),
  q('Region Västmanland', 'personal', 'namn', '/parter/region-vastmanland/'),
  q('landstinget', 'invånare', 'namn', '/parter/region-vastmanland/'),
  q('Försäkringskassan', 'invånare', 'namn', '/parter/forsakringskassan/'),
  q('lösningsfokus', 'personal', 'namn', '/insatser/losningsfokus/'),
  q('7-20', 'personal', 'namn', '/insatser/sju-tjugo/'),
  q('KlarFramtid', 'personal', 'namn', '/insatser/klarframtid/'),
  q('samverkansmedel', 'personal', 'namn', '/insatser/samverkansmedel/'),
  q('individens perspektiv', 'personal', 'namn', '/perspektiv/individ/'),
  q('ekonomi', 'journalist', 'namn', '/ekonomi/'),
  q('tillgänglighet', 'invånare', 'namn', '/tillganglighet/'),
  q('lättläst', 'invånare', 'namn', '/lattlast/'),
  q('Finsam-lagen', 'journalist', 'namn', '/kallor/finsam-lagen/'),
  q('länsförbundet', 'journalist', 'namn', '/forbund/vastmanland/'),
  q('Köping', 'invånare', 'namn', '/kommuner/koping/'),
  q('Skinnskatteberg', 'invånare', 'namn', '/kommuner/skinnskatteberg/'),
  q('Hallstahammar', 'invånare', 'namn', '/kommuner/hallstahammar/'),
  q('Arbetsförmedlingen', 'invånare', 'namn', '/parter/arbetsformedlingen/'),
  q('#KlarFramtid', 'personal', 'namn', '/insatser/klarframtid/'),
  q('avsiktsförklaring', 'journalist', 'namn', '/kallor/avsiktsforklaring/'),
  q('tillgänglighetsredogörelse', 'invånare', 'namn', '/tillganglighet/'),
  // Inflected forms
  q('köpings', 'invånare', 'böjd form', '/kommuner/koping/'),
  q('perspektivet individ', 'personal', 'böjd form', '/perspektiv/individ/'),
  q('parternas perspektiv', 'personal', 'böjd form', '/perspektiv/parter/'),
  q('samhällets', 'journalist', 'böjd form', '/perspektiv/samhalle/'),
  q('likvidationen', 'journalist', 'böjd form', '/tidslinje/2024-01-01-likvidation-vasteras-vastra-malardalen/'),
  // Glossary terms
  q('finsam', 'invånare', 'ordlista', '/ordlista/'),
  q('förbundsordning', 'personal', 'ordlista', '/ordlista/'),
  q('förbundschef', 'journalist', 'ordlista', '/ordlista/'),
  q('myndighetsutövning', 'personal', 'ordlista', '/ordlista/'),
  q('strukturell insats', 'personal', 'ordlista', '/ordlista/'),
  q('eget kapital', 'journalist', 'ordlista', '/ordlista/'),
  // Questions
  q('vad gör förbundet', 'invånare', 'fråga', '/om/'),
  q('vad är ett samordningsförbund', 'invånare', 'fråga', '/om/', '/fragor-och-svar/'),
  q('kan jag få hjälp av förbundet', 'invånare', 'fråga', '/fragor-och-svar/', '/vart-vander-jag-mig/'),
  q('hur söker jag stöd', 'invånare', 'fråga', '/fragor-och-svar/', '/vart-vander-jag-mig/'),
  q('vem äger förbundet', 'journalist', 'fråga', '/fragor-och-svar/', '/om/'),
  q('vem betalar för förbundet', 'journalist', 'fråga', '/fragor-och-svar/', '/om/', '/ekonomi/'),
  q('hur mycket kostar det', 'journalist', 'fråga', '/ekonomi/'),
  q('vilka kommuner är med', 'invånare', 'fråga', '/kommuner/', '/om/'),
  q(
    'när bildades förbundet',
    'journalist',
    'fråga',
    '/tidslinje/2024-01-01-lansforbundet-startar/',
    '/fragor-och-svar/',
    '/forbund/vastmanland/',
  ),
  q('varför slogs förbunden ihop', 'journalist', 'fråga', '/perspektiv/', '/fragor-och-svar/'),
  q('vilken ålder gäller', 'invånare', 'fråga', '/fragor-och-svar/', '/om/'),
  q('vem ska jag kontakta', 'invånare', 'fråga', '/vart-vander-jag-mig/'),
  // Everyday words for the site's terms
  q('jobb', 'invånare', 'vardagsord', '/vart-vander-jag-mig/', '/om/'),
  q('arbetslös', 'invånare', 'vardagsord', '/vart-vander-jag-mig/', '/parter/arbetsformedlingen/'),
  q('vårdcentralen', 'invånare', 'vardagsord', '/parter/region-vastmanland/'),
  q('budget 2024', 'journalist', 'vardagsord', '/ekonomi/'),
  q('pengar', 'journalist', 'vardagsord', '/ekonomi/'),
  q('lätt svenska', 'invånare', 'vardagsord', '/lattlast/'),
  q('ladda ner data', 'journalist', 'vardagsord', '/data/'),
  q('historik', 'journalist', 'vardagsord', '/tidslinje/'),
  // Misspelt
  q('samordnigsförbund', 'invånare', 'felstavat', '/ordlista/', '/om/', '/fragor-och-svar/'),
  q('arbetsförmedligen', 'invånare', 'felstavat', '/parter/arbetsformedlingen/'),
  q('försäkringskasan', 'invånare', 'felstavat', '/parter/forsakringskassan/'),
  q('hallstahamar', 'invånare', 'felstavat', '/kommuner/hallstahammar/'),
  q('skinskatteberg', 'invånare', 'felstavat', '/kommuner/skinnskatteberg/'),
  q('köpping', 'invånare', 'felstavat', '/kommuner/koping/'),
  q('ekonmi', 'journalist', 'felstavat', '/ekonomi/'),
  q('lösningsfoksu', 'personal', 'felstavat', '/insatser/losningsfokus/'),
  // Without å, ä, ö
  q('vasteras samordningsforbund', 'journalist', 'utan å/ä/ö', '/forbund/vasteras/'),
  q('vastra malardalen', 'personal', 'utan å/ä/ö', '/forbund/vastra-malardalen/'),
  q('arbetsformedlingen', 'invånare', 'utan å/ä/ö', '/parter/arbetsformedlingen/'),
  q('fragor och svar', 'invånare', 'utan å/ä/ö', '/fragor-och-svar/'),
  q('tillganglighet', 'invånare', 'utan å/ä/ö', '/tillganglighet/'),
  q('vasteras', 'invånare', 'utan å/ä/ö', '/kommuner/vasteras/'),
  q('kopings', 'invånare', 'utan å/ä/ö', '/kommuner/koping/'),
  q('kungsor', 'invånare', 'utan å/ä/ö', '/kommuner/kungsor/'),
  q('forsakringskassan', 'invånare', 'utan å/ä/ö', '/parter/forsakringskassan/'),
  q('lattlast', 'invånare', 'utan å/ä/ö', '/lattlast/'),
  // English
  q('english', 'invånare', 'engelska', '/in-english/'),
  q('unemployed', 'invånare', 'engelska', '/in-english/'),
  q('coordination association', 'journalist', 'engelska', '/in-english/'),
  q('what is finsam', 'journalist', 'engelska', '/in-english/'),
  q('who pays', 'journalist', 'engelska', '/in-english/'),
  q('help finding a job', 'invånare', 'engelska', '/in-english/'),
  q('in English', 'invånare', 'engelska', '/in-english/'),
  // Parts of compounds
  q('rehabilitering', 'personal', 'sammansatt', '/om/', '/ordlista/'),
  q(
    'medlemssamråd',
    'personal',
    'sammansatt',
    '/tidslinje/2020-12-lansmedlemssamradet-beslutar/',
    '/tidslinje/2021-12-07-lansmedlemssamrad/',
    '/ordlista/',
  ),
  q('nätverksträffar', 'personal', 'sammansatt', '/insatser/kommunvisa-natverkstraffar/'),
  q('uppföljning', 'journalist', 'sammansatt', '/tidslinje/2026-uppfoljning-av-reformen/'),
  // The glossary has "ordning" only inside "förbundsordning", one of its terms.
  q('ordning', 'personal', 'sammansatt', '/ordlista/'),
  q('nätverk', 'personal', 'sammansatt', '/insatser/kommunvisa-natverkstraffar/'),
  q('samverkan medel', 'personal', 'sammansatt', '/insatser/samverkansmedel/'),
  // Figures
  q('500 000 kronor', 'journalist', 'siffror', '/ekonomi/'),
  q('kommunkod 1983', 'journalist', 'siffror', '/kommuner/koping/'),
  q('75 samordningsförbund', 'journalist', 'siffror', '/om/', '/fragor-och-svar/'),
  q('1 januari 2024', 'journalist', 'siffror', '/tidslinje/2024-01-01-lansforbundet-startar/'),
  // Köping's fee is stated, with its source, on the kommun page, the source and every insats page that names Köping:
  // the shorter insats pages rank first, so these two are asked among the first eight.
  { ...q('375 000 kronor Köping', 'journalist', 'siffror', '/kommuner/koping/'), within: 8 },
  { ...q('375 000', 'journalist', 'siffror', '/kallor/tjanstemannayttrande-koping/'), within: 8 },
  q('500 000', 'journalist', 'siffror', '/ekonomi/'),
  q('2003:1210', 'journalist', 'siffror', '/kallor/finsam-lagen/'),
  // Several words
  q('insatser i Köping', 'invånare', 'flera ord', '/kommuner/koping/'),
  q('avsiktsförklaringen undertecknas', 'journalist', 'flera ord', '/tidslinje/2022-avsiktsforklaringen-undertecknas/'),
  q('kompetensutveckling för chefer', 'personal', 'flera ord', '/insatser/kompetensutveckling-chefer/'),
  q('interimistisk styrelse', 'journalist', 'flera ord', '/tidslinje/2023-05-01-interimistisk-styrelse/'),
  q('lokala ägarmöten', 'journalist', 'flera ord', '/tidslinje/2022-04-lokala-agarmoten/'),
  q('vart vänder jag mig', 'invånare', 'flera ord', '/vart-vander-jag-mig/'),
  q('frågor och svar', 'invånare', 'flera ord', '/fragor-och-svar/'),
];

export interface NothingCase {
  query: string;
  /** Why a reader might type it. */
  why: string;
  /** At most this many results. */
  atMost: number;
}

const none = (query: string, why: string, atMost = 0): NothingCase => ({ query, why, atMost });

export const NOTHING: NothingCase[] = [
  none('nykomlingen', 'begins like "ny…"'),
  none('kalle', 'a name; begins like "källa" without its dots'),
  none('xyzzy', 'nonsense'),
  none('qwerty', 'nonsense'),
  none('fotboll', 'a subject the site does not cover'),
  none('skatteverket', 'an authority the site does not cover; begins like "Skinnskatteberg"'),
  none('polisen', 'an authority the site does not cover'),
  none('Uppsala', 'a town outside the county'),
  none('Stockholm', 'a town outside the county'),
  none('kalas', 'begins like "kallas"'),
  none('förbundsstämma', 'a word the site does not use, though it begins like "förbund"'),
  none('bananer', 'nonsense for this site'),
];
