/** The zh/en switch: two toggle buttons in a labelled group. */
import { langs } from '../i18n/lang';
import { t } from '../i18n';
import { useExhibit } from '../state/store';

/** The language switch. */
export function LanguageSwitch() {
  const lang = useExhibit((s) => s.lang);
  const setLang = useExhibit((s) => s.actions.setLang);
  return (
    <div role="group" aria-label={t('lang.label', lang)} className="hud-lang">
      {langs.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)}>
          {t(l === 'zh' ? 'lang.zh' : 'lang.en', lang)}
        </button>
      ))}
    </div>
  );
}
