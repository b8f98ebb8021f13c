import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { adminDb, seedIds } from '@/testing/mocks/handlers/admin';
import { loginAs } from '@/testing/test-utils';
import { useAllAgencies, useSubUnits } from './get-agencies';

function wrapper({ children }: { children: ReactNode }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

describe('shared agency hooks', () => {
  it('useAllAgencies follows every page', async () => {
    for (let i = 1; i <= 150; i++) {
      adminDb.agencies.push({ ...adminDb.agencies[0], id: crypto.randomUUID(), code: `UPT-${String(i).padStart(3, '0')}` });
    }
    loginAs('Admin Kota', 'admin1', ['admin']);
    const { result } = renderHook(() => useAllAgencies(), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toHaveLength(155);
  });

  it('useSubUnits waits for a parent, then lists its direct sub-units', async () => {
    loginAs('Petugas Satu', 'petugas1', ['officer']);
    const { result, rerender } = renderHook(({ parentId }) => useSubUnits(parentId), {
      wrapper,
      initialProps: { parentId: undefined as string | undefined },
    });
    expect(result.current.fetchStatus).toBe('idle');
    rerender({ parentId: seedIds.dinkes });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.map((a) => a.code)).toEqual(['DINKES-PKM-OEBOBO']);
  });
});
