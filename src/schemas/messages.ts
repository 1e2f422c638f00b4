/**
 * Swedish error messages for every schema, in words an editor understands.
 *
 * Astro parses each entry with its own English error map, and zod ranks that
 * above the global config for wrong types and unions. So the field builders in
 * fields.ts attach `fieldError(label)` to each field themselves, and the global
 * map set here (when fields.ts is first imported) covers what Astro leaves to
 * zod: unknown keys, short lists, values outside a list. Anything else falls
 * back to zod's own Swedish locale.
 */
import { z } from 'astro/zod';

type Issue = z.core.$ZodRawIssue;

const TYPE: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'true eller false',
  array: 'en lista',
  object: 'en grupp fält på indragna rader',
};

/** The value as the editor wrote it, shortly. */
function shown(input: unknown): string {
  if (input === null) return 'tomt';
  if (typeof input === 'string') return `"${input}"`;
  if (Array.isArray(input)) return `listan ${JSON.stringify(input)}`;
  if (input instanceof Date) return input.toISOString().slice(0, 10);
  if (typeof input === 'object') return 'en grupp fält';
  return String(input);
}

function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[b.length] ?? 0;
}

/** The allowed key a misspelt one most likely meant, if any is close. */
export function closestKey(key: string, allowed: readonly string[]): string | undefined {
  const scored = allowed.map((name) => ({ name, d: distance(key.toLowerCase(), name.toLowerCase()) }));
  const best = scored.sort((a, b) => a.d - b.d)[0];
  return best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? best.name : undefined;
}

function unknownKeys(keys: readonly string[], inst: unknown): string {
  const shape = (inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape ?? {};
  const allowed = Object.keys(shape);
  const named = keys.map((key) => {
    const guess = closestKey(key, allowed);
    return guess ? `"${key}" (menade du "${guess}"?)` : `"${key}"`;
  });
  return `${keys.length === 1 ? 'Fältet' : 'Fälten'} ${named.join(', ')} finns inte. Fälten som finns här: ${allowed.join(', ')}.`;
}

/** A Swedish message for any issue; `label` is the field's description, `expected` what it should hold. */
export function swedishMessage(issue: Issue, label?: string, expected?: string): string | undefined {
  const input = issue.input;
  const about = label ? ` (${label})` : '';
  switch (issue.code) {
    case 'invalid_type':
    case 'invalid_union':
      if (input === undefined) return `Fältet saknas men måste fyllas i${label ? `: ${label}` : '.'}`;
      return `Ska vara ${expected ?? TYPE[String('expected' in issue ? issue.expected : '')] ?? 'något annat'}, inte ${shown(input)}${about}.`;
    case 'unrecognized_keys':
      return unknownKeys(issue.keys, issue.inst);
    case 'invalid_value':
      if (issue.values.length === 1) return `Ska vara ${shown(issue.values[0])}, inte ${shown(input)}${about}.`;
      return `${shown(input)} går inte att välja. Skriv ett av: ${issue.values.map(String).join(', ')}${about}.`;
    case 'too_small':
      if (issue.origin === 'array')
        return `Listan måste ha minst ${issue.minimum} ${Number(issue.minimum) === 1 ? 'värde' : 'värden'}${about}.`;
      if (issue.origin === 'string') return `Fältet är tomt men måste fyllas i${label ? `: ${label}` : '.'}`;
      return `Värdet måste vara minst ${issue.minimum}, inte ${shown(input)}${about}.`;
    case 'too_big':
      if (issue.origin === 'array') return `Listan får ha högst ${issue.maximum} värden${about}.`;
      if (issue.origin === 'string') return `Texten får vara högst ${issue.maximum} tecken${about}.`;
      return `Värdet får vara högst ${issue.maximum}, inte ${shown(input)}${about}.`;
    case 'invalid_format':
      if (issue.format === 'url') return `${shown(input)} är ingen hel webbadress. Skriv den med https://${about}.`;
      if (issue.format === 'email') return `${shown(input)} är ingen e-postadress. Skriv den som namn@exempel.se${about}.`;
      return `${shown(input)} är skrivet på fel sätt${about}.`;
    default:
      return undefined;
  }
}

/** The error option for one field: `z.string({ error: fieldError('Säte') })`. */
export function fieldError(label: string, expected?: string) {
  return (issue: Issue) => swedishMessage(issue, label, expected);
}

z.config({ ...z.locales.sv(), customError: (issue) => swedishMessage(issue) });
