import { expect, test } from './fixtures';

/** What Word 2016 on Windows puts on the clipboard for a heading, a paragraph and a nested list. */
const WORD_HTML = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<body lang=NL style='tab-interval:35.4pt'><!--StartFragment-->
<h2><span style='font-family:"Calibri Light";color:#2F5496'>Mededelingen<o:p></o:p></span></h2>
<p class=MsoNormal><span style='font-size:11.0pt'>De <b>regio</b> meldt het volgende:<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>Zorgstart<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>a.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>eerste <i>tranche</i> van €&nbsp;100.000,-<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>AI Media<o:p></o:p></p>
<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>zie <a href="https://www.baantalentgv.nl/">BaanTalent</a><o:p></o:p></p>
<!--EndFragment--></body></html>`;

test('pasting from Word keeps headings, nested numbered and lettered lists and marks, and drops Word styling', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Nieuw overleg' }).click();
  await page.getByLabel('Werk en Participatie').check();
  await page.getByRole('button', { name: 'Overleg aanmaken' }).click();
  const notes = page.getByLabel('Notities bij Opening en mededelingen');
  await notes.click();
  await notes.evaluate((element, html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'Mededelingen');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, WORD_HTML);

  await expect(notes.locator('h3')).toHaveText('Mededelingen');
  await expect(notes.locator(':scope > p').first()).toHaveText('De regio meldt het volgende:');
  await expect(notes.locator('strong')).toHaveText('regio');
  await expect(notes.locator(':scope > ol:not([type]) > li > p')).toHaveText(['Zorgstart', 'AI Media']);
  await expect(notes.locator(':scope > ol > li > ol[type="a"] > li')).toHaveText('eerste tranche van € 100.000,-');
  await expect(notes.locator('em')).toHaveText('tranche');
  await expect(notes.locator(':scope > ul > li a')).toHaveAttribute('href', 'https://www.baantalentgv.nl/');
  // None of Word's styling, and none of its fake bullets, survives.
  expect(await notes.innerHTML()).not.toMatch(/mso-|Mso|Calibri|font-family|·|1\.\s/);

  await expect(page.getByRole('status')).toContainText('Opgeslagen');
  await page.reload();
  await expect(page.getByLabel('Notities bij Opening en mededelingen').locator('ol[type="a"] > li')).toHaveText('eerste tranche van € 100.000,-');
});
