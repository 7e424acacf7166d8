import { expect, test } from './fixtures';
import { currentItem, newMeeting } from './meeting-steps';

/** Vite names a screen's chunk after its component: MeetingList-<hash>.js. */
const chunkOf = (url: string) => /\/assets\/([A-Za-z]+)-[\w-]+\.js$/.exec(url)?.[1];

test('a reload during the meeting shows the live view before any other screen is loaded, and every screen opens when asked', async ({ page, app }) => {
  await page.goto(app.url);
  await newMeeting(page, '2026-12-10', ['Jeugd en Onderwijs']);
  await page.getByRole('button', { name: 'Vergadering', exact: true }).click();
  await expect(currentItem(page).getByRole('textbox', { name: 'Notities bij Opening en mededelingen' })).toBeVisible();

  // Every other screen's code is held back: the live view must come up without it.
  const OTHER_SCREENS = /\/assets\/(MeetingList|NewMeetingForm|SettingsScreen|DecisionsAndActionsScreen|PrepareView|NotesView|DecisionsView)-[\w-]+\.js$/;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held: string[] = [];
  await page.route(OTHER_SCREENS, async (route) => {
    held.push(chunkOf(route.request().url())!);
    await released;
    await route.continue();
  });
  await page.reload();
  await expect(currentItem(page).getByRole('textbox', { name: 'Notities bij Opening en mededelingen' })).toBeVisible();
  release();

  await page.getByRole('button', { name: 'Notities', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'JEUGD EN ONDERWIJS' })).toBeVisible();
  await page.getByRole('button', { name: 'Besluitenlijst', exact: true }).click();
  await expect(page.getByText('Nog geen besluiten of acties vastgelegd.')).toBeVisible();
  await page.getByRole('button', { name: 'Voorbereiden', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Vergadering', exact: true })).toBeVisible();
  await page.getByRole('button', { name: /Terug naar overzicht/ }).click();
  await expect(page.getByRole('button', { name: 'Nieuw overleg' })).toBeVisible();
  await page.getByRole('button', { name: 'Instellingen' }).click();
  await expect(page.getByRole('heading', { name: 'Instellingen' })).toBeVisible();
  // Asked for once the view was up, before any was opened.
  expect(held).toEqual(expect.arrayContaining(['MeetingList', 'SettingsScreen', 'NotesView', 'DecisionsView', 'PrepareView']));
});

test('a screen whose code cannot be loaded says so in Dutch, and the reload it offers brings it', async ({ page, app }) => {
  // As after the host was restarted with a newer build: the chunk the page knows is gone.
  await page.route(/\/assets\/SettingsScreen-[\w-]+\.js$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Instellingen' }).click();
  const problem = page.getByRole('alert').filter({ hasText: 'Dit scherm kon niet worden geladen.' });
  await expect(problem).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Instellingen' })).toHaveCount(0);

  await page.unroute(/\/assets\/SettingsScreen-[\w-]+\.js$/);
  await problem.getByRole('button', { name: 'Opnieuw laden' }).click();
  await expect(page.getByRole('heading', { name: 'Instellingen' })).toBeVisible();
});
