/** Static files the explorer reads besides the API: the font pieces an export embeds. */

/** The bytes of a file served with the explorer (a URL from its own bundle), or an error naming the URL. */
export async function fetchAsset(url: string): Promise<ArrayBuffer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return res.arrayBuffer();
}
