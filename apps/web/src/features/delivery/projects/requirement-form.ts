import type { RequirementFormDef } from '@cloudmart/contracts';
import dayjs from 'dayjs';
import { isApiError } from '../../../shared/api/client';

/*
 * The project detail does not name the submit step's preset form, so the form is found from
 * the server's own check: submitting no answers is refused with the form's required fields,
 * and the four preset forms differ in those.
 */

const requiredKeys = (def: RequirementFormDef) => new Set(def.fields.filter((f) => f.required).map((f) => f.key));

/** The preset form whose required fields are exactly the ones the server reported missing. */
export function formFromMissing(forms: readonly RequirementFormDef[], err: unknown): RequirementFormDef | null {
  if (!isApiError(err) || err.code !== 'validation_failed' || !err.problem.errors?.length) return null;
  const missing = new Set(err.problem.errors.filter((e) => e.message === 'required').map((e) => e.field));
  const exact = forms.find((f) => {
    const keys = requiredKeys(f);
    return keys.size === missing.size && [...keys].every((k) => missing.has(k));
  });
  return exact ?? null;
}

/** The preset form earlier answers were given in (their keys all belong to it). */
export function formOfAnswers(forms: readonly RequirementFormDef[], answers: Readonly<Record<string, unknown>>): RequirementFormDef | null {
  const keys = Object.keys(answers);
  if (!keys.length) return null;
  return forms.find((f) => keys.every((k) => f.fields.some((x) => x.key === k))) ?? null;
}

/** Form values → the answers the server checks: trimmed text, YYYY-MM-DD dates, file ids; empty ones left out. */
export function answersOf(def: RequirementFormDef, values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const f of def.fields) {
    const v = values[f.key];
    if (dayjs.isDayjs(v)) answers[f.key] = v.format('YYYY-MM-DD');
    else if (typeof v === 'string' && v.trim() !== '') answers[f.key] = f.type === 'select' || f.type === 'file' ? v : v.trim();
  }
  return answers;
}
