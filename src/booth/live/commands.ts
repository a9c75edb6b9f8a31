/** What a device does when the console steers it: reset, language, tour start/stop, a tour stop now, a new label. */
import type { Lang } from '../../i18n/lang';
import type { LiveHost } from '../live-host';
import type { DeviceCommand } from './protocol';

/** Applies one command from the console; `defaultLang` is this page's start language (for reset). */
export function applyCommand(host: LiveHost, c: DeviceCommand, defaultLang: Lang): void {
  const s = host.store.getState();
  switch (c.action) {
    case 'reset':
      // Everything the idle reset does; in VR the way back to the table is a fade, as any jump.
      host.resetForNextVisitor(defaultLang, 'fade');
      return;
    case 'lang':
      if (c.lang) s.actions.setLang(c.lang);
      return;
    case 'startTour':
      s.actions.startTour('tour');
      return;
    case 'stopTour':
      s.actions.stopTour();
      return;
    case 'tourStop': {
      const i = c.index ?? 0;
      if (i < 0 || i >= host.tourLength) return;
      // Same moment on every headset: the stop shows now, whether or not this device was on the tour.
      if (s.mode === 'tour' && s.tour) s.actions.tourStep({ type: 'goto', index: i });
      else s.actions.startTour('tour', i);
      return;
    }
    case 'label':
      if (c.label) host.live.setState({ label: c.label });
      return;
    case 'sound':
      // The console's mute or unmute, for the desktop and VR alike.
      if (c.sound) host.setSound(c.sound);
      return;
  }
}
