/**
 * "Mijn lijst": saved organisations, services and rights as a referral sheet to print or share.
 * The list (ids and notes) stays in this browser; the facts come from one file with every item.
 */
import { useEffect, useRef, useState } from 'react';
import { checkMyList, emptyList, itemKey, mergeItems, moveItem, removeItem, setNote, type ItemRef } from '../../lib/tools/my-list';
import { readShareHash, shareUrl } from '../../lib/tools/share';
import { ListItem } from './ListItem';
import { loadSaveable } from './saveable-data';
import { SharedList } from './SharedList';
import { ToolData } from './ToolData';
import { useToolData } from './tool-store';

type Loaded = Awaited<ReturnType<typeof loadSaveable>>;

export default function MyList() {
  const { data, save, ready, problem } = useToolData('mijn-lijst', checkMyList, emptyList);
  const [facts, setFacts] = useState<Loaded>();
  const [failed, setFailed] = useState(false);
  const [shared, setShared] = useState<{ refs: ItemRef[]; skipped: number }>();
  const [link, setLink] = useState('');
  const [printNotes, setPrintNotes] = useState(false);
  const [message, setMessage] = useState('');
  const moved = useRef<{ key: string; direction: 'up' | 'down' }>(undefined);

  useEffect(() => {
    loadSaveable().then(setFacts).catch(() => setFailed(true));
    setShared(readShareHash(window.location.hash));
  }, []);

  // Keep the keyboard on the moved item's button (or its other one, at the end of the list).
  useEffect(() => {
    const m = moved.current;
    if (!m) return;
    moved.current = undefined;
    const row = document.querySelector(`.list-item[data-key="${m.key}"]`);
    const buttons = [row?.querySelector<HTMLButtonElement>(`[data-move="${m.direction}"]`), row?.querySelector<HTMLButtonElement>('[data-move]:not(:disabled)')];
    buttons.find((b) => b && !b.disabled)?.focus();
  }, [data]);

  const closeShared = () => {
    setShared(undefined);
    window.history.replaceState(null, '', window.location.pathname);
  };

  if (!ready) return null;
  const total = data.items.length;

  return (
    <div className={`my-list${printNotes ? ' print-notes' : ''}`}>
      {problem && <p className="tool-error" role="alert">{problem}</p>}
      {failed && <p className="tool-error" role="alert">De gegevens van de organisaties konden niet laden. Herlaad de pagina als je weer internet hebt.</p>}
      {shared && facts && (
        <SharedList
          {...shared}
          byKey={facts.byKey}
          onAdd={() => {
            const known = shared.refs.filter((r) => facts.byKey.has(itemKey(r)));
            save(mergeItems(data, known));
            setMessage(`${known.length} ${known.length === 1 ? 'item' : 'items'} in je lijst gezet.`);
            closeShared();
          }}
          onClose={closeShared}
        />
      )}
      <p role="status" className="visually-hidden">{message}</p>
      {total === 0 ? (
        <div className="empty-list" tabIndex={-1}>
          <p><strong>Je lijst is nog leeg.</strong></p>
          <p>Zoek een organisatie, een soort dienst of een recht. Klik daar op <strong>Bewaar in mijn lijst</strong>.</p>
          <ul>
            <li><a href="/wie-doet-wat/">Wie doet wat? Stap voor stap</a></li>
            <li><a href="/gemeenten/">Hulp in jouw gemeente</a></li>
            <li><a href="/rechten/">Rechten</a></li>
          </ul>
        </div>
      ) : (
        <>
          <div className="tool-buttons no-print">
            <button type="button" onClick={() => window.print()}>Druk af</button>
            <button
              type="button"
              className="secondary"
              onClick={() => {
                const url = shareUrl(window.location.origin, data.items);
                setLink(url);
                if ('share' in navigator) void navigator.share({ title: 'Mijn lijst op Wegwijzer', url }).catch(() => undefined);
              }}
            >
              Deel als link
            </button>
            <span className="tool-option">
              <input id="notities-afdrukken" type="checkbox" checked={printNotes} onChange={(e) => setPrintNotes(e.target.checked)} />
              <label htmlFor="notities-afdrukken">Druk mijn notities mee af</label>
            </span>
          </div>
          {link && (
            <div className="share-link no-print">
              <label htmlFor="deel-link">Link naar je lijst. Kopieer hem en stuur hem door. Er staan alleen de namen van de items in, niet je notities.</label>
              <input id="deel-link" readOnly value={link} onFocus={(e) => e.target.select()} />
            </div>
          )}
          <h2 className="list-heading" tabIndex={-1}>Adressen in je lijst <span className="meta">({total})</span></h2>
          {!facts && !failed && <p>Je lijst wordt geladen …</p>}
          {(facts || failed) && <ol className="cards saved-list">
            {data.items.map((saved, i) => (
              <ListItem
                key={itemKey(saved)}
                saved={saved}
                item={facts?.byKey.get(itemKey(saved))}
                gone={facts !== undefined && !facts.byKey.has(itemKey(saved))}
                site={facts?.site ?? ''}
                position={i + 1}
                total={total}
                onMove={(delta) => {
                  moved.current = { key: itemKey(saved), direction: delta < 0 ? 'up' : 'down' };
                  save(moveItem(data, i, delta));
                  const name = facts?.byKey.get(itemKey(saved))?.name ?? 'Het item';
                  setMessage(`${name} staat nu op plaats ${Math.max(1, Math.min(total, i + 1 + delta))} van ${total}.`);
                }}
                onRemove={() => {
                  save(removeItem(data, saved));
                  requestAnimationFrame(() => document.querySelector<HTMLElement>('.list-heading, .empty-list')?.focus());
                  setMessage(`${facts?.byKey.get(itemKey(saved))?.name ?? 'Het item'} is uit je lijst gehaald.`);
                }}
                onNote={(note) => save(setNote(data, saved, note))}
              />
            ))}
          </ol>}
          <p className="meta print-only">Van Wegwijzer, de sociale kaart. Gegevens kunnen veranderen: bel bij twijfel eerst.</p>
        </>
      )}
      <ToolData kind="mijn-lijst" data={data} check={checkMyList} onReplace={save} onClear={() => save(emptyList())} />
    </div>
  );
}
