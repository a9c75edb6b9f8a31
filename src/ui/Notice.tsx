/** A short, dismissible notice (e.g. an unknown link), announced politely to screen readers. */
import { t } from '../i18n';
import { useExhibit } from '../state/store';

/** The notice bar; renders nothing without a notice. */
export function Notice() {
  const lang = useExhibit((s) => s.lang);
  const notice = useExhibit((s) => s.notice);
  const dismiss = useExhibit((s) => s.actions.dismissNotice);
  return (
    <div className="hud-notice-slot" role="status" aria-live="polite">
      {notice && (
        <div className="hud-notice">
          <span>{t(notice, lang)}</span>
          <button type="button" onClick={dismiss} aria-label={t('notice.dismiss', lang)}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
