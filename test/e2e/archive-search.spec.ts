import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createMeeting } from '../../shared/agenda/new-meeting';
import { DEFAULT_SETTINGS } from '../../shared/model/settings';
import type { Meeting } from '../../shared/model/meeting';
import { createNotulistCore } from '../../electron/core/notulist-core';
import { SHOTS_DIR } from './screenshots';
import { expect, startApp, test } from './fixtures';


/** A meeting of the region with one item of the first domain table filled in. */
function meetingWith(date: string, domain: string, item: { title: string; notes: string; decision?: string; action?: { who: string; what: string; done: boolean } }): Meeting {
  const meeting = createMeeting({ name: 'Overleg portefeuillehouders sociaal domein', date, domains: [domain] }, DEFAULT_SETTINGS, new Date(`${date}T09:00:00Z`));
  const [section] = meeting.sections;
  const [first, ...rest] = section!.items;
  const filled = {
    ...first!,
    kind: 'discussion' as const,
    title: item.title,
    notes: [{ id: `n-${date}`, type: 'paragraph' as const, content: [{ text: item.notes }] }],
    decision: item.decision ?? '',
    actions: item.action ? [{ id: `x-${date}`, ...item.action }] : [],
  };
  return { ...meeting, sections: [{ ...section!, items: [filled, ...rest] }] };
}

/** Last spring's meeting decided on dagbesteding; an autumn one only talked about it. */
async function archiveWorkspace(): Promise<string> {
  const workspace = await mkdtemp(join(tmpdir(), 'notulist-e2e-archive-'));
  const core = await createNotulistCore({ workspaceDir: workspace, appVersion: 'e2e' });
  await core.saveMeeting({
    meeting: meetingWith('2024-04-18', 'jeugd-en-onderwijs', {
      title: 'Dagbesteding jongeren met een beperking',
      notes: 'De regio bespreekt de inkoop van dagbesteding voor jongeren na het speciaal onderwijs.',
      decision: 'Het overleg stemt in met de gezamenlijke inkoop van dagbesteding.',
      action: { who: 'Joke Lanphen', what: 'Raad informeren over de inkoop', done: false },
    }),
  });
  await core.saveMeeting({
    meeting: meetingWith('2023-10-12', 'gezondheid-en-ondersteuning', {
      title: 'Beschermd wonen',
      notes: 'Zorgen over wachtlijsten; de dagbesteding komt later terug.',
      decision: 'Het overleg neemt kennis van de wachtlijsten.',
      action: { who: 'Secretariaat', what: 'Verslag rondsturen', done: true },
    }),
  });
  await core.close();
  return workspace;
}

const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS_DIR, `search-${name}.png`) });

test('a secretary finds what was decided about dagbesteding, opens it at the item, and exports the decisions and open actions', async ({ page }) => {
  const workspace = await archiveWorkspace();
  const { app, host } = await startApp(workspace);
  await mkdir(SHOTS_DIR, { recursive: true });
  try {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(app.url);
    await expect(page.getByRole('heading', { name: 'Vergaderingen' })).toBeVisible();

    // "/" puts the keyboard in the search field; an accent typed by mistake still finds the word.
    await page.keyboard.press('/');
    const field = page.getByRole('searchbox', { name: 'Zoeken in alle vergaderingen' });
    await expect(field).toBeFocused();
    await field.fill('dagbestéding');
    const results = page.getByRole('list', { name: 'Zoekresultaten' });
    await expect(results.getByRole('heading')).toHaveText([/18 april 2024/, /12 oktober 2023/]);
    await expect(results.locator('mark').first()).toHaveText(/^dagbesteding$/i);
    await shot(page, 'results');

    await page.getByLabel('Alleen besluiten').check();
    const hits = results.getByRole('button');
    await expect(hits).toHaveCount(1);
    await expect(hits.first()).toContainText('Besluit');
    await expect(hits.first().locator('mark')).toHaveText('dagbesteding');
    await shot(page, 'decisions-only');

    await hits.first().click();
    const found = page.locator('[data-found]');
    await expect(found).toContainText('Dagbesteding jongeren met een beperking');
    await expect(found).toBeInViewport();
    expect(new URL(page.url()).hash).toContain('item=');
    await shot(page, 'opened-at-item');
    // A reload keeps the meeting open at the item, still outlined.
    await page.reload();
    await expect(found).toContainText('Dagbesteding jongeren met een beperking');
    await expect(found).toBeInViewport();

    await page.getByRole('button', { name: /Terug naar overzicht/ }).click();
    await page.getByRole('button', { name: 'Besluiten en acties' }).click();
    await expect(page.getByRole('heading', { name: 'Besluiten en acties' })).toBeVisible();
    const rows = page.getByRole('row');
    // The header, spring's decision and its open action, autumn's decision; autumn's action was done.
    await expect(rows).toHaveCount(4);
    await page.getByLabel('Persoon').selectOption('Joke Lanphen');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText('Raad informeren over de inkoop');
    await page.getByLabel('Domeintafel').selectOption('GEZONDHEID EN ONDERSTEUNING');
    await expect(page.getByText('Geen besluiten of open acties gevonden.')).toBeVisible();
    await page.getByLabel('Domeintafel').selectOption('JEUGD EN ONDERWIJS');
    await expect(rows).toHaveCount(2);

    await page.getByRole('button', { name: 'Exporteren als CSV' }).click();
    const saved = page.getByText(/Opgeslagen als .*Besluiten en acties\.csv/);
    await expect(saved).toBeVisible();
    await shot(page, 'decisions-and-actions');
    const fileName = (await saved.textContent())!.replace('Opgeslagen als ', '').trim();
    const csv = await readFile(join(workspace, 'exports', fileName), 'utf8');
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(csv).toContain('Actie;2024-04-18;Overleg portefeuillehouders sociaal domein;JEUGD EN ONDERWIJS;Dagbesteding jongeren met een beperking;Raad informeren over de inkoop;Joke Lanphen;');
  } finally {
    await host.kill('SIGTERM');
    await rm(workspace, { recursive: true, force: true });
  }
});
