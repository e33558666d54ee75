import { navigate } from './router.ts';
import { verdictLook } from './checks-section.tsx';
import type { Prediction } from './queries.ts';

/** A forward-looking claim: what the as-announced model said at the document's date, and what the record shows. */
export function PredictionSection(props: { prediction: Prediction }) {
  const p = props.prediction;
  const look = verdictLook(p.verdict);
  return (
    <section class="prediction" aria-labelledby="prediction-h" data-testid="prediction">
      <h3 id="prediction-h">Prediction check</h3>
      <p class="verdict"><span aria-hidden="true" class="verdict-glyph">{look.glyph}</span> <strong data-testid="prediction-verdict">{look.label}</strong> (a suggestion)</p>
      <dl class="facts">
        <dt>Why a prediction</dt><dd>{p.rule}</dd>
        <dt>The model said</dt><dd data-testid="prediction-said">{p.said}</dd>
        <dt>What happened</dt><dd data-testid="prediction-happened">{p.happened}</dd>
        {p.scenarioName && (
          <>
            <dt>Scenario</dt>
            <dd><a href={`/liquidity?scenario=${encodeURIComponent(p.scenarioName)}`} onClick={(e) => { e.preventDefault(); navigate(`/liquidity?scenario=${encodeURIComponent(p.scenarioName!)}`); }}>{p.scenarioName}</a>{p.scenarioStart ? `, from the week ending ${p.scenarioStart}` : ''}</dd>
          </>
        )}
        {p.series.length > 0 && <><dt>Series</dt><dd>{p.series.join(', ')}</dd></>}
      </dl>
    </section>
  );
}
