import { render, screen } from '@testing-library/react';
import { MarkedText } from './marked-text';

const text = 'NIK saya 5371014501900003, hubungi 081234567890.';
const spans = [
  { field: 'description' as const, start: 35, end: 47, kind: 'PHONE' as const },
  { field: 'description' as const, start: 9, end: 25, kind: 'NIK' as const },
  { field: 'title' as const, start: 0, end: 3, kind: 'EMAIL' as const },
];

describe('MarkedText', () => {
  it('marks the personal data of its own field, in order, and keeps the rest of the text', () => {
    const { container } = render(
      <p>
        <MarkedText text={text} field="description" spans={spans} />
      </p>,
    );
    const marks = container.querySelectorAll('mark');
    expect([...marks].map((m) => m.dataset.kind)).toEqual(['NIK', 'PHONE']);
    expect(marks[0].firstChild?.textContent).toBe('5371014501900003');
    expect(marks[1].firstChild?.textContent).toBe('081234567890');
    expect(screen.getAllByTitle('NIK: disembunyikan dari publik')).toHaveLength(1);
    expect(container.textContent).toContain('NIK saya 5371014501900003');
    expect(container.textContent?.startsWith('NIK saya ')).toBe(true);
    expect(container.textContent?.endsWith('.')).toBe(true);
  });

  it('shows the text as it is without spans', () => {
    const { container } = render(<MarkedText text={text} field="description" />);
    expect(container.querySelector('mark')).toBeNull();
    expect(container.textContent).toBe(text);
  });
});
