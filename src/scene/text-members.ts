/** The troika texts an object draws: a batch's members (kept in a private map, not as children), or a lone text. */
import type { Object3D } from 'three';
import { BatchedText, Text } from 'troika-three-text';

/** The texts `o` draws: its members for a batch, itself for a lone text, none otherwise. */
export const textMembers = (o: Object3D): Text[] => (o instanceof BatchedText ? [...((o as unknown as { _members?: Map<Text, unknown> })._members?.keys() ?? [])] : o instanceof Text ? [o] : []);
