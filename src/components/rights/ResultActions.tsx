/** Print, share as a link, keep on this device, change answers, clear everything. */
import { useState } from 'react';
import type { Explorer } from './use-explorer';

export function ResultActions({ explorer }: { explorer: Explorer }) {
  const [link, setLink] = useState('');
  const [copied, setCopied] = useState(false);
  return (
    <div className="result-actions no-print">
      <div className="verkenner-nav">
        <button type="button" onClick={() => window.print()}>
          Druk af
        </button>
        <button type="button" className="secondary" onClick={() => (setLink(explorer.shareLink()), setCopied(false))}>
          Maak een link om te delen
        </button>
        <button type="button" className="secondary" onClick={() => explorer.setView({ kind: 'review' })}>
          Wijzig je antwoorden
        </button>
        <button type="button" className="secondary" onClick={explorer.saveOnDevice} disabled={explorer.saved}>
          {explorer.saved ? 'Bewaard op dit toestel' : 'Bewaar op dit toestel'}
        </button>
        <button type="button" className="secondary" onClick={explorer.clearAll}>
          Wis alles
        </button>
      </div>
      {link && (
        <div className="share-link">
          <label htmlFor="deellink">Link met je antwoorden</label>
          <input id="deellink" readOnly value={link} onFocus={(e) => e.target.select()} />
          <button
            type="button"
            className="secondary"
            onClick={() =>
              navigator.clipboard?.writeText(link).then(
                () => setCopied(true),
                () => setCopied(false),
              )
            }
          >
            Kopieer de link
          </button>
          <p className="meta" aria-live="polite">
            {copied ? 'De link is gekopieerd. ' : ''}Je antwoorden staan alleen in het deel na # in de link. Dat deel wordt nooit naar een server gestuurd. Wie de link krijgt, ziet je antwoorden. Je antwoord over verblijf zit er niet in.
          </p>
        </div>
      )}
    </div>
  );
}
