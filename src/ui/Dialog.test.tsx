import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from './Dialog';

function Harness({ onClose }: { onClose: () => void }) {
  const [open, setOpen] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setOpen((value) => !value)}>
        Toggle
      </button>
      <Dialog
        open={open}
        title="A dialog"
        onClose={() => {
          onClose();
          setOpen(false);
        }}
      >
        <input aria-label="Inside" />
      </Dialog>
    </>
  );
}

describe('Dialog', () => {
  it("ignores the earlier close's queued `close` event when it has been opened again meanwhile", () => {
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    const toggle = screen.getByRole('button', { name: 'Toggle' });
    act(() => toggle.click()); // closed through the prop
    act(() => toggle.click()); // opened again before the browser's queued `close` event ran
    const dialog = document.querySelector('dialog');
    expect(dialog?.open).toBe(true);

    act(() => {
      dialog?.dispatchEvent(new Event('close')); // that queued event, arriving late
    });
    expect(onClose).not.toHaveBeenCalled();
    expect(dialog?.open).toBe(true);
    expect(screen.getByRole('textbox', { name: 'Inside' })).toBeInTheDocument();
  });

  it('reports a native close it did not ask for', () => {
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    const dialog = document.querySelector('dialog');
    act(() => {
      dialog?.close();
      dialog?.dispatchEvent(new Event('close'));
    });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
