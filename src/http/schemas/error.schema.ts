/** The body of every JSON error answer: `{status, code, message}` (codes from `src/domain/errors.ts`). */
import { Type } from 'typebox';
import { ERROR_CODES } from '../../domain/errors.ts';

export const ErrorSchema = Type.Object(
  {
    status: Type.Integer({ description: 'The HTTP status, which follows from the code' }),
    code: Type.Enum(ERROR_CODES, { description: 'Stable: clients may switch on it' }),
    message: Type.String({ description: 'What went wrong, for people' }),
  },
  { $id: 'Error' },
);
