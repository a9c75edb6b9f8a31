/**
 * Spoken captions with the browser's own speech synthesis, only where a local voice for the language
 * exists: never a network voice (booths are offline; some browsers' "online" voices call a cloud service).
 */
import type { Lang } from '../i18n/lang';

/** The local voice for a language, if the browser has one. */
export function localVoice(voices: readonly SpeechSynthesisVoice[], lang: Lang): SpeechSynthesisVoice | null {
  const prefix = lang === 'zh' ? 'zh' : 'en';
  return voices.find((v) => v.localService && v.lang.toLowerCase().startsWith(prefix)) ?? null;
}

/** Speaks a caption, silently skipping when no local voice exists; cancels anything still speaking. */
export function speak(text: string, lang: Lang): void {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined;
  if (!synth) return;
  synth.cancel();
  const voice = localVoice(synth.getVoices(), lang);
  if (!voice) return;
  const u = new SpeechSynthesisUtterance(text);
  u.voice = voice;
  u.lang = voice.lang;
  synth.speak(u);
}

/** Stops speaking. */
export function stopSpeaking(): void {
  if (typeof window !== 'undefined') window.speechSynthesis?.cancel();
}
