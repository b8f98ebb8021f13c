import { searchStamp, type Search } from './proof-of-work';

// The whole search, off the main thread, so that typing stays smooth on a slow phone.
self.onmessage = (event: MessageEvent<Omit<Search, 'from' | 'tries'>>) => {
  const result = searchStamp({ ...event.data, from: 0, tries: Number.POSITIVE_INFINITY });
  (self as unknown as { postMessage(stamp: string): void }).postMessage('stamp' in result ? result.stamp : '');
};
