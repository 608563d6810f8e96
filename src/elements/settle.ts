/** Waits for the Lit elements rendered inside `root` (cards, bands) to finish their own updates. */
export async function settleChildren(root: ParentNode): Promise<void> {
  const pending: Promise<unknown>[] = [];
  for (const child of root.querySelectorAll('stage-card, salary-band')) {
    const update = (child as Partial<{updateComplete: Promise<unknown>}>).updateComplete;
    if (update) pending.push(update);
  }
  await Promise.all(pending);
}
