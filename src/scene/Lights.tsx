/** Late-morning sun from the south-east and a sky/ground fill. Usage: `<Lights />` */
export function Lights() {
  return (
    <>
      <hemisphereLight args={['#eaf2f7', '#b9ad8f', 1.5]} />
      <directionalLight position={[1800, 2600, 1400]} intensity={2.2} color="#fff3df" />
    </>
  );
}
