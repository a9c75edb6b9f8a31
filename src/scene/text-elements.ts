/** Registers troika's `Text` and `BatchedText` as R3F elements: many texts, one draw call per batch. */
import { extend, type ThreeElement } from '@react-three/fiber';
import { BatchedText, Text } from 'troika-three-text';

extend({ BatchedText, TroikaText: Text });

declare module '@react-three/fiber' {
  interface ThreeElements {
    batchedText: ThreeElement<typeof BatchedText>;
    troikaText: ThreeElement<typeof Text>;
  }
}
