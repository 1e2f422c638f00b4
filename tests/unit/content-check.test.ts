import { describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/content';

const page = (filePath: string, body: string) => ({
  collection: 'sidor',
  id: 'prov',
  filePath,
  data: {},
  body,
  raw: `---\ntitle: Prov\n---\n\n${body}`,
});

describe('the content check', () => {
  it('stops at raw HTML in a .md file too, with the line in the file', () => {
    expect(() => checkContent([page('content/sidor/prov.md', 'Text.\n\n<script>alert(1)</script>\n')])).toThrow(
      /- content\/sidor\/prov\.md, rad 7: <script> får inte stå i texten/,
    );
  });

  it('lets Markdown and the site’s components through', () => {
    expect(() => checkContent([page('content/sidor/prov.mdx', 'Text med [en länk](/kommuner/koping/).\n')])).not.toThrow();
  });
});
