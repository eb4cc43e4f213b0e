import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReadingProgress } from './reading-progress-bar';

const progress = { read: 1, total: 3, requiredLeft: 2, minutesLeft: 40 };

describe('ReadingProgress', () => {
  it('counts down what is due before the module', () => {
    render(<ReadingProgress label="Module 2" progress={progress} />);
    expect(screen.getByText(/2 required left/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toBeInTheDocument();
  });

  it('stops counting down once the module has finished', () => {
    const { container } = render(<ReadingProgress label="Module 1" progress={progress} finished />);
    expect(container).toHaveTextContent('1 of 3 read · the module has finished');
    expect(container).not.toHaveTextContent(/required left|minutes to go/);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
