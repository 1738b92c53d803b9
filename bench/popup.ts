/**
 * Floor, popup and single save. The floor is bench-only blank.html; the popup is opened as
 * the end-to-end tests open it, `src/popup/index.html?tab=ID` for a page of the local server.
 */
import type { Page } from '@playwright/test';
import { type PageServer, type Session, settle, tabIdOf, waitHit } from './browser';
import type { Hit } from './instrument';
import type { Quiet } from './quiet';

export interface PopupSamples {
  /** Navigation start → `<main id="blank">` in the DOM. */
  floor: number[];
  floorPainted: number[];
  /** Navigation start → a filled, interactive form. */
  popup: number[];
  popupPainted: number[];
  /** Navigation start → DOMContentLoaded end: the popup's scripts fetched and run. */
  popupScripts: number[];
  /** popup / floor of the same round. */
  ratio: number[];
  /** Navigation start → blank-script.html's one module has run. */
  floorScript: number[];
  /** popup / that floor, same round. */
  ratioScript: number[];
  /** That floor / the blank floor, same round: what one script costs any page. */
  scriptOverFloor: number[];
  /** Save click → the status says Saved. */
  save: number[];
}

async function openBlank(session: Session, file = 'blank.html'): Promise<Hit> {
  const page = await session.context.newPage();
  await page.goto(session.url(file));
  const hit = await waitHit(page, 'load');
  await page.close();
  return hit;
}

/**
 * Save click → "Saved". The popup says Saved only after the worker answered, and the
 * worker answers after its transactions' `tx.done`: the clip is committed by then.
 */
async function saveFromPopup(popup: Page): Promise<number> {
  // The page's description arrives after the form is shown (scripting.executeScript);
  // Save is pressed once that settled, as a person would, so the two do not overlap.
  await popup.waitForFunction(
    () => (document.querySelector('[name="description"]') as HTMLTextAreaElement | null)?.value,
  );
  await settle(popup, 100);
  await popup.evaluate(() =>
    window.__bench?.watch('saved', () =>
      /Saved/.test(document.querySelector('[role="status"]')?.textContent ?? ''),
    ),
  );
  await popup.getByRole('button', { name: 'Save', exact: true }).click();
  const saved = await waitHit(popup, 'saved');
  const click = await popup.evaluate(() => window.__bench?.clicks.at(-1) ?? Number.NaN);
  return saved.at - click;
}

export interface PopupRoundOptions {
  rounds: number;
  warmup: number;
  /** Also press Save in each popup (a new page each round, so a new clip). */
  save: boolean;
  /** Path prefix of the clipped pages, so that no round clips a page clipped before. */
  pagePrefix: string;
  quiet: Quiet;
}

/**
 * Floor and popup, interleaved and alternating which goes first, so drift in the machine
 * affects both alike. One content tab shows a fresh page of the local server each round.
 */
export async function popupRounds(
  session: Session,
  server: PageServer,
  options: PopupRoundOptions,
): Promise<PopupSamples> {
  const samples: PopupSamples = {
    floor: [],
    floorPainted: [],
    popup: [],
    popupPainted: [],
    popupScripts: [],
    ratio: [],
    floorScript: [],
    ratioScript: [],
    scriptOverFloor: [],
    save: [],
  };
  const page = (round: number) => server.url(`/${options.pagePrefix}/${round}`);
  const content = await session.context.newPage();
  await content.goto(page(0));
  const tabId = await tabIdOf(session.worker, page(0));
  for (let round = 0; round < options.warmup + options.rounds; round++) {
    await options.quiet(300);
    const openPopup = async () => {
      await content.goto(page(round + 1));
      const popup = await session.context.newPage();
      await popup.goto(session.url(`src/popup/index.html?tab=${tabId}`));
      const hit = await waitHit(popup, 'load');
      const save = options.save ? await saveFromPopup(popup) : undefined;
      await popup.close();
      return { hit, save };
    };
    let floor: Hit;
    let floorScript: Hit;
    let popup: { hit: Hit; save: number | undefined };
    if (round % 2 === 0) {
      floor = await openBlank(session);
      floorScript = await openBlank(session, 'blank-script.html');
      popup = await openPopup();
    } else {
      popup = await openPopup();
      floorScript = await openBlank(session, 'blank-script.html');
      floor = await openBlank(session);
    }
    if (round < options.warmup) continue;
    samples.floor.push(floor.at);
    samples.floorPainted.push(floor.painted ?? Number.NaN);
    samples.popup.push(popup.hit.at);
    samples.popupPainted.push(popup.hit.painted ?? Number.NaN);
    samples.popupScripts.push(popup.hit.navigation?.domContentLoadedEnd ?? Number.NaN);
    samples.ratio.push(popup.hit.at / floor.at);
    samples.floorScript.push(floorScript.at);
    samples.ratioScript.push(popup.hit.at / floorScript.at);
    samples.scriptOverFloor.push(floorScript.at / floor.at);
    if (popup.save !== undefined) samples.save.push(popup.save);
  }
  await content.close();
  return samples;
}
