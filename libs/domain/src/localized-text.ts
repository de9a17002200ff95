import { z } from 'zod';

const text = z.string().trim().min(1).max(500);

/** Finnish is mandatory: the source documents are Finnish; Swedish and English are translations. */
export const localizedText = z.strictObject({ fi: text, sv: text.optional(), en: text.optional() });
export type LocalizedText = z.infer<typeof localizedText>;
