/** Late-morning sun from the south-east and a sky/ground fill. Usage: `<Lights />` */
import { SUN_POSITION } from './sun';

export function Lights() {
  return (
    <>
      <hemisphereLight args={['#dfeaf2', '#b7aa8c', 1.35]} />
      <directionalLight position={[...SUN_POSITION]} intensity={2.4} color="#fff1dc" />
    </>
  );
}
