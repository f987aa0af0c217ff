/** The body of every JSON error answer: `{status, code, message}` (codes from `src/domain/errors.ts`). */
import { Type } from 'typebox';

export const ErrorSchema = Type.Object(
  { status: Type.Integer(), code: Type.String(), message: Type.String() },
  { $id: 'Error' },
);
