import { reportPins } from '@/api/report-pins';
import { outboxStore, type SentReport } from '../stores/outbox-store';
import { forgetDevice, forgetOldReceipts } from './forget-device';

const receipt = (key: string, sentAt: string): SentReport => ({
  state: 'sent',
  key,
  queuedAt: sentAt,
  sentAt,
  receipt: { id: `id-${key}`, trackingCode: 'K7PX4M9Q', status: 'SUBMITTED', type: 'COMPLAINT', title: 'Lampu mati',
    createdAt: sentAt, pin: '482913' },
});

describe('forgetting this device', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  it('removes queued and sent reports, drafts and PINs, and nothing of anyone else', () => {
    outboxStore.put(receipt('a', new Date().toISOString()));
    outboxStore.put({ state: 'queued', key: 'b', queuedAt: new Date().toISOString(), attempts: 0,
      body: { type: 'COMPLAINT', title: 'Jalan rusak', description: 'Lubang besar', contact: { phone: '081234567890' } } });
    localStorage.setItem('aduan.draft.guest', JSON.stringify({ title: 'setengah' }));
    localStorage.setItem('aduan.locale', 'id');
    reportPins.set('id-a', '482913');

    forgetDevice();

    expect(outboxStore.getSnapshot().sent).toEqual([]);
    expect(outboxStore.getSnapshot().queued).toEqual([]);
    expect(localStorage.getItem('aduan.draft.guest')).toBeNull();
    expect(reportPins.get('id-a')).toBeUndefined();
    expect(JSON.stringify({ ...localStorage })).not.toContain('081234567890');
    // The language chosen is not personal data: it stays.
    expect(localStorage.getItem('aduan.locale')).toBe('id');
  });

  it('drops receipts older than 30 days and keeps the recent ones', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    outboxStore.put(receipt('old', '2026-11-01T10:00:00Z'));
    outboxStore.put(receipt('new', '2026-11-20T10:00:00Z'));
    expect(forgetOldReceipts(now)).toBe(1);
    expect(outboxStore.getSnapshot().sent.map((s) => s.key)).toEqual(['new']);
  });
});
