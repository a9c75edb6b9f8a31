/** The details region: the selected pavilion's or panel's content as accessible text, from the same model as its 3D panel. */
import { useMemo } from 'react';
import { getPanel, getPavilion } from '../content';
import { panelModel, pavilionModel, type PanelModel, type PanelRow } from '../content/panel-model';
import { t } from '../i18n';
import { useExhibit } from '../state/store';

function Row({ row }: { row: PanelRow }) {
  switch (row.type) {
    case 'figure':
      return (
        <div className="fig">
          <dt>{row.label}</dt>
          <dd>
            <strong>{row.text}</strong>
            {row.alt && <span> ({row.alt})</span>}
            <span className="year"> · {row.year}</span>
            {row.note && <span className="note"> · {row.note}</span>}
          </dd>
        </div>
      );
    case 'gauge':
      return <Row row={row.figure} />;
    case 'bars':
      return (
        <div className="fig bars">
          <dt>
            {row.title} · {row.year}
          </dt>
          <dd>
            <ul>
              {row.items.map((i) => (
                <li key={i.label}>
                  {i.label}: <strong>{i.text}</strong>
                  <span className="bar" style={{ width: `${Math.round(i.fraction * 100)}%` }} aria-hidden="true" />
                </li>
              ))}
            </ul>
          </dd>
        </div>
      );
    case 'timeline':
      return (
        <div className="fig timeline">
          <dd>
            <ol>
              {row.entries.map((e) => (
                <li key={e.year}>
                  <strong>{e.year}</strong> {e.text}
                </li>
              ))}
            </ol>
          </dd>
        </div>
      );
    default:
      return (
        <div className="fig text">
          <dd>{row.text}</dd>
        </div>
      );
  }
}

function DetailsBody({ model }: { model: PanelModel }) {
  return (
    <>
      <h2 style={model.accent ? { borderColor: model.accent } : undefined}>{model.title}</h2>
      {model.subtitle && <p className="subtitle">{model.subtitle}</p>}
      <dl>
        {model.rows.map((r, i) => (
          <Row key={i} row={r} />
        ))}
      </dl>
      {model.sources.map((s) => (
        <p className="source" key={s}>
          {s}
        </p>
      ))}
    </>
  );
}

/** The details region. */
export function Details() {
  const lang = useExhibit((s) => s.lang);
  const selection = useExhibit((s) => s.selection);
  const exploring = useExhibit((s) => s.mode === 'explore');
  const model = useMemo(() => {
    if (selection.kind === 'pavilion') {
      const p = getPavilion(selection.id);
      return p ? pavilionModel(p, lang) : null;
    }
    if (selection.kind === 'panel') {
      const p = getPanel(selection.id);
      return p ? panelModel(p, lang) : null;
    }
    return null;
  }, [selection, lang]);
  return (
    <section data-covers-view={model ? '' : undefined} className={model ? 'hud-details' : exploring ? 'hud-details empty' : 'hud-details empty hidden'} aria-label={t('details.label', lang)} aria-live="polite">
      {model ? <DetailsBody model={model} /> : exploring && <p className="hint">{t('details.empty', lang)}</p>}
    </section>
  );
}
