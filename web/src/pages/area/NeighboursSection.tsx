/**
 * "Similar areas" on an area page: the five nearest statistical neighbours on the indicators and
 * on context (deprivation, rural-urban class, region, coast), each with its distance, from
 * GET …/areas/{code}/neighbours?k=5&on=indicators|context (on your own data, edition `yours`, on the
 * indicators only: context is the server's).
 */
import { editionUrl, useApi } from '../../api.js';
import type { NeighboursResponse } from '../../types.js';
import { Link } from '../../components/Link.js';
import { Pending } from '../../components/Status.js';
import { formatNumber } from '../../format.js';
import type { MethodParams } from '../../state/methodChoices.js';
import { areaHref } from '../../state/url.js';
import { YOURS } from '../../yours/edition.js';

const K = 5;

/** `choices`: the page's method choices, which the links to the neighbours carry (the neighbours themselves do not depend on them). */
export function NeighboursSection({ edition, code, name, choices }: { edition: string; code: string; name: string; choices: MethodParams }) {
  return (
    <section aria-labelledby="neighbours-title" id="neighbours">
      <h2 id="neighbours-title">Similar areas</h2>
      <p>
        The distance measures how far apart two areas are over the measures used, each scaled to the same spread across England: 0 would be identical, and
        the smaller it is, the more alike they are.
      </p>
      <div class="two-columns">
        <NeighbourList
          edition={edition}
          code={code}
          on="indicators"
          choices={choices}
          title={`Most like ${name} on the indicators`}
          note="Over every indicator of the index."
        />
        {edition === YOURS ? (
          <p>The areas most like it in context (deprivation, rurality, the coast) are shown for the open editions only: they need the server's context data, and your data stays in the browser.</p>
        ) : (
          <NeighbourList
            edition={edition}
            code={code}
            on="context"
            choices={choices}
            title={`Most like ${name} in context`}
            note="Over deprivation (English Indices of Deprivation 2015), the rural-urban class, being in the same region and being on the coast."
          />
        )}
      </div>
    </section>
  );
}

interface ListProps {
  edition: string;
  code: string;
  on: 'indicators' | 'context';
  title: string;
  note: string;
  choices: MethodParams;
}

function NeighbourList({ edition, code, on, title, note, choices }: ListProps) {
  const answer = useApi<NeighboursResponse>(editionUrl(edition, `/areas/${encodeURIComponent(code)}/neighbours`, { ...choices, k: String(K), on }));
  const report = answer.data?.code === code && answer.data.on === on ? answer.data : null;
  const titleId = `neighbours-${on}-title`;
  return (
    <section aria-labelledby={titleId}>
      <h3 id={titleId}>{title}</h3>
      <p class="hint">{note}</p>
      <Pending error={answer.error} ready={report !== null} what="similar areas" />
      {report !== null && (
        <ol class="neighbour-list" id={`neighbours-${on}`}>
          {report.neighbours.map((neighbour) => (
            <li key={neighbour.code} data-code={neighbour.code}>
              <Link href={areaHref(neighbour.code, edition, choices)}>{neighbour.name}</Link>: distance {formatNumber(neighbour.distance, 2)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
