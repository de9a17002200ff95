import { unescape } from 'node:querystring';

/** A query parameter the query parser would read as `key` (or `key[...]`), however its name was percent-encoded. */
const isKeyParameter = (name: string) => /^key(\[|$)/i.test(unescape(name.replace(/\+/g, ' ')));

/**
 * The URL with the value of every key parameter replaced: a calendar feed's URL may carry its key (`?key=`), and
 * neither a log line nor an answer may repeat it. Names are compared as the query parser decodes them, so
 * `k%65y=` is redacted like `key=`.
 */
export function withoutKey(url: string): string;
export function withoutKey(url: string | undefined): string | undefined;
export function withoutKey(url: string | undefined): string | undefined {
  const query = url?.indexOf('?') ?? -1;
  if (url === undefined || query < 0) return url;
  const parameters = url
    .slice(query + 1)
    .split('&')
    .map((parameter) => {
      const name = parameter.split('=', 1)[0];
      return isKeyParameter(name) ? `${name}=[redacted]` : parameter;
    });
  return `${url.slice(0, query + 1)}${parameters.join('&')}`;
}
