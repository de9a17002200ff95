import 'reflect-metadata';
import type { ArgumentMetadata } from '@nestjs/common';
import { IsString, MaxLength } from 'class-validator';
import { validationPipe } from './validation';

const asBody = (metatype: ArgumentMetadata['metatype']): ArgumentMetadata => ({ type: 'body', metatype });

describe('the validation pipe', () => {
  class NoteDto {
    @IsString() @MaxLength(5) text!: string;
  }

  it('given a body validated once, when the same DTO meets a bad body, then it is refused by the same rules', async () => {
    await expect(validationPipe.transform({ text: 'short' }, asBody(NoteDto))).resolves.toEqual({ text: 'short' });
    await expect(validationPipe.transform({ text: 'far too long' }, asBody(NoteDto))).rejects.toMatchObject({ status: 422 });
    await expect(validationPipe.transform({ text: 'short', extra: 1 }, asBody(NoteDto))).rejects.toMatchObject({ status: 422 });
  });

  it('given a DTO already validated, when a rule is declared on it later, then the next body is held to that rule too', async () => {
    class LateDto {
      @IsString() name!: string;
    }
    await expect(validationPipe.transform({ name: 'a long enough name' }, asBody(LateDto))).resolves.toEqual({ name: 'a long enough name' });
    MaxLength(3)(LateDto.prototype, 'name');
    await expect(validationPipe.transform({ name: 'a long enough name' }, asBody(LateDto))).rejects.toMatchObject({ status: 422 });
  });
});
