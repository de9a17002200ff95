import type { ObligationKey } from './obligation-queries';

/** A page's obligations (ObligationView[]) as UTF-8 JSON text, and the last key of the page when more rows follow. */
export interface KeptPage {
  json: Buffer;
  next?: ObligationKey;
}

/** Whole pages kept: ~45 KB each, so every municipality's and county's first page for a few dates. */
const KEPT_PAGE_BYTES = 64 * 1024 * 1024;

/** Whole obligation pages by key, least recently answered first, within a budget of bytes. */
export class KeptPages {
  private readonly pages = new Map<string, KeptPage>();
  private bytes = 0;

  get(key: string): KeptPage | undefined {
    const kept = this.pages.get(key);
    if (!kept) return undefined;
    this.pages.delete(key);
    this.pages.set(key, kept);
    return kept;
  }

  keep(key: string, page: KeptPage): void {
    this.pages.set(key, page);
    this.bytes += page.json.length;
    for (const [oldest, { json }] of this.pages) {
      if (this.bytes <= KEPT_PAGE_BYTES) break;
      this.pages.delete(oldest);
      this.bytes -= json.length;
    }
  }

  clear(): void {
    this.pages.clear();
    this.bytes = 0;
  }
}
