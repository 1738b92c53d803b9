import type { Locator, Page } from '@playwright/test';

/**
 * What the page scrolls sideways by, in CSS pixels: 0 when the layout fits its width.
 * Reflow (WCAG 1.4.10) asks for no horizontal scrolling at 320 CSS px; the popup is
 * 400 px wide, and 200% zoom halves a 1280 px window to 640.
 */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.documentElement;
    return Math.max(root.scrollWidth, document.body.scrollWidth) - root.clientWidth;
  });
}

/** Elements wider than the viewport or sticking out of it, to name in a failure. */
export function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 1 || box.left < -1);
      })
      .slice(0, 8)
      .map((element) => {
        const box = element.getBoundingClientRect();
        return `${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.left)}..${Math.round(box.right)}`;
      });
  });
}

/** The control is on screen, not cut off at the right. */
export async function withinWidth(page: Page, control: Locator): Promise<boolean> {
  await control.scrollIntoViewIfNeeded();
  const box = await control.boundingBox();
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  return !!box && box.width > 0 && box.x >= 0 && box.x + box.width <= width + 1;
}

/** Emulates browser zoom with CSS zoom on the body, as the issue asks (200% = '2'). */
export async function zoom(page: Page, factor: number): Promise<void> {
  await page.evaluate((value) => {
    document.body.style.zoom = String(value);
  }, factor);
}
