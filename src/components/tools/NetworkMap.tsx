/**
 * The netwerkkaart island: fill in, with the family, who helps in each domain. The drawing and
 * the list show the same map; the gaps lead to the directory of the family's municipality.
 */
import { useState } from 'react';
import { addContact, checkNetworkMap, emptyNetworkMap, NAME_MAX, NETWORK_QUESTIONS, removeContact, updateDomain, type DomainId } from '../../lib/tools/network-map';
import { DomainCard } from './DomainCard';
import { MunicipalityField } from './MunicipalityField';
import { NetworkDrawing } from './NetworkDrawing';
import { ToolData } from './ToolData';
import { useToolData } from './tool-store';

interface Props {
  domains: { id: DomainId; name: string }[];
}

export default function NetworkMap({ domains }: Props) {
  const { data: map, save, ready, problem } = useToolData('netwerkkaart', checkNetworkMap, emptyNetworkMap);
  const [message, setMessage] = useState('');
  if (!ready) return null;

  return (
    <div className="network-map">
      {problem && <p className="tool-error" role="alert">{problem}</p>}
      <div className="network-fields no-print">
        <div className="field">
          <label htmlFor="gezin-naam">Naam van het gezin</label>
          <p className="meta" id="gezin-naam-uitleg">Een voornaam of initialen is genoeg.</p>
          <input id="gezin-naam" aria-describedby="gezin-naam-uitleg" maxLength={NAME_MAX} value={map.family} onChange={(e) => save({ ...map, family: e.target.value })} />
        </div>
        <MunicipalityField value={map.municipality} onChange={(municipality) => save({ ...map, municipality })} />
      </div>
      <details className="questions no-print">
        <summary>Vragen die je samen kan stellen</summary>
        <ol>{NETWORK_QUESTIONS.map((q) => <li key={q}>{q}</li>)}</ol>
        <p>Blijft een domein leeg? Vraag er dan naar. Heeft het gezin er geen vraag, sla het dan over. Het gezin beslist wie bij hun netwerk hoort.</p>
      </details>
      <figure className="network-figure">
        <NetworkDrawing domains={domains} map={map} idPrefix="kaart" />
        <figcaption className="meta">
          {map.family ? `Netwerkkaart van ${map.family}` : 'Netwerkkaart'}
          {map.municipality && `, ${map.municipality.name}`}. Gestreept: nog niemand.
        </figcaption>
      </figure>
      <p className="no-print"><button type="button" onClick={() => window.print()}>Druk de kaart af</button></p>
      <p role="status" className="visually-hidden">{message}</p>
      <h2>Per domein</h2>
      <ol className="cards domain-list">
        {domains.map((domain) => (
          <DomainCard
            key={domain.id}
            domain={domain}
            value={map.domains[domain.id]}
            municipality={map.municipality}
            onChange={(change) => save(updateDomain(map, domain.id, (d) => ({ ...d, ...change })))}
            onAdd={(contact) => {
              save(addContact(map, domain.id, contact));
              setMessage(`${contact.name.trim()} staat nu bij ${domain.name}.`);
            }}
            onRemove={(contact) => {
              save(removeContact(map, domain.id, contact.id));
              setMessage(`${contact.name} is weg bij ${domain.name}.`);
            }}
          />
        ))}
      </ol>
      <ToolData kind="netwerkkaart" data={map} check={checkNetworkMap} onReplace={save} onClear={() => save(emptyNetworkMap())} />
    </div>
  );
}
