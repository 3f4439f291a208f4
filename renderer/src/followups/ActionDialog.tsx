import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

/**
 * A small modal for one follow-up action: its fields, then Save and Cancel. Focus is trapped
 * inside, Escape closes, focus returns to the button that opened it.
 */
export function ActionDialog(props: {
  title: string;
  onClose(): void;
  onSubmit(): void;
  submitLabel: string;
  cancelLabel: string;
  busy?: boolean;
  children: ReactNode;
}) {
  const { title, onClose, onSubmit, submitLabel, cancelLabel, busy = false, children } = props;
  return (
    <ModalOverlay className="fu-overlay" isOpen isDismissable onOpenChange={(open) => (open ? undefined : onClose())}>
      <Modal className="fu-modal">
        <Dialog className="fu-dialog">
          <Heading slot="title" className="fu-dialog-title">
            {title}
          </Heading>
          <form
            className="fu-dialog-form"
            onSubmit={(e) => {
              e.preventDefault();
              onSubmit();
            }}
          >
            {children}
            <div className="fu-dialog-actions">
              <button type="submit" className="fu-primary" disabled={busy}>
                {submitLabel}
              </button>
              <button type="button" onClick={onClose}>
                {cancelLabel}
              </button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
