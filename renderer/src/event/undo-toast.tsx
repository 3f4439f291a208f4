import { useEffect, useRef } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';

/**
 * The "deleted — Undo" toast. It lives in its own root on <body> so it outlives the screen that
 * deleted (the form closes, the toast stays), and announces itself politely to screen readers.
 */
export interface UndoToastOptions {
  message: string;
  undoLabel: string;
  dismissLabel: string;
  onUndo(): void | Promise<void>;
  /** How long the undo is offered. */
  ms?: number;
}

let root: Root | null = null;
let container: HTMLElement | null = null;

function host(): Root {
  if (!root || !container?.isConnected) {
    container = document.createElement('div');
    container.className = 'ef-toast-host';
    document.body.append(container);
    root = createRoot(container);
  }
  return root;
}

export function showUndoToast(options: UndoToastOptions): void {
  const r = host();
  const close = () => r.render(<ToastRegion />);
  r.render(<ToastRegion toast={{ ...options, id: Date.now(), close }} />);
}

export function showNotice(message: string, ms = 5000): void {
  const r = host();
  const close = () => r.render(<ToastRegion />);
  r.render(<ToastRegion toast={{ message, id: Date.now(), close, ms }} />);
}

interface ToastState {
  id: number;
  message: string;
  undoLabel?: string;
  dismissLabel?: string;
  onUndo?(): void | Promise<void>;
  ms?: number;
  close(): void;
}

/** The live region stays mounted so the next message is announced, not just inserted. */
function ToastRegion({ toast }: { toast?: ToastState }) {
  return (
    <div className="ef-toast-region" role="status" aria-live="polite">
      {toast ? <Toast key={toast.id} toast={toast} /> : null}
    </div>
  );
}

function Toast({ toast }: { toast: ToastState }) {
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    timer.current = window.setTimeout(toast.close, toast.ms ?? 10_000);
    return () => window.clearTimeout(timer.current);
  }, [toast]);
  return (
    <div className="ef-toast">
      <span>{toast.message}</span>
      {toast.onUndo ? (
        <button
          type="button"
          className="ef-toast-undo"
          onClick={async () => {
            window.clearTimeout(timer.current);
            toast.close();
            await toast.onUndo?.();
          }}
        >
          {toast.undoLabel}
        </button>
      ) : null}
      {toast.dismissLabel ? (
        <button type="button" className="ef-toast-dismiss" aria-label={toast.dismissLabel} onClick={toast.close}>
          <span aria-hidden="true">×</span>
        </button>
      ) : null}
    </div>
  );
}
