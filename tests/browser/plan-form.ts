// Fills the popup's planner as a reader would (place names typed, picked with Enter) and returns the plan.
import type { Locator, Page } from 'playwright-core';

export async function planTransfer(popup: Page, from: string, to: string, applied: string): Promise<Locator> {
  await popup.getByRole('tab').nth(1).click();
  const panel = popup.locator('#sl-panel-planner');
  const [fromBox, toBox] = [panel.getByRole('combobox').nth(0), panel.getByRole('combobox').nth(1)];
  await fromBox.fill(from);
  await fromBox.press('Enter');
  await toBox.fill(to);
  await toBox.press('Enter');
  await panel.locator('input[type="date"]').fill(applied);
  await panel.locator('button.sl-primary').click();
  const plan = panel.getByRole('article');
  await plan.locator('[data-step="transfer-out"]').waitFor();
  return plan;
}
