import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { useEffect, useRef } from 'preact/hooks';
import type { LinkSummary } from './queries.ts';
import { LOOK } from './status.ts';

cytoscape.use(dagre);

const LINE: Record<string, 'solid' | 'dashed' | 'dotted'> = { solid: 'solid', double: 'solid', dashed: 'dashed', dotted: 'dotted', wavy: 'dashed' };

/**
 * Factors and causal links drawn left to right with a layered (dagre) layout; each hop in its status
 * colour and line style with its glyph and polarity sign. The canvas is hidden from assistive
 * technology: every graph on the page has a text twin beside it with the same hops.
 */
export function GraphCanvas(props: { links: LinkSummary[]; backed?: Set<string>; highlight?: Set<string>; selected?: string; onSelectLink: (id: string) => void; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const cy = useRef<cytoscape.Core | null>(null);
  useEffect(() => {
    if (!ref.current) return;
    const nodes = new Map<string, string>();
    for (const l of props.links) {
      nodes.set(l.from.id, l.from.name);
      nodes.set(l.to.id, l.to.name);
    }
    cy.current?.destroy();
    const instance = cytoscape({
      container: ref.current,
      elements: [
        ...[...nodes].map(([id, name]) => ({ data: { id, label: name } })),
        ...props.links.map((l) => ({
          data: {
            id: l.id, source: l.from.id, target: l.to.id, colour: LOOK[l.status].colour, line: LINE[LOOK[l.status].line] ?? 'solid',
            label: `${LOOK[l.status].glyph} ${l.polarity === 'INCREASES' ? '+' : '−'}${props.backed?.has(l.id) ? ' ⚖' : ''}`,
            width: !props.highlight || props.highlight.has(l.id) ? 3 : 1.5,
          },
        })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 11, 'text-wrap': 'wrap', 'text-max-width': '110px', 'text-valign': 'bottom', 'text-margin-y': 4, 'background-color': '#4a4a4a', width: 14, height: 14, color: '#1a1a1a' } },
        { selector: 'edge', style: { 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'line-style': 'data(line)' as never, label: 'data(label)', 'font-size': 12, 'text-background-color': '#ffffff', 'text-background-opacity': 1, 'text-background-padding': '1px' } },
        { selector: 'edge:selected', style: { width: 5, 'overlay-opacity': 0.12, 'overlay-color': '#000000' } },
      ],
      layout: { name: 'dagre', rankDir: 'LR', nodeSep: 30, rankSep: 90 } as cytoscape.LayoutOptions,
      boxSelectionEnabled: false,
      wheelSensitivity: 0.3,
      maxZoom: 2.5,
    });
    instance.on('tap', 'edge', (e) => props.onSelectLink(e.target.id() as string));
    cy.current = instance;
    return () => instance.destroy();
  }, [props.links, props.highlight, props.backed]);
  useEffect(() => {
    const c = cy.current;
    if (!c) return;
    c.edges().unselect();
    if (props.selected) c.getElementById(props.selected).select();
  }, [props.selected, props.links]);
  return <div class="graph-canvas" ref={ref} aria-hidden="true" data-graph-label={props.label} />;
}
