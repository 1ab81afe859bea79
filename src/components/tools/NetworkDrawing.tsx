/**
 * The netwerkkaart as a drawing: the family in the centre, a ring of domains around it. Gaps are
 * dashed and say "nog niemand" (never colour alone). Rendered by the island, and at build time
 * (without JavaScript) as the blank map to print.
 */
import { domainShortLabel } from '../../lib/labels';
import { domainState, ringSegments, type DomainId, type NetworkMapData } from '../../lib/tools/network-map';

interface Props {
  domains: { id: DomainId; name: string }[];
  map: NetworkMapData;
  idPrefix: string;
}

const SIZE = 640;
const C = SIZE / 2;

/** Splits a label into lines of about `width` characters, for SVG text (which does not wrap). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function statusLines(d: NetworkMapData['domains'][DomainId]): string[] {
  const state = domainState(d);
  if (state === 'no-need') return ['geen vraag'];
  if (state === 'gap') return ['nog niemand', ...(d.extraHelp ? ['hulp nodig'] : [])];
  const names = d.contacts.slice(0, 2).map((c) => cut(c.name, 13));
  const more = d.contacts.length - names.length;
  return [...names, ...(more > 0 ? [`+ ${more} meer`] : []), ...(d.extraHelp ? ['hulp nodig'] : [])];
}

export function NetworkDrawing({ domains, map, idPrefix }: Props) {
  const segments = ringSegments(domains.length, C, 112, 306);
  const gaps = domains.filter((d) => domainState(map.domains[d.id]) === 'gap');
  const helped = domains.filter((d) => domainState(map.domains[d.id]) === 'helped');
  const family = map.family.trim() || 'het gezin';
  return (
    <svg className="network-drawing" viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-labelledby={`${idPrefix}-title ${idPrefix}-desc`}>
      <title id={`${idPrefix}-title`}>{`Netwerkkaart van ${family}`}</title>
      <desc id={`${idPrefix}-desc`}>
        {`${helped.length} van de ${domains.length} domeinen hebben iemand die helpt. `}
        {gaps.length ? `Nog niemand bij: ${gaps.map((d) => d.name).join(', ')}. ` : ''}
        De lijst onder de kaart toont alles.
      </desc>
      <defs>
        <pattern id={`${idPrefix}-hatch`} width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="12" stroke="#e3c9a8" strokeWidth="4" />
        </pattern>
      </defs>
      {domains.map((domain, i) => {
        const seg = segments[i]!;
        const d = map.domains[domain.id];
        const state = domainState(d);
        const label = wrap(domainShortLabel[domain.id], 11);
        const lines = [...label.map((t) => ({ t, cls: 'seg-label' })), ...statusLines(d).map((t) => ({ t, cls: 'seg-status' }))];
        const top = seg.label.y - ((lines.length - 1) * 20) / 2;
        return (
          <g key={domain.id} className={`segment ${state}`} data-domain={domain.id}>
            <path d={seg.path} fill={state === 'gap' ? `url(#${idPrefix}-hatch)` : undefined} />
            <text x={seg.label.x} y={top} textAnchor="middle">
              {lines.map((line, j) => (
                <tspan key={j} x={seg.label.x} dy={j === 0 ? 0 : 20} className={line.cls}>
                  {line.t}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
      <circle className="family" cx={C} cy={C} r={100} />
      <text className="family-label" x={C} y={C - 6} textAnchor="middle">Gezin</text>
      <text className="family-name" x={C} y={C + 22} textAnchor="middle">{cut(family, 16)}</text>
    </svg>
  );
}
