import { act, renderHook } from '@testing-library/react';
import { clearMemoryStorage } from '../utils/safe-storage';
import { DRAFT_DEBOUNCE_MS, useDraft } from './use-draft';

type Form = { title: string; description: string; type: string };
const empty: Form = { title: '', description: '', type: 'COMPLAINT' };
const STORAGE_KEY = 'aduan.draft.report';

const stored = () => {
  const raw = localStorage.getItem(STORAGE_KEY);
  return raw === null ? null : (JSON.parse(raw) as unknown);
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  clearMemoryStorage();
});

describe('useDraft', () => {
  it('saves after a pause in typing and restores the draft after a reload', () => {
    const first = renderHook(() => useDraft('report', empty));
    act(() => first.result.current[1]((prev) => ({ ...prev, title: 'Jalan' })));
    act(() => first.result.current[1]((prev) => ({ ...prev, title: 'Jalan berlubang' })));

    expect(first.result.current[0].title).toBe('Jalan berlubang');
    act(() => vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS - 50));
    expect(stored()).toBeNull();
    act(() => vi.advanceTimersByTime(50));
    expect(stored()).toEqual({ ...empty, title: 'Jalan berlubang' });

    first.unmount();
    const reloaded = renderHook(() => useDraft('report', empty));
    expect(reloaded.result.current[0]).toEqual({ ...empty, title: 'Jalan berlubang' });
  });

  it('writes a pending change at once when the page is hidden or the form unmounts', () => {
    const view = renderHook(() => useDraft('report', empty));
    act(() => view.result.current[1]({ ...empty, description: 'Setengah jadi' }));
    expect(stored()).toBeNull();

    window.dispatchEvent(new Event('pagehide'));
    expect(stored()).toEqual({ ...empty, description: 'Setengah jadi' });

    act(() => view.result.current[1]({ ...empty, description: 'Hampir selesai' }));
    view.unmount();
    expect(stored()).toEqual({ ...empty, description: 'Hampir selesai' });
  });

  it('clears the draft, also from storage, and does not write it back', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...empty, title: 'Lama' }));
    const view = renderHook(() => useDraft('report', empty));
    expect(view.result.current[0].title).toBe('Lama');

    act(() => view.result.current[1]((prev) => ({ ...prev, title: 'Baru' })));
    act(() => view.result.current[2]());
    act(() => vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS * 2));

    expect(view.result.current[0]).toEqual(empty);
    expect(stored()).toBeNull();
  });

  it.each([
    ['corrupt JSON', '{"title": "Jal'],
    ['another type', '"just a string"'],
    ['an array', '["a"]'],
    ['null', 'null'],
  ])('starts empty when storage holds %s', (_what, raw) => {
    localStorage.setItem(STORAGE_KEY, raw);

    const view = renderHook(() => useDraft('report', empty));

    expect(view.result.current[0]).toEqual(empty);
    act(() => view.result.current[1]((prev) => ({ ...prev, title: 'Pulih' })));
    act(() => vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS));
    expect(stored()).toEqual({ ...empty, title: 'Pulih' });
  });

  it('fills fields that a draft from an older form version lacks', () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ title: 'Dari versi lama' }));

    const view = renderHook(() => useDraft('report', empty));

    expect(view.result.current[0]).toEqual({ ...empty, title: 'Dari versi lama' });
  });

  it('keeps working when storage is full or disabled, holding the draft for this tab', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const view = renderHook(() => useDraft('report', empty));

    act(() => view.result.current[1]((prev) => ({ ...prev, title: 'Tetap di memori' })));
    act(() => vi.advanceTimersByTime(DRAFT_DEBOUNCE_MS));
    view.unmount();

    expect(stored()).toBeNull();
    const again = renderHook(() => useDraft('report', empty));
    expect(again.result.current[0].title).toBe('Tetap di memori');
  });

  it('survives reading from storage that throws', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Access denied', 'SecurityError');
    });

    const view = renderHook(() => useDraft('report', empty));

    expect(view.result.current[0]).toEqual(empty);
  });

  it('keeps drafts of different keys apart', () => {
    localStorage.setItem('aduan.draft.guest', JSON.stringify({ ...empty, title: 'Tamu' }));
    localStorage.setItem('aduan.draft.citizen', JSON.stringify({ ...empty, title: 'Warga' }));

    const view = renderHook(({ key }) => useDraft(key, empty), { initialProps: { key: 'guest' } });
    expect(view.result.current[0].title).toBe('Tamu');

    view.rerender({ key: 'citizen' });
    expect(view.result.current[0].title).toBe('Warga');
  });
});
