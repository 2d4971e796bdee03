/**
 * A `src` as an error message may show it: the page's own data address is worth naming, its
 * secrets are not. Pure; no DOM (the platform's URL parser only).
 *
 * - a user name and password are removed (`https://…@host/` → `https://host/`);
 * - every query value is hidden (`?api_key=…&from=…`), the names kept so the reader knows
 *   which address it was; the fragment is dropped;
 * - an address longer than `MAX_URL_SHOWN` characters keeps its start and its end around `…`.
 */
export const MAX_URL_SHOWN = 120;

export function displayUrl(src: string): string {
  const text = src.trim();
  let shown: string;
  try {
    const url = new URL(text);
    url.username = '';
    url.password = '';
    url.hash = '';
    const names = [...url.searchParams.keys()];
    url.search = '';
    shown = url.href + hiddenQuery(names);
  } catch {
    // A relative address: its path as written, the query's values hidden in the same way.
    const [path = ''] = text.split('#', 1)[0]!.split('?', 1);
    const query = text.split('#', 1)[0]!.slice(path.length + 1);
    shown = path + hiddenQuery(query ? [...new URLSearchParams(query).keys()] : []);
  }
  return shorten(shown);
}

function hiddenQuery(names: readonly string[]): string {
  return names.length ? `?${names.map((n) => `${encodeURIComponent(n).slice(0, 40)}=…`).join('&')}` : '';
}

function shorten(text: string): string {
  const chars = [...text]; // by code point, never splitting a pair
  if (chars.length <= MAX_URL_SHOWN) return text;
  const head = Math.ceil((MAX_URL_SHOWN - 1) * 0.7);
  const tail = MAX_URL_SHOWN - 1 - head;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}
