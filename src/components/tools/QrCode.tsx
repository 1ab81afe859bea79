/** A QR code drawn in the browser with the same package the build uses: no outside service. */
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

const drawn = new Map<string, Promise<string>>();

export function QrCode({ url }: { url: string }) {
  const [svg, setSvg] = useState('');
  useEffect(() => {
    let current = true;
    if (!drawn.has(url)) drawn.set(url, QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }));
    drawn.get(url)!.then((s) => current && setSvg(s)).catch(() => undefined);
    return () => {
      current = false;
    };
  }, [url]);
  // The link next to it says where the code leads; the drawing itself is only for cameras.
  return <div className="qr" aria-hidden="true" dangerouslySetInnerHTML={{ __html: svg }} />;
}
