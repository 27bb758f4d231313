/**
 * Which strings a page may make a link of. Bundle URLs are limited by the schema to http,
 * https and mailto; a contact address links only when it is, as a whole, an email address
 * or a web address. Both renderers check every link through `isPageUrl` before making one.
 */

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

const WEB = /^https?:\/\/[^\s<>"'`]+$/i;

const PAGE_URL = /^(?:https?:\/\/|mailto:)[^\s<>"'`]+$/i;

/** The link a contact address makes (`mailto:` for an email address), or null when it is no whole address. */
export function contactUrl(address: string): string | null {
  return EMAIL.test(address) ? `mailto:${address}` : WEB.test(address) ? address : null;
}

/** Whether `url` may be a link's target on a page: http, https or mailto, with no white space or quote in it. */
export function isPageUrl(url: string): boolean {
  return PAGE_URL.test(url);
}
