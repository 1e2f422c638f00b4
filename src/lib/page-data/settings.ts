/** Entries that the publisher's settings (content/webbplats/installningar.yaml) point at. */
import type { Forbund, SiteContent } from '../entries';
import { resolveRef } from './resolve';

/** The förbund the site is about. */
export function settingsForbund(content: SiteContent): Forbund {
  const forbund = resolveRef(content.settings.forbund, content.forbund);
  if (!forbund)
    throw new Error(
      `content/webbplats/installningar.yaml: fältet forbund pekar på "${content.settings.forbund.id}", som inte finns i content/forbund/.`,
    );
  return forbund;
}
