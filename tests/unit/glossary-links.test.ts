import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import glossaryLinks from '../../src/integrations/glossary-links';

const terms = [
  { id: 'finsam', forms: ['Finsam', 'finansiell samordning'] },
  { id: 'insats', forms: ['insats', 'insatsen', 'insatser'] },
];

async function render(markdown: string, frontmatter: Record<string, unknown> = {}) {
  // The data Astro hands every document; the plugin reads the frontmatter from it.
  const astro = { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const result = await markdownToHtml(markdown, { hastPlugins: [glossaryLinks(terms)], data: { astro } });
  return result.html;
}

describe('glossary links (Sätteri plugin)', () => {
  it('links the first use of each term only, inflected forms included', async () => {
    const html = await render('Finsam betyder finansiell samordning. Insatsen är en insats.\n\nFinsam igen.');
    expect(html.match(/<a [^>]*href="\/ordlista\/#finsam"/g)).toHaveLength(1);
    expect(html.match(/<a [^>]*href="\/ordlista\/#insats"/g)).toHaveLength(1);
    expect(html).toContain('<a href="/ordlista/#insats" class="term">Insatsen</a>');
  });

  it('leaves headings, links and code alone and links the term later in the text', async () => {
    const html = await render('## Om Finsam\n\n[Finsam](https://example.org) och `Finsam`.\n\nHär gäller Finsam.');
    expect(html).toContain('<h2>Om Finsam</h2>');
    expect(html.match(/class="term"/g)).toHaveLength(1);
    expect(html).toContain('Här gäller <a href="/ordlista/#finsam" class="term">Finsam</a>.');
  });

  it('skips pages in English', async () => {
    expect(await render('Finsam is Swedish.', { lang: 'en' })).not.toContain('class="term"');
  });

  it('keeps separate pages separate: each page links its own first use', async () => {
    expect(await render('Finsam.')).toContain('class="term"');
    expect(await render('Finsam.')).toContain('class="term"');
  });
});
