/** Reserves, TGA, ON RRP and total assets with thresholds and scenarios (issue 11); see README. */
export function LiquidityView(_props: { announce: (m: string) => void }) {
  return (
    <section class="liquidity" aria-labelledby="liq-h">
      <h2 id="liq-h">Liquidity</h2>
      <p>The liquidity model is not in this API yet.</p>
    </section>
  );
}
