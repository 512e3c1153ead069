// The publishing workflow: valid against GitHub's workflow schema (SchemaStore's github-workflow.json,
// through @action-validator/core), shaped so a refused data build never deploys, every build step in
// scripts/ci-publish.sh, and the README's "Updating the data" section saying the same.
import { validateWorkflow } from '@action-validator/core';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SOURCE = readFileSync(path.join(ROOT, '.github/workflows/publish.yml'), 'utf8');
const WORKFLOW = parse(SOURCE);
const SCRIPT = readFileSync(path.join(ROOT, 'scripts/ci-publish.sh'), 'utf8');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

/** The README section from its heading to the next `## ` heading. */
function readmeSection(heading: string): string {
  const start = README.indexOf(`\n## ${heading}\n`);
  expect(start, heading).toBeGreaterThan(0);
  const end = README.indexOf('\n## ', start + 1);
  return README.slice(start, end < 0 ? undefined : end);
}

const STEP = /scripts\/ci-publish\.sh (\w+)/g;
const buildSteps: { name?: string; uses?: string; run?: string; if?: string }[] = WORKFLOW.jobs.build.steps;
const scriptSteps = buildSteps.flatMap((s) => [...(s.run ?? '').matchAll(STEP)].map((m) => m[1]));

describe('the workflow file', () => {
  it('passes the GitHub workflow schema check', () => {
    expect(validateWorkflow(SOURCE).errors).toEqual([]);
  });

  it('would fail the schema check if it were wrong (the check is not a no-op)', () => {
    expect(
      validateWorkflow(SOURCE.replace('runs-on: ubuntu-24.04\n    # Debian', 'runs_on: ubuntu-24.04\n    # Debian')).errors,
    ).not.toEqual([]);
    expect(validateWorkflow(SOURCE.replace("cron: '23 22 * * *'", 'cron: 5')).errors).not.toEqual([]);
    expect(validateWorkflow(SOURCE.replace('  workflow_dispatch:\n', '  workflow_dispatched:\n')).errors).not.toEqual([]);
  });

  it('runs daily, on pushes to main that touch data/ or code, on exports-updated, and by hand', () => {
    expect(WORKFLOW.on.schedule).toEqual([{ cron: '23 22 * * *' }]);
    expect(WORKFLOW.on.push.branches).toEqual(['main']);
    expect(WORKFLOW.on.push.paths).toEqual(
      expect.arrayContaining(['data/**', 'src/**', 'scripts/**', 'package-lock.json', '.github/workflows/publish.yml']),
    );
    expect(WORKFLOW.on.repository_dispatch).toEqual({ types: ['exports-updated'] });
    expect(WORKFLOW.on).toHaveProperty('workflow_dispatch');
  });

  it('builds and tests with Node 24 and the npm cache, then every step through scripts/ci-publish.sh', () => {
    const setup = buildSteps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(setup).toMatchObject({ with: { 'node-version-file': '.nvmrc', cache: 'npm' } });
    expect(readFileSync(path.join(ROOT, '.nvmrc'), 'utf8').trim()).toBe('24');
    expect(scriptSteps).toEqual(['install', 'test', 'data', 'site']);
    // Each step is one the script knows, and the script knows no other.
    const known = [...SCRIPT.matchAll(/^ {2}(\w+)\) step_\w+ ;;$/gm)].map((m) => m[1]);
    expect(known).toEqual(['install', 'test', 'data', 'site', 'keep']);
  });

  it('deploys only after a successful build, one publication at a time, and builds without a token that can deploy', () => {
    expect(WORKFLOW.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
    expect(WORKFLOW.permissions).toEqual({ contents: 'read' });
    const { build, deploy } = WORKFLOW.jobs;
    expect(deploy.needs).toBe('build');
    expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy.environment.name).toBe('github-pages');
    expect(deploy.steps.map((s: { uses?: string }) => s.uses)).toEqual(['actions/deploy-pages@v4']);
    expect(build.permissions).toEqual({ contents: 'read', pages: 'read' });
    // The artifact is uploaded after the data and site steps: a refused data build stops the job before it.
    const at = (predicate: (s: (typeof buildSteps)[number]) => boolean) => buildSteps.findIndex(predicate);
    expect(at((s) => s.uses?.startsWith('actions/upload-pages-artifact@') ?? false)).toBeGreaterThan(
      at((s) => s.run === 'scripts/ci-publish.sh site'),
    );
    expect(at((s) => s.run === 'scripts/ci-publish.sh site')).toBeGreaterThan(at((s) => s.run === 'scripts/ci-publish.sh data'));
  });

  it('accepts a drop only on a manual run, through an input passed to the data step as ACCEPT_DROP (never written into the script)', () => {
    expect(WORKFLOW.on.workflow_dispatch.inputs.accept_drop).toMatchObject({ type: 'string', required: false, default: '' });
    const data = buildSteps.find((s) => s.run === 'scripts/ci-publish.sh data') as { env?: Record<string, string> };
    expect(data.env).toEqual({ ACCEPT_DROP: '${{ inputs.accept_drop }}' });
    expect(SOURCE.match(/inputs\.accept_drop/g)).toHaveLength(1);
    expect(SCRIPT).toContain('accept+=(--accept-drop "$dataset")');
    expect(SCRIPT).toContain('--releases data/releases "${accept[@]}"');
  });

  it('reads real exports only from the private data repository, else the sample', () => {
    const exports = buildSteps.find((s) => s.name?.includes('exports'));
    expect(exports).toMatchObject({
      if: "vars.DATA_REPOSITORY != ''",
      with: {
        repository: '${{ vars.DATA_REPOSITORY }}',
        token: '${{ secrets.DATA_REPOSITORY_TOKEN }}',
        path: 'data/exports',
        'persist-credentials': false,
      },
    });
    expect(WORKFLOW.jobs.build.env.DATA_INPUT).toBe("${{ vars.DATA_REPOSITORY != '' && 'data/exports' || 'data/sample' }}");
    expect(readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('data/exports/');
  });
});

describe('keeping each deployed publication as a release', () => {
  it('uploads the publication after the site is built and keeps it only after a deployment, the one job that may write', () => {
    const { build, 'keep-release': keep } = WORKFLOW.jobs;
    const upload = buildSteps.find((s) => s.uses?.startsWith('actions/upload-artifact@')) as { with: { name: string; path: string } };
    expect(upload.with.name).toBe('publication');
    expect(upload.with.path.trim().split('\n')).toEqual(['site-data/facts.csv', 'site-data/meta.json']);
    expect(buildSteps.indexOf(upload as never)).toBeGreaterThan(buildSteps.findIndex((s) => s.run === 'scripts/ci-publish.sh site'));
    expect(keep.needs).toBe('deploy');
    expect(keep.permissions).toEqual({ contents: 'write' });
    expect(build.permissions.contents).toBe('read');
    const steps: { uses?: string; run?: string; with?: { name?: string; path?: string } }[] = keep.steps;
    expect(steps.find((s) => s.uses?.startsWith('actions/download-artifact@'))?.with).toEqual({ name: 'publication', path: 'site-data' });
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['scripts/ci-publish.sh install', 'scripts/ci-publish.sh keep']);
  });
});

describe('the README section "Updating the data / Memperbarui data"', () => {
  const section = readmeSection('Updating the data / Memperbarui data');

  it('lists the same build steps as the workflow, in the same order', () => {
    const listed = [...new Set([...section.matchAll(STEP)].map((m) => m[1]))];
    expect(listed).toEqual([...scriptSteps, 'keep']);
  });

  it('names the triggers, the data source and the commands the workflow uses', () => {
    for (const word of [
      WORKFLOW.on.schedule[0].cron,
      'data/**',
      'workflow_dispatch',
      'repository_dispatch',
      'exports-updated',
      'DATA_REPOSITORY',
      'DATA_REPOSITORY_TOKEN',
      'data/exports/',
      'data/sample/',
      WORKFLOW.jobs.build.container,
      'github-pages',
      'npm run data:check',
      '--hide-values',
      'data/templates/',
      'accept_drop',
      'ACCEPT_DROP',
      '--accept-drop DATASET',
    ]) {
      expect(section, word).toContain(word);
    }
    // The steps named in the section for another host are the workflow's.
    for (const name of ['Find the Pages address', 'Upload the site']) {
      expect(buildSteps.map((s) => s.name)).toContain(name);
      expect(section).toContain(`\`${name}\``);
    }
    expect(SCRIPT).toContain('data:check -- "$input" --hide-values');
  });
});

describe('time limits (issue 7, item 3: no input makes the workflow run for hours)', () => {
  type Step = { name?: string; run?: string; 'timeout-minutes'?: number };
  const jobs = Object.entries(WORKFLOW.jobs as Record<string, { 'timeout-minutes'?: number; steps: Step[] }>);

  it('gives every job a time limit of at most an hour', () => {
    for (const [name, job] of jobs) {
      expect(job['timeout-minutes'], name).toBeGreaterThan(0);
      expect(job['timeout-minutes'], name).toBeLessThanOrEqual(60);
    }
  });

  it("gives every step that runs project code its own limit, within its job's", () => {
    const limits = jobs.flatMap(([job, { steps, 'timeout-minutes': jobLimit }]) =>
      steps.filter((s) => s.run !== undefined).map((s) => ({ job, step: s.name, limit: s['timeout-minutes'], jobLimit })),
    );
    expect(limits.map((l) => `${l.job}: ${l.step}`)).toEqual(
      expect.arrayContaining([
        'build: Install',
        'build: Test',
        'build: Build the data',
        'build: Build the site',
        'keep-release: Install',
        'keep-release: Keep it as a release and commit it',
      ]),
    );
    for (const l of limits) {
      expect(l.limit, `${l.job}: ${l.step}`).toBeGreaterThan(0);
      expect(l.limit, `${l.job}: ${l.step}`).toBeLessThanOrEqual(l.jobLimit!);
    }
  });
});

describe('keeping rendered release pages between runs (issue 9, target 3)', () => {
  type CacheStep = { name?: string; uses: string; with: { path: string; key: string; 'restore-keys': string } };
  const cache = buildSteps.find((s) => s.uses?.startsWith('actions/cache@')) as CacheStep | undefined;

  it('restores .cache/release-pages with the standard cache action, pinned to a major version, before the site is built', () => {
    expect(cache?.uses).toBe('actions/cache@v4');
    expect(cache?.with.path).toBe('.cache/release-pages');
    const at = (predicate: (s: (typeof buildSteps)[number]) => boolean) => buildSteps.findIndex(predicate);
    expect(at((s) => s === cache)).toBeLessThan(at((s) => s.run === 'scripts/ci-publish.sh site'));
    // The site step uses the default folder: no other folder is named for it.
    expect(SCRIPT).not.toContain('RELEASE_PAGE_CACHE');
  });

  it('keys the cache on the lock file and the code, saves a new one every run, and falls back to older ones (each entry is checked by its own key)', () => {
    const key = cache!.with.key;
    expect(key).toContain("hashFiles('package-lock.json')");
    expect(key).toContain("hashFiles('src/**')");
    // A cache is never updated under an existing key: without the run id, a release added without a
    // code change would be rendered again every day.
    expect(key.endsWith('-${{ github.run_id }}')).toBe(true);
    const restore = cache!.with['restore-keys']
      .trim()
      .split('\n')
      .map((k) => k.trim());
    expect(restore.length).toBeGreaterThanOrEqual(2);
    for (const prefix of restore) expect(key.startsWith(prefix), prefix).toBe(true);
    expect(restore[restore.length - 1]).toBe('release-pages-');
  });
});
