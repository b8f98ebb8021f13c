import { isApiError } from '@/api/errors';
import type { components } from '@/api/schema';
import { newKey } from '../utils/new-key';
import { searchStamp } from '../utils/proof-of-work';
import { safeStorage } from '../utils/safe-storage';

export type ProofRequirement = components['schemas']['ProofOfWorkRequirement'];

/** The API's default (aduan.anti-spam.proof-of-work-bits); a refusal tells the city's own, which is remembered. */
export const DEFAULT_BITS = 18;
export const PROOF_OF_WORK_TYPE = 'urn:aduan:problem:proof-of-work';
const REMEMBERED = 'aduan.proof-of-work';
const SLICE = 20_000;

/** What a refusal of a guest's stamp asks for; undefined for any other error. */
export function proofRequirement(error: unknown): ProofRequirement | undefined {
  if (!isApiError(error, 400) || error.problem?.type !== PROOF_OF_WORK_TYPE) return undefined;
  return error.problem.proofOfWork;
}

type Remembered = { bits: number; clockOffset: number };

function remembered(): Remembered | undefined {
  try {
    const value: unknown = JSON.parse(safeStorage.get(REMEMBERED) ?? 'null');
    const r = value as Partial<Remembered> | null;
    return typeof r?.bits === 'number' && typeof r.clockOffset === 'number' ? (r as Remembered) : undefined;
  } catch {
    return undefined;
  }
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

async function onMainThread(key: string, bits: number, madeAt: number): Promise<string> {
  for (let from = 0; ; from += SLICE) {
    const result = searchStamp({ key, bits, madeAt, from, tries: SLICE });
    if ('stamp' in result) return result.stamp;
    // Let the page paint and take input between slices.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

function inWorker(key: string, bits: number, madeAt: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../utils/proof-of-work.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<string>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message));
    };
    worker.postMessage({ key, bits, madeAt });
  });
}

/**
 * A stamp for the report with this Idempotency-Key. Given a refusal's requirement, it uses the server's bits
 * and clock (a phone's clock may be days off) and remembers both for the next report.
 */
export async function makeProof(key: string, requirement?: ProofRequirement): Promise<string> {
  if (requirement) {
    safeStorage.set(
      REMEMBERED,
      JSON.stringify({ bits: requirement.requiredBits, clockOffset: requirement.serverTime - nowSeconds() }),
    );
  }
  const known = remembered();
  const bits = known?.bits ?? DEFAULT_BITS;
  const madeAt = nowSeconds() + (known?.clockOffset ?? 0);
  if (typeof Worker !== 'function') return onMainThread(key, bits, madeAt);
  try {
    return await inWorker(key, bits, madeAt);
  } catch {
    // A browser that cannot start a module worker still gets there, more slowly.
    return onMainThread(key, bits, madeAt);
  }
}

let prepared: { key: string; proof: Promise<string> } | undefined;

/** Starts the next guest report's key and stamp while the form is being filled in, so sending need not wait. */
export function prepareGuestProof(): void {
  if (prepared) return;
  const key = newKey();
  prepared = { key, proof: makeProof(key) };
  // A failure shows when the report is sent, which makes the stamp again.
  prepared.proof.catch(() => undefined);
}

/** The prepared key and stamp (started now if none was), used by one report only. */
export function takeGuestProof(): { key: string; proof: Promise<string> } {
  prepareGuestProof();
  const taken = prepared!;
  prepared = undefined;
  return taken;
}
