import * as z from 'zod/mini';
import { issuesToFieldErrors, type FieldErrors } from '@/lib/violations';
import type { Category } from '@/features/category/api/get-categories';
import type { CategoryInput } from '../api/categories';
import { code, name200, orNull } from './rules';

export const categoryFields = ['code', 'name', 'parentId', 'defaultAgencyId'] as const;
export type CategoryField = (typeof categoryFields)[number];
export type CategoryFormValues = { code: string; name: string; parentId: string; defaultAgencyId: string; active: boolean };

export const categoryFormValues = (category?: Category): CategoryFormValues => ({
  code: category?.code ?? '',
  name: category?.name ?? '',
  parentId: category?.parentId ?? '',
  defaultAgencyId: category?.defaultAgencyId ?? '',
  active: category?.active ?? true,
});

const schema = z.object({ code: code(), name: name200() });

export function validateCategoryForm(
  values: CategoryFormValues,
): { ok: true; body: CategoryInput } | { ok: false; errors: FieldErrors<CategoryField> } {
  const result = schema.safeParse(values);
  if (!result.success) return { ok: false, errors: issuesToFieldErrors(categoryFields, result.error.issues) };
  return {
    ok: true,
    body: {
      ...result.data,
      parentId: orNull(values.parentId),
      defaultAgencyId: orNull(values.defaultAgencyId),
      active: values.active,
    },
  };
}
