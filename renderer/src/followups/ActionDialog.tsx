import type { ReactNode } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

/** A small modal for one follow-up action: focus is trapped inside, Escape closes, focus returns to the button that opened it. */
export function ActionDialog({ title, onClose, children }: { title: string; onClose(): void; children: ReactNode }) {
  return (
    <ModalOverlay className="fu-overlay" isOpen isDismissable onOpenChange={(open) => (open ? undefined : onClose())}>
      <Modal className="fu-modal">
        <Dialog className="fu-dialog">
          <Heading slot="title" className="fu-dialog-title">
            {title}
          </Heading>
          {children}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
