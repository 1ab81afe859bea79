/** "Wie helpt je hier?": one person or organisation, formal or informal, and how the contact goes. */
import { useId, useRef, useState } from 'react';
import { formalityLabel } from '../../lib/labels';
import { CONTACT_KINDS, CONTACT_QUALITIES, contactQualityLabel, NAME_MAX, type NetworkContact } from '../../lib/tools/network-map';

interface Props {
  domainName: string;
  example: string;
  onAdd: (contact: Omit<NetworkContact, 'id'>) => void;
}

const kindHint = { formal: 'een dienst of organisatie', informal: 'familie, vrienden, buren, vrijwilligers' } as const;

export function ContactForm({ domainName, example, onAdd }: Props) {
  const id = useId();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<NetworkContact['kind']>('informal');
  const [quality, setQuality] = useState<NetworkContact['quality']>('');
  const nameInput = useRef<HTMLInputElement>(null);

  return (
    <form
      className="contact-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!name.trim()) {
          nameInput.current?.focus();
          return;
        }
        onAdd({ name, kind, quality });
        setName('');
        setQuality('');
        nameInput.current?.focus();
      }}
    >
      <h4>Wie helpt je bij {domainName.toLowerCase()}?</h4>
      <label htmlFor={`${id}-naam`}>Naam of rol</label>
      <input id={`${id}-naam`} ref={nameInput} value={name} maxLength={NAME_MAX} placeholder={example} onChange={(e) => setName(e.target.value)} />
      <fieldset>
        <legend>Formeel of informeel?</legend>
        {CONTACT_KINDS.map((k) => (
          <span className="choice" key={k}>
            <input type="radio" id={`${id}-${k}`} name={`${id}-soort`} checked={kind === k} onChange={() => setKind(k)} />
            <label htmlFor={`${id}-${k}`}>{formalityLabel[k]} <span className="meta">({kindHint[k]})</span></label>
          </span>
        ))}
      </fieldset>
      <fieldset>
        <legend>Hoe loopt het contact?</legend>
        {CONTACT_QUALITIES.map((q) => (
          <span className="choice" key={q || 'onbekend'}>
            <input type="radio" id={`${id}-q-${q || 'onbekend'}`} name={`${id}-contact`} checked={quality === q} onChange={() => setQuality(q)} />
            <label htmlFor={`${id}-q-${q || 'onbekend'}`}>{contactQualityLabel[q]}</label>
          </span>
        ))}
      </fieldset>
      <button type="submit">Voeg toe</button>
    </form>
  );
}
