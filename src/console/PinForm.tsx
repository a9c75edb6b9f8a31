/** Asks for the console PIN (when the URL has none, or the server refused it). */
import { useState } from 'react';
import { ct, type Lang } from './strings';

/** The PIN card; `problem` says why it is shown again. */
export function PinForm({ lang, problem, onPin }: { lang: Lang; problem: 'badPin' | 'pinLocked' | null; onPin(pin: string): void }) {
  const [value, setValue] = useState('');
  return (
    <form
      className="pin-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (/^\d{6,12}$/.test(value.trim())) onPin(value.trim());
      }}
    >
      <h2>{ct(lang, 'pinTitle')}</h2>
      {problem && (
        <p className="pin-error" role="alert">
          {ct(lang, problem)}
        </p>
      )}
      <p className="pin-hint">{ct(lang, 'pinHint')}</p>
      <label>
        {ct(lang, 'pinField')}
        <input inputMode="numeric" autoComplete="off" pattern="\d{6,12}" required value={value} onChange={(e) => setValue(e.target.value)} autoFocus />
      </label>
      <button type="submit" className="primary">
        {ct(lang, 'pinSubmit')}
      </button>
    </form>
  );
}
