/** `<nav aria-label="Pavilions">`: one button per pavilion, named by the pavilion, plus the figure panels and Overview. */
import { content } from '../content';
import { t } from '../i18n';
import { useExhibit } from '../state/store';

/** The navigation list. */
export function PavilionNav() {
  const lang = useExhibit((s) => s.lang);
  const selection = useExhibit((s) => s.selection);
  const { select, focusPanel, overview } = useExhibit((s) => s.actions);
  const current = (kind: string, id: string) => selection.kind === kind && 'id' in selection && selection.id === id;
  return (
    <>
      <nav aria-label={t('nav.pavilions', lang)} className="hud-nav">
        <h2>{t('nav.pavilions', lang)}</h2>
        <ul>
          {content.pavilions.map((p) => (
            <li key={p.id}>
              <button type="button" aria-current={current('pavilion', p.id) ? 'true' : undefined} onClick={() => select(p.id)}>
                <span className="swatch" style={{ background: p.color }} aria-hidden="true" />
                {p.name[lang]}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <nav aria-label={t('nav.panels', lang)} className="hud-nav">
        <h2>{t('nav.panels', lang)}</h2>
        <ul>
          {content.panels.map((p) => (
            <li key={p.id}>
              <button type="button" aria-current={current('panel', p.id) ? 'true' : undefined} onClick={() => focusPanel(p.id)}>
                {p.title[lang]}
              </button>
            </li>
          ))}
        </ul>
        <button type="button" className="overview" aria-current={selection.kind === 'overview' ? 'true' : undefined} onClick={overview}>
          {t('nav.overview', lang)}
        </button>
      </nav>
    </>
  );
}
