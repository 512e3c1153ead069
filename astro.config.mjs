// @ts-check
import { defineConfig } from 'astro/config';
import { contentSecurityPolicies } from './src/site/csp/integration.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://link-and-match-cilegon.github.io',
  base: process.env.BASE_PATH ?? '/',
  output: 'static',
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  // The policies hash each page's finished bytes.
  integrations: [contentSecurityPolicies()],
});
