// The name a case goes by in lists: its title, else the member and payer, else "Untitled case".
export function caseDisplayTitle(c: { title: string; memberName?: string; payer?: string }): string {
  if (c.title.trim()) return c.title.trim();
  const fallback = [c.memberName, c.payer].filter((s) => s && s.trim()).join(' - ');
  return fallback || 'Untitled case';
}
