/** One domain of the netwerkkaart: who helps, what goes well, and for a gap "wie kan hier helpen?". */
import { useId } from 'react';
import { formalityLabel } from '../../lib/labels';
import { contactQualityLabel, domainState, DOMAIN_EXAMPLES, helpLinks, needsHelpLink, NOTE_MAX, type DomainId, type NetworkContact, type NetworkDomain, type NetworkMapData } from '../../lib/tools/network-map';
import { ContactForm } from './ContactForm';

interface Props {
  domain: { id: DomainId; name: string };
  value: NetworkDomain;
  municipality: NetworkMapData['municipality'];
  onChange: (change: Partial<NetworkDomain>) => void;
  onAdd: (contact: Omit<NetworkContact, 'id'>) => void;
  onRemove: (contact: NetworkContact) => void;
}

const stateText = { helped: '', gap: 'Nog niemand. Dit is een lege plek.', 'no-need': 'Geen vraag hier.' } as const;

export function DomainCard({ domain, value, municipality, onChange, onAdd, onRemove }: Props) {
  const id = useId();
  const state = domainState(value);
  const links = helpLinks(domain.id, municipality);
  return (
    <li className={`card domain-card ${state}`} data-domain={domain.id}>
      <h3>{domain.name}</h3>
      {state !== 'helped' && <p className="domain-state">{stateText[state]}</p>}
      {value.contacts.length > 0 && (
        <ul className="contacts">
          {value.contacts.map((c) => (
            <li key={c.id}>
              <strong>{c.name}</strong> <span className="meta">({formalityLabel[c.kind].toLowerCase()}{c.quality && `, ${contactQualityLabel[c.quality].toLowerCase()}`})</span>{' '}
              <button type="button" className="secondary small no-print" aria-label={`Verwijder ${c.name} bij ${domain.name}`} onClick={() => onRemove(c)}>
                Verwijder
              </button>
            </li>
          ))}
        </ul>
      )}
      {value.note && <p className="domain-note">{value.note}</p>}
      {value.extraHelp && !value.noNeed && <p className="domain-state">Hier is extra hulp nodig.</p>}
      {needsHelpLink(value) && (
        <p className="help-links">
          <strong>Wie kan hier helpen?</strong>{' '}
          {links.nearby && (
            <>
              <a href={links.nearby}>Hulp in {municipality!.name}</a>
              {' · '}
            </>
          )}
          <a href={links.explorer}>{links.nearby ? 'Zoek stap voor stap' : 'Zoek stap voor stap wie helpt'}</a>
        </p>
      )}
      <details className="domain-edit no-print">
        <summary aria-label={`Vul aan: ${domain.name}`}>Vul aan</summary>
        <ContactForm domainName={domain.name} example={DOMAIN_EXAMPLES[domain.id]} onAdd={onAdd} />
        <label htmlFor={`${id}-notitie`}>Wat loopt goed? Wat loopt minder goed?</label>
        <textarea id={`${id}-notitie`} rows={3} maxLength={NOTE_MAX} value={value.note} onChange={(e) => onChange({ note: e.target.value })} />
        <div className="tool-option">
          <input id={`${id}-extra`} type="checkbox" checked={value.extraHelp} onChange={(e) => onChange({ extraHelp: e.target.checked })} />
          <label htmlFor={`${id}-extra`}>Hier is extra hulp nodig</label>
        </div>
        <div className="tool-option">
          <input id={`${id}-geen`} type="checkbox" checked={value.noNeed} disabled={value.contacts.length > 0} onChange={(e) => onChange({ noNeed: e.target.checked })} />
          <label htmlFor={`${id}-geen`}>Geen vraag in dit domein (sla over)</label>
        </div>
      </details>
    </li>
  );
}
