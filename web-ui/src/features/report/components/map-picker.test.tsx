import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import MapPicker from './map-picker';

const config = {
  tileUrl: 'https://tiles.test/{z}/{x}/{y}.png',
  attribution: '© OpenStreetMap',
  center: { latitude: -10.1632, longitude: 123.6015 },
  zoom: 15,
};

describe('MapPicker', () => {
  it('shows the tiles around the city and places the pin where it is clicked', () => {
    const onPick = vi.fn();
    render(<MapPicker config={config} onPick={onPick} />);
    const sources = screen.getByTestId('map').querySelectorAll('img');
    expect([...sources].map((img) => img.getAttribute('src'))).toContain('https://tiles.test/15/27634/17313.png');

    // jsdom has no layout: the view is 320 px wide from (0, 0), so its middle is (160, 130).
    fireEvent.click(screen.getByTestId('map'), { clientX: 160, clientY: 130 });
    expect(onPick).toHaveBeenLastCalledWith({ latitude: -10.1632, longitude: 123.6015 });
    fireEvent.click(screen.getByTestId('map'), { clientX: 260, clientY: 30 });
    const [{ latitude, longitude }] = onPick.mock.lastCall!;
    expect(longitude).toBeGreaterThan(123.6015);
    expect(latitude).toBeGreaterThan(-10.1632);
  });

  it('works by keyboard: pan with the arrows, mark the middle with Enter', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    render(<MapPicker config={config} onPick={onPick} />);
    screen.getByTestId('map').focus();
    await user.keyboard('{ArrowRight}{Enter}');
    const [{ latitude, longitude }] = onPick.mock.lastCall!;
    expect(latitude).toBeCloseTo(-10.1632, 4);
    expect(longitude).toBeGreaterThan(123.6015);
    await user.click(screen.getByRole('button', { name: 'Perbesar peta' }));
    expect(screen.getByTestId('map').querySelector('img')!.getAttribute('src')).toMatch(/^https:\/\/tiles\.test\/16\//);
  });

  it('shows the chosen point', () => {
    render(<MapPicker config={config} latitude={-10.1632} longitude={123.6015} onPick={() => {}} />);
    expect(screen.getByTestId('map-pin')).toHaveStyle({ left: '160px', top: '130px' });
  });
});
