/** "2 warnings" for a section header, or nothing when the section is clean. */
export function warningSummary(count: number): string | undefined {
  if (count === 0) return undefined;
  return count === 1 ? '1 warning' : `${count} warnings`;
}
