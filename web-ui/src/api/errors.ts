import type { components } from './schema';

export type Problem = components['schemas']['Problem'];
export type Violation = components['schemas']['Violation'];

/** An API call that did not succeed, with the RFC 9457 problem the server sent, if any. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem?: Problem;

  constructor(status: number, problem?: Problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  get violations(): Violation[] {
    return this.problem?.violations ?? [];
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value;
}

/** Turns openapi-fetch's `{ error, response }` into an ApiError to throw. */
export function toApiError(response: Response, error: unknown): ApiError {
  return new ApiError(response.status, isProblem(error) ? error : undefined);
}

export const isApiError = (error: unknown, status?: number): error is ApiError =>
  error instanceof ApiError && (status === undefined || error.status === status);
