/** The results: what comes by itself, what to ask for, what is not sure yet, and what probably not. */
import { documentChecklist, groupResults, type ResultGroup } from '../../lib/rights/results';
import { GROUP_TEXT } from '../../lib/rights/texts';
import type { ExplorerData } from '../../lib/rights/types';
import { Checklist } from './Checklist';
import { ResultActions } from './ResultActions';
import { RightCard } from './RightCard';
import type { Explorer } from './use-explorer';

const count = (sections: ReturnType<typeof groupResults>[ResultGroup]) => sections.reduce((n, s) => n + s.items.length, 0);

export function Results({ data, explorer }: { data: ExplorerData; explorer: Explorer }) {
  const groups = groupResults(data, explorer.results);
  const checklist = documentChecklist(data, explorer.results);
  const nis = explorer.answers.gemeente && 'value' in explorer.answers.gemeente ? (explorer.answers.gemeente.value as string) : undefined;
  const group = (g: ResultGroup) =>
    groups[g].length > 0 && (
      <section className={`result-group ${g}`} aria-labelledby={`groep-${g}`}>
        <h3 id={`groep-${g}`}>
          {GROUP_TEXT[g].title} ({count(groups[g])})
        </h3>
        <p>{GROUP_TEXT[g].intro}</p>
        {groups[g].map((section) => (
          <section key={section.domain.id} aria-labelledby={`groep-${g}-${section.domain.id}`}>
            <h4 id={`groep-${g}-${section.domain.id}`} className="domain-title">
              {section.domain.name}
            </h4>
            <ul className="cards">
              {section.items.map(({ right, result }) => (
                <RightCard key={right.id} right={right} result={result} group={g} data={data} explorer={explorer} nis={nis} />
              ))}
            </ul>
          </section>
        ))}
      </section>
    );

  return (
    <section aria-labelledby="resultaten-titel" className="verkenner-results">
      <h2 id="resultaten-titel" data-step-heading tabIndex={-1}>
        Rechten die je misschien hebt
      </h2>
      <p className="notice">
        <strong>Dit is een inschatting, geen beslissing.</strong> De dienst die het recht geeft, beslist altijd zelf. Twijfel je? Vraag het na, ook als hier "waarschijnlijk niet" staat.
      </p>
      <p role="status" className="lead">
        {count(groups.automatic)} vanzelf, {count(groups.apply)} om aan te vragen, {count(groups.maybe)} misschien.
      </p>
      <ResultActions explorer={explorer} />
      {group('automatic')}
      {group('apply')}
      {group('maybe')}
      <Checklist items={checklist} />
      {group('already')}
      {groups.unlikely.length > 0 && (
        <details className="result-group unlikely">
          <summary>
            {GROUP_TEXT.unlikely.title} ({count(groups.unlikely)})
          </summary>
          <p>{GROUP_TEXT.unlikely.intro}</p>
          <ul className="cards">
            {groups.unlikely.flatMap((s) => s.items).map(({ right, result }) => (
              <RightCard key={right.id} right={right} result={result} group="unlikely" data={data} explorer={explorer} nis={nis} />
            ))}
          </ul>
        </details>
      )}
      <p className="print-only">Gemaakt met de rechtenverkenner van Wegwijzer. Dit is een inschatting, geen beslissing.</p>
    </section>
  );
}
