/** A button that asks "are you sure?" in the page itself (no pop-up), with the safe choice focused. */
import { useEffect, useRef, useState } from 'react';

interface Props {
  label: string;
  question: string;
  onConfirm: () => void;
}

export function ConfirmButton({ label, question, onConfirm }: Props) {
  const [asking, setAsking] = useState(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) cancel.current?.focus();
    else if (returnFocus.current) start.current?.focus();
  }, [asking]);

  const close = () => {
    returnFocus.current = true;
    setAsking(false);
  };

  if (!asking) {
    return (
      <button ref={start} type="button" className="secondary danger" onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={label}>
      <p>{question}</p>
      <button type="button" className="danger" onClick={() => { onConfirm(); close(); }}>
        Ja, {label.charAt(0).toLowerCase()}{label.slice(1)}
      </button>
      <button ref={cancel} type="button" className="secondary" onClick={close}>
        Nee, toch niet
      </button>
    </div>
  );
}
