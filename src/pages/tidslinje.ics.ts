import type { APIRoute } from 'astro';
import { getSiteContent } from '@/lib/content';
import { icsFeed } from '@/lib/page-data';

/** The timeline as a calendar: one all-day event per event dated to the day (see src/lib/feeds.ts). */
export const GET: APIRoute = async ({ site }) =>
  new Response(icsFeed(await getSiteContent(), site), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
