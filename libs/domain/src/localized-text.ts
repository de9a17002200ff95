import { z } from 'zod';
import { TEXT_LIMITS } from './limits';
import { boundedText } from './text';

const text = boundedText(TEXT_LIMITS.localizedText);

/** Finnish is mandatory: the source documents are Finnish; Swedish and English are translations. */
export const localizedText = z.strictObject({ fi: text, sv: text.optional(), en: text.optional() });
export type LocalizedText = z.infer<typeof localizedText>;
