// @ts-check
import { defineConfig } from 'astro/config';
import { contentSecurityPolicies } from './src/site/csp/integration.ts';
import { previousOutputAside } from './src/site/previous-output.ts';
import { releasePageCache } from './src/site/releases/integration.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://link-and-match-cilegon.github.io',
  base: process.env.BASE_PATH ?? '/',
  output: 'static',
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  // The policies hash each page's finished bytes. The release page cache comes after them: it stores and
  // restores release pages as finished, previews and policies included. The previous output is
  // deleted while the site renders; the build's end waits for it after everything else.
  integrations: [contentSecurityPolicies(), releasePageCache(), previousOutputAside()],
});
