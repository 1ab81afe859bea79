/** First screen: what the explorer does, what it does not, and that nothing leaves the phone. */
export function Intro({ onStart }: { onStart: () => void }) {
  return (
    <section aria-labelledby="verkenner-start">
      <h2 id="verkenner-start" data-step-heading tabIndex={-1}>
        Zo werkt het
      </h2>
      <ul>
        <li>Je beantwoordt ongeveer 12 korte vragen, in een paar stappen, over je gezin, je inkomen en hoe je woont.</li>
        <li>Weet je iets niet, of wil je het niet zeggen? Dan sla je de vraag over.</li>
        <li>Daarna zie je welke rechten je misschien hebt, waarom, en hoe je ze krijgt.</li>
      </ul>
      <p className="notice">
        <strong>Je antwoorden blijven op je toestel.</strong> We sturen ze nergens naartoe en we bewaren niets, tenzij je dat zelf vraagt.
      </p>
      <p>Dit is een inschatting, geen beslissing. De dienst die het recht geeft, beslist altijd zelf.</p>
      <button type="button" onClick={onStart}>
        Begin met de vragen
      </button>
    </section>
  );
}
