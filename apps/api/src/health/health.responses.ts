import { z } from 'zod';
import { named, position } from '../openapi/schemas';

named('Health', z.strictObject({ status: z.literal('ok'), position: position.describe('the head of the log') }), 'The service is up and its store answers.');
