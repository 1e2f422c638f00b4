/** The components MDX bodies may use without importing them. */
import Kalla from '@/components/citat/Kalla.astro';
import ContactRoute from './ContactRoute.astro';
import ProseLink from './ProseLink.astro';

export const proseComponents = { Kalla, Kontaktvag: ContactRoute, a: ProseLink };
