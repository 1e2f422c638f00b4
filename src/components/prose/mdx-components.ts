/** The MDX component map: the components an MDX body may use without importing them, by the names editors write. */
import Kalla from '@/components/kalla/Kalla.astro';
import ContactRoute from './ContactRoute.astro';
import ProseLink from './ProseLink.astro';

export const mdxComponents = { Kalla, Kontaktvag: ContactRoute, a: ProseLink };
