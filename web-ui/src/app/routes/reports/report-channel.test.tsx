import { screen } from '@testing-library/react';
import { seedReport } from '@/testing/mocks/db';
import { seedIds } from '@/testing/mocks/handlers/admin';
import { loginAs, renderApp } from '@/testing/test-utils';

describe('the report page: channel, source and contact', () => {
  it('shows an officer the channel, the post as a new-tab link, and a masked phone as plain text', async () => {
    const report = seedReport({
      status: 'FORWARDED',
      currentAgencyId: seedIds.dinkes,
      channel: 'SOCIAL_MEDIA',
      sourceUrl: 'https://x.com/warga_kupang/status/1860000000000000000',
      contact: { name: 'Yohanis Bana', phone: '+6281******890' },
    });
    loginAs('Petugas Satu', 'petugas1', ['officer']);
    renderApp(`/laporan/${report.id}`);

    expect(await screen.findByTestId('report-channel')).toHaveTextContent('Media sosial');
    const source = screen.getByRole('link', { name: /x\.com\/warga_kupang/ });
    expect(source).toHaveAttribute('href', 'https://x.com/warga_kupang/status/1860000000000000000');
    expect(source).toHaveAttribute('target', '_blank');
    expect(source).toHaveAttribute('rel', 'noopener noreferrer');
    expect(source).toHaveAccessibleName(expect.stringContaining('(membuka tab baru)'));

    const phone = screen.getByTestId('report-phone');
    expect(phone).toHaveTextContent('+6281******890');
    expect(phone.tagName).not.toBe('A');
    expect(screen.queryByRole('link', { name: /\+6281/ })).not.toBeInTheDocument();
    expect(document.querySelector('a[href^="tel:"]')).toBeNull();
  });

  it('gives an admin the whole phone number as a tel: link and names each channel', async () => {
    const report = seedReport({ channel: 'WALK_IN', contact: { name: 'Yohanis Bana', phone: '+62 813-3800-0111' } });
    loginAs('Admin Satu', 'admin1', ['admin']);
    renderApp(`/laporan/${report.id}`);

    expect(await screen.findByTestId('report-channel')).toHaveTextContent('Datang langsung');
    expect(screen.getByRole('link', { name: '+62 813-3800-0111' })).toHaveAttribute('href', 'tel:+6281338000111');
    expect(screen.queryByTestId('report-source')).not.toBeInTheDocument();
  });

  it('does not show the channel to the reporter', async () => {
    const report = seedReport({ owner: 'warga1', channel: 'PHONE' });
    loginAs();
    renderApp(`/laporan/${report.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: report.title })).toBeInTheDocument();
    expect(screen.queryByTestId('report-channel')).not.toBeInTheDocument();
  });
});
