// After the build: every HTML page gets its Content-Security-Policy (policy.ts), computed from the
// page's finished bytes.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { withContentSecurityPolicy } from './policy.ts';

export function contentSecurityPolicies(): AstroIntegration {
  return {
    name: 'lmc-content-security-policy',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = readdirSync(out, { withFileTypes: true, recursive: true })
          .filter((e) => e.isFile() && e.name.endsWith('.html'))
          .map((e) => path.join(e.parentPath, e.name));
        for (const file of pages) writeFileSync(file, withContentSecurityPolicy(readFileSync(file, 'utf8')));
        logger.info(`a Content-Security-Policy in ${pages.length} pages`);
      },
    },
  };
}
