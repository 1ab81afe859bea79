/** File-name ids: "Sociaal Restaurant 't Pleintje" → "sociaal-restaurant-t-pleintje". */
export function slugify(name: string, maxLength = 60): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  // Cut at a word boundary, so a long name does not end in half a word.
  return slug.slice(0, maxLength).replace(/-[^-]*$/, '');
}
