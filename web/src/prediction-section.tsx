import { useEffect, useState } from 'preact/hooks';
import { gql } from './api.ts';
import { verdictLook } from './checks-section.tsx';
import type { Check } from './queries.ts';
import { navigate } from './router.ts';

/** A forward-looking claim held against the as-announced model and the record (issue 23). */
interface Prediction {
  rule: string; cue: string; windowFrom: string; windowTo: string; measure: string | null;
  scenarioName: string | null; scenarioStart: string | null; said: string; happened: string;
  verdict: Check['verdict']; series: string[];
}
const PREDICTION = `query Prediction($id: ID!) { claim(id: $id) { id prediction { rule cue windowFrom windowTo measure scenarioName scenarioStart said happened verdict series } } }`;

/**
 * What the as-announced model said at the document's date, and what the record shows. Fetched on its own, so the
 * model's run never holds up the claim, its checks or its review form; nothing shows for a claim that does not look ahead.
 */
export function PredictionSection(props: { claimId: string }) {
  const [p, setP] = useState<Prediction | null>(null);
  useEffect(() => {
    setP(null);
    let live = true;
    const load = (attempt: number): void => {
      gql<{ claim: { id: string; prediction: Prediction | null } | null }>(PREDICTION, { id: props.claimId }).then(
        (d) => live && setP(d.claim?.id === props.claimId ? d.claim.prediction : null),
        // A busy server may cancel a slow request: try once more before showing nothing.
        () => { if (live && attempt === 0) setTimeout(() => load(1), 2000); },
      );
    };
    load(0);
    return () => { live = false; };
  }, [props.claimId]);
  if (!p) return null;
  const look = verdictLook(p.verdict);
  const link = p.scenarioName ? `/liquidity?scenario=${encodeURIComponent(p.scenarioName)}` : null;
  return (
    <section class="prediction" aria-labelledby="prediction-h" data-testid="prediction">
      <h3 id="prediction-h">Prediction check</h3>
      <p class="verdict"><span aria-hidden="true" class="verdict-glyph">{look.glyph}</span> <strong data-testid="prediction-verdict">{look.label}</strong> (a suggestion)</p>
      <dl class="facts">
        <dt>Why a prediction</dt><dd>{p.rule}</dd>
        <dt>The model said</dt><dd data-testid="prediction-said">{p.said}</dd>
        <dt>What happened</dt><dd data-testid="prediction-happened">{p.happened}</dd>
        {link && (
          <>
            <dt>Scenario</dt>
            <dd><a href={link} onClick={(e) => { e.preventDefault(); navigate(link); }}>{p.scenarioName}</a>{p.scenarioStart ? `, from the week ending ${p.scenarioStart}` : ''}</dd>
          </>
        )}
        {p.series.length > 0 && <><dt>Series</dt><dd>{p.series.join(', ')}</dd></>}
      </dl>
    </section>
  );
}
