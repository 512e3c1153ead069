// @ts-check
import { defineConfig } from 'astro/config';
import { socialPreviews } from './src/site/social/integration.ts';
import { contentSecurityPolicies } from './src/site/csp/integration.ts';
import { releasePageCache } from './src/site/releases/integration.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://link-and-match-cilegon.github.io',
  base: process.env.BASE_PATH ?? '/',
  output: 'static',
  trailingSlash: 'always',
  i18n: {
    locales: ['id', 'en'],
    defaultLocale: 'id',
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  // The policies go after the previews: they hash each page's finished bytes. The release page cache
  // goes last: it stores and restores release pages as finished, previews and policies included.
  integrations: [socialPreviews(), contentSecurityPolicies(), releasePageCache()],
});
