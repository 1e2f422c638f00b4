import { describe, expect, it } from 'vitest';
import { gapItems, splitProse } from '@/lib/prose-sections';

const html =
  '<div class="prose" data-x><p>Svar först.</p><h2 id="a">Förr</h2><p>Historia.</p>' +
  '<h2 id="g">Det här säger källorna inte</h2><ul><li>Hur mycket.</li><li>När.</li></ul><h2>Sist</h2><p>Mer.</p></div>';

describe('splitting a body so that the page answers first', () => {
  it('gives the text before the first heading, the other sections, and the gaps section apart', () => {
    expect(splitProse(html)).toEqual({
      open: '<div class="prose" data-x>',
      intro: '<p>Svar först.</p>',
      rest: '<h2 id="a">Förr</h2><p>Historia.</p><h2>Sist</h2><p>Mer.</p>',
      gaps: '<ul><li>Hur mycket.</li><li>När.</li></ul>',
    });
  });

  it('keeps a body without headings whole, and gathers gaps written as lists or paragraphs', () => {
    expect(splitProse('<div class="prose"><p>Bara text.</p></div>')).toMatchObject({ intro: '<p>Bara text.</p>', rest: '', gaps: '' });
    expect(gapItems('<ul><li>Ett.</li></ul><p>Två.</p>')).toEqual(['Ett.', 'Två.']);
  });
});
