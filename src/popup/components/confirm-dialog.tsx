import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../browser/i18n';

export interface ConfirmRequest {
  message: string;
  warning?: string;
  run: () => Promise<void>;
}

/** A modal question in the page (window.confirm is not available in extension popups). */
export function ConfirmDialog({ request, onClose }: { request: ConfirmRequest; onClose: () => void }) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div class="backdrop">
      <div
        class="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="confirm-msg"
        data-testid="confirm"
        onKeyDown={(e) => {
          if (e.key === 'Escape') onClose();
        }}
      >
        <p id="confirm-msg">{request.message}</p>
        {request.warning ? (
          <p class="warning" data-testid="confirm-warning">
            {request.warning}
          </p>
        ) : null}
        <div class="dialog-actions">
          <button type="button" ref={cancel} onClick={onClose}>
            {t('cancel')}
          </button>
          <button
            type="button"
            class="danger"
            data-testid="confirm-ok"
            onClick={async () => {
              await request.run();
              onClose();
            }}
          >
            {t('confirm')}
          </button>
        </div>
      </div>
    </div>
  );
}
