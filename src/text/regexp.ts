/** Escapes a literal for use inside a RegExp: the one helper for it, used wherever a name or alias is matched. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
