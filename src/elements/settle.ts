/** Waits for the Lit elements rendered inside `root` (cards, bands) to finish their own updates. */
export function settleChildren(root: ParentNode): Promise<unknown> {
  return Promise.all(
    [...root.querySelectorAll('stage-card, salary-band')].map(
      (child) => (child as Partial<{updateComplete: Promise<unknown>}>).updateComplete,
    ),
  );
}
