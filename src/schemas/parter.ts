import { sources, text, pageFields } from './fields';

export const partySchema = pageFields({
  name: text('Partens namn'),
  sources: sources(),
});
