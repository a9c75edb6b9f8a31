/** What `npm start` prints: the URLs, the console URL with its PIN, a QR code and the certificate. */
import QRCode from 'qrcode';

/**
 * The banner text.
 * @param {import('./index.d.mts').BoothServer} server
 * @param {{ distDir: string, certDirShown: string }} info
 * @returns {Promise<string>}
 */
export async function bannerText(server, { distDir, certDirShown }) {
  const { urls, certificate, pin } = server;
  const out = [''];
  out.push('  Exhibit booth server is running');
  out.push(`  Serving ${distDir}`);
  out.push('');
  out.push(`  On this laptop:  ${urls.local}`);
  out.push(`  TV (spectator):  ${urls.local}?kiosk&spectate`);
  out.push(`  Staff console:   ${urls.local}console?pin=${pin}`);
  if (urls.lan[0]) out.push(`                   ${urls.lan[0]}console?pin=${pin}  (staff phone or tablet)`);
  out.push(`  Console PIN:     ${pin}`);
  out.push('');
  if (urls.lan.length) {
    out.push('  On headsets (same Wi-Fi / LAN as this laptop):');
    for (const url of urls.lan) out.push(`    ${url}`);
    out.push('');
    let qr = '';
    try {
      qr = await QRCode.toString(urls.lan[0] ?? '', { type: 'terminal', small: true });
    } catch {
      qr = '  (could not draw the QR code)\n';
    }
    out.push(`  Scan to open ${urls.lan[0]}:`);
    out.push(qr.replace(/\n$/, ''));
    out.push('  First visit on each headset: the browser warns about the self-signed certificate; choose Advanced → Proceed.');
  } else {
    out.push('  No LAN address found: connect this laptop to the booth network and restart to serve headsets.');
    out.push('  Until then only this laptop can open the exhibit.');
  }
  out.push('');
  out.push(
    certificate.generated
      ? `  New self-signed certificate (${certificate.reason}); headsets must accept it once.`
      : `  Certificate reused from ${certDirShown}/ (valid until ${certificate.validTo.toISOString().slice(0, 10)}).`,
  );
  out.push(`  SHA-256 fingerprint: ${certificate.fingerprint256}`);
  out.push('  Press Ctrl+C to stop.');
  out.push('');
  return out.join('\n');
}
