/** One question: the input that fits the fact, its help, and "waarom vragen we dit?". */
import type { Answer, ExplorerData, Fact } from '../../lib/rights/types';
import { ChildrenInput } from './ChildrenInput';
import { ChoiceInput } from './ChoiceInput';
import { ChoicesInput } from './ChoicesInput';
import { MunicipalityInput } from './MunicipalityInput';
import { NumberInput } from './NumberInput';

export interface InputProps {
  fact: Fact;
  answer: Answer | undefined;
  onAnswer: (answer: Answer | undefined) => void;
}

const YES_NO = [
  { id: 'ja', label: 'Ja' },
  { id: 'nee', label: 'Nee' },
];

export function Question({ fact, data, answer, onAnswer }: InputProps & { data: ExplorerData }) {
  const input = () => {
    switch (fact.type) {
      case 'boolean':
        return (
          <ChoiceInput
            fact={fact}
            choices={YES_NO}
            selected={answer && 'value' in answer ? (answer.value ? 'ja' : 'nee') : undefined}
            answer={answer}
            onPick={(id) => onAnswer({ value: id === 'ja' })}
            onAnswer={onAnswer}
          />
        );
      case 'choice':
        return <ChoiceInput fact={fact} choices={fact.values ?? []} selected={answer && 'value' in answer ? (answer.value as string) : undefined} answer={answer} onPick={(id) => onAnswer({ value: id })} onAnswer={onAnswer} />;
      case 'choices':
        return <ChoicesInput fact={fact} answer={answer} onAnswer={onAnswer} />;
      case 'number':
        return <NumberInput fact={fact} answer={answer} onAnswer={onAnswer} />;
      case 'municipality':
        return <MunicipalityInput fact={fact} answer={answer} onAnswer={onAnswer} municipalities={data.municipalities} />;
      case 'children':
        return <ChildrenInput fact={fact} answer={answer} onAnswer={onAnswer} personFacts={data.personFacts} />;
    }
  };
  return (
    <fieldset className="verkenner-question" aria-describedby={fact.help ? `hulp-${fact.id}` : undefined}>
      <legend>{fact.question}</legend>
      {fact.help && (
        <p className="meta" id={`hulp-${fact.id}`}>
          {fact.help}
        </p>
      )}
      {input()}
      <details className="why">
        <summary>Waarom vragen we dit?</summary>
        <p>{fact.why}</p>
      </details>
    </fieldset>
  );
}
