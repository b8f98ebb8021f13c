import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { adminDb } from '@/testing/mocks/handlers/admin';
import { useAllCategories } from './get-categories';

function wrapper({ children }: { children: ReactNode }) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
}

describe('shared category hooks', () => {
  it('useAllCategories needs no login and leaves inactive categories out', async () => {
    adminDb.categories[2].active = false;
    const { result } = renderHook(() => useAllCategories(), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.map((c) => c.code)).toEqual(['INFRA', 'JALAN-RUSAK']);
  });
});
