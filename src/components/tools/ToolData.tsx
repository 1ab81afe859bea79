/**
 * What every tool offers for its data: where it lives, private mode, save to and open from a
 * file, wipe this tool, wipe everything. A bad file changes nothing and says why.
 */
import { useEffect, useId, useState } from 'react';
import { readEnvelope, serialize, toolInfo, type DataChecker, type ToolKind } from '../../lib/tools/envelope';
import { announceChange, toolStorage } from './tool-store';
import { ConfirmButton } from './ConfirmButton';

interface Props<T> {
  kind: ToolKind;
  data: T;
  check: DataChecker<T>;
  onReplace: (data: T) => void;
  onClear: () => void;
}

const wipeWords: Record<ToolKind, { label: string; question: string }> = {
  'mijn-lijst': { label: 'Wis mijn lijst', question: 'Wil je je hele lijst wissen?' },
  netwerkkaart: { label: 'Wis deze netwerkkaart', question: 'Wil je de hele netwerkkaart wissen?' },
  handelingsplan: { label: 'Wis dit handelingsplan', question: 'Wil je het hele handelingsplan wissen?' },
};

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ToolData<T>({ kind, data, check, onReplace, onClear }: Props<T>) {
  const info = toolInfo[kind];
  const fileId = useId();
  const [isPrivate, setPrivate] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ message: string; details: string[] }>();

  useEffect(() => setPrivate(toolStorage().isPrivate()), []);

  const open = async (file: File) => {
    const read = readEnvelope(await file.text(), kind, check);
    if (read.ok) {
      onReplace(read.data);
      setError(undefined);
      setStatus(`Het bestand "${file.name}" is geopend.`);
    } else {
      setStatus('');
      setError({ message: read.error, details: read.details });
    }
  };

  return (
    <section className="tool-data no-print" aria-labelledby={`${fileId}-titel`}>
      <h2 id={`${fileId}-titel`}>Je gegevens</h2>
      <p className="privacy-line">
        {isPrivate
          ? 'Privé: wat je hier invult, blijft alleen in dit venster. Sluit je het venster, dan is alles weg.'
          : 'Wat je hier invult, blijft alleen in deze browser, op dit toestel. Het gaat nergens naartoe, ook niet naar Wegwijzer.'}
        {!toolStorage().available && ' Je browser laat niet toe iets te bewaren: bewaar je werk als bestand.'}
      </p>
      <div className="tool-option">
        <input
          id={`${fileId}-prive`}
          type="checkbox"
          checked={isPrivate}
          onChange={(e) => {
            toolStorage().setPrivate(e.target.checked);
            setPrivate(toolStorage().isPrivate());
            announceChange();
          }}
        />
        <label htmlFor={`${fileId}-prive`}>Privé: vergeet alles als ik dit venster sluit (handig op een computer van iemand anders)</label>
      </div>
      <div className="tool-buttons">
        <button type="button" className="secondary" onClick={() => download(`${info.fileName}-${new Date().toISOString().slice(0, 10)}.json`, serialize(kind, data))}>
          Bewaar als bestand
        </button>
        <span className="file-open">
          <label htmlFor={`${fileId}-bestand`}>Open een bewaard bestand (vervangt wat hier nu staat)</label>
          <input
            id={`${fileId}-bestand`}
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void open(file);
            }}
          />
        </span>
      </div>
      <p role="status" className="tool-status">{status}</p>
      <div role="alert" className="tool-error">
        {error && (
          <>
            <p>{error.message} Er is niets veranderd.</p>
            {error.details.length > 0 && <ul>{error.details.map((d) => <li key={d}>{d}</li>)}</ul>}
          </>
        )}
      </div>
      <div className="tool-buttons">
        <ConfirmButton
          label={wipeWords[kind].label}
          question={`${wipeWords[kind].question} Dat kan je niet ongedaan maken.`}
          onConfirm={() => {
            onClear();
            toolStorage().remove(kind);
            setStatus(`${info.name} is gewist.`);
          }}
        />
        <ConfirmButton
          label="Alles wissen"
          question="Wil je alles wissen: je lijst, je netwerkkaart en je handelingsplan? Dat kan je niet ongedaan maken."
          onConfirm={() => {
            toolStorage().wipeAll();
            setPrivate(false);
            announceChange();
            setStatus('Alles is gewist. Wegwijzer bewaart niets meer in deze browser.');
          }}
        />
      </div>
    </section>
  );
}
