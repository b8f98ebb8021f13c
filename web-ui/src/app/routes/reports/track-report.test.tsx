import { screen } from '@testing-library/react';
import { seedReport } from '@/testing/mocks/db';
import { renderApp } from '@/testing/test-utils';

describe('Lacak laporan', () => {
  it('shows the public status of a report found by its code', async () => {
    const report = seedReport({ title: 'Sampah menumpuk di Pasar Oeba', type: 'COMPLAINT', status: 'SUBMITTED' });
    const { user, router } = renderApp('/lacak');

    const input = await screen.findByLabelText('Kode pelacakan');
    await user.type(input, ` ${report.trackingCode.toLowerCase()} `);
    await user.click(screen.getByRole('button', { name: 'Lacak' }));

    const card = await screen.findByTestId('tracked-report');
    expect(router.state.location.pathname).toBe(`/lacak/${report.trackingCode}`);
    expect(card).toHaveTextContent('Sampah menumpuk di Pasar Oeba');
    expect(screen.getByTestId('report-status')).toHaveTextContent('Diajukan');
    expect(card).toHaveTextContent('Pengaduan');
    expect(card).toHaveTextContent(report.trackingCode);
    expect(card).toHaveTextContent(new Intl.DateTimeFormat('id-ID', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(report.createdAt)));
  });

  it('says the report was not found for an unknown code', async () => {
    renderApp('/lacak/ZZZZ9999');
    expect(await screen.findByTestId('track-not-found')).toHaveTextContent(
      'Laporan tidak ditemukanTidak ada laporan umum dengan kode ZZZZ9999. Periksa kembali kode Anda. Laporan rahasia hanya dapat dibuka oleh pelapornya: dengan akun atau dengan PIN di bawah.',
    );
    expect(screen.queryByTestId('tracked-report')).not.toBeInTheDocument();
  });

  it('asks for a code before searching', async () => {
    const { user } = renderApp('/lacak');
    await user.click(await screen.findByRole('button', { name: 'Lacak' }));
    expect(screen.getByLabelText('Kode pelacakan')).toHaveAccessibleDescription(expect.stringContaining('Masukkan kode pelacakan.'));
  });

  it('switches the whole page to English', async () => {
    const report = seedReport({ status: 'IN_PROGRESS', type: 'INFORMATION_REQUEST' });
    const { user } = renderApp(`/lacak/${report.trackingCode}`);
    expect(await screen.findByTestId('report-status')).toHaveTextContent('Ditindaklanjuti');

    await user.selectOptions(screen.getByLabelText('Bahasa'), 'English');
    expect(screen.getByRole('heading', { level: 1, name: 'Track a report' })).toBeInTheDocument();
    expect(screen.getByTestId('report-status')).toHaveTextContent('In progress');
    expect(screen.getByTestId('tracked-report')).toHaveTextContent('Information request');
    expect(document.documentElement.lang).toBe('en');
  });
});
