import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dailyRebuildWib, repositoryFileUrl } from '../../../src/site/repository.ts';

describe("the updating page's facts", () => {
  it("reads the daily rebuild from the workflow's cron, in WIB, as the README says it", () => {
    const workflow = readFileSync('.github/workflows/publish.yml', 'utf8');
    expect(dailyRebuildWib(workflow)).toBe('05.23');
    expect(readFileSync('README.md', 'utf8')).toContain('05.23 WIB');
    expect(dailyRebuildWib("    - cron: '45 18 * * *'")).toBe('01.45');
    expect(dailyRebuildWib('on: push')).toBeUndefined();
  });

  it('links documents only where the repository is known (GitHub Actions says it)', () => {
    expect(repositoryFileUrl('docs/input-format.md', { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'org/repo' })).toBe(
      'https://github.com/org/repo/blob/HEAD/docs/input-format.md',
    );
    expect(repositoryFileUrl('docs/input-format.md', {})).toBeUndefined();
  });
});
