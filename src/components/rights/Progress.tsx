/** "Stap 3 van 8", as text and as a bar. */
export function Progress({ step, total }: { step: number; total: number }) {
  return (
    <div className="verkenner-progress">
      <p className="meta" id="verkenner-stap">
        Stap {step} van {total}
      </p>
      <progress max={total} value={step} aria-labelledby="verkenner-stap" />
    </div>
  );
}
