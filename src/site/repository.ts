// Where the site points people for the project's own documents, and when it is rebuilt — read from
// the build's environment and the publishing workflow, so the pages never restate them by hand.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The repository's web address in GitHub Actions (GITHUB_SERVER_URL, GITHUB_REPOSITORY); undefined elsewhere. */
export function repositoryUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}` : undefined;
}

/** A file of the repository on its default branch, or undefined when the repository is not known. */
export function repositoryFileUrl(file: string, env: Record<string, string | undefined> = process.env): string | undefined {
  const repo = repositoryUrl(env);
  return repo ? `${repo}/blob/HEAD/${file}` : undefined;
}

export const PUBLISH_WORKFLOW = '.github/workflows/publish.yml';

/** The daily rebuild's time in WIB (UTC+7), `05.23`, from a cron line `M H * * *` (UTC); undefined without one. */
export function dailyRebuildWib(workflow: string): string | undefined {
  const cron = /cron:\s*'(\d+) (\d+) \* \* \*'/.exec(workflow);
  if (!cron) return undefined;
  const minutes = (Number(cron[2]) * 60 + Number(cron[1]) + 7 * 60) % (24 * 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}.${String(minutes % 60).padStart(2, '0')}`;
}

export function publishWorkflowText(): string {
  const file = resolve(PUBLISH_WORKFLOW);
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}
