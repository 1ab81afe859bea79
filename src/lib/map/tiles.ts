/**
 * Which background tiles the map uses. Set PUBLIC_TILE_URL and PUBLIC_TILE_ATTRIBUTION at build
 * time to use another server (for example OSM Belgium's Dutch or French style, or your own).
 */
export const DEFAULT_TILES = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-bijdragers',
};

export function tileConfig(env: Record<string, string | undefined>): { url: string; attribution: string } {
  const url = env.PUBLIC_TILE_URL?.trim();
  if (!url) return DEFAULT_TILES;
  if (!/^https?:\/\/|^\//.test(url) || !url.includes('{z}')) {
    throw new Error(`PUBLIC_TILE_URL "${url}" is not a tile URL template: it must start with https:// (or /) and contain {z}, {x} and {y}`);
  }
  const attribution = env.PUBLIC_TILE_ATTRIBUTION?.trim();
  if (!attribution) throw new Error('PUBLIC_TILE_ATTRIBUTION is required with PUBLIC_TILE_URL: tile servers require their attribution');
  return { url, attribution };
}
