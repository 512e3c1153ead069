// @ts-check
import { defineConfig } from 'astro/config';
import { contentSecurityPolicies } from './src/site/csp/integration.ts';
import { releasePageCache } from './src/site/releases/integration.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://link-and-match-cilegon.github.io',
  base: process.env.BASE_PATH ?? '/',
  output: 'static',
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  // The policies hash each page's finished bytes. The release page cache goes last: it stores and
  // restores release pages as finished, previews and policies included.
  integrations: [contentSecurityPolicies(), releasePageCache()],
});
