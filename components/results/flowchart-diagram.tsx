import {
  flowEdges,
  flowNodeIds,
  flowNodes,
  flowchartPath,
  type FlowEdgeId,
  type FlowNodeId,
  type FlowPath,
} from "@/lib/decision/flowchart";
import { answerLabel, architectureLabels, questionsByKey } from "@/lib/decision/trait-catalog";
import type { Traits } from "@/lib/decision/traits";
import type { Architecture } from "@/lib/decision/types";

/** Where each box sits in the 720 × 520 drawing: centre x/y, width, height. */
const box: Record<FlowNodeId, { x: number; y: number; w: number; h: number }> = {
  problem: { x: 360, y: 40, w: 260, h: 52 },
  changesOften: { x: 160, y: 150, w: 220, h: 52 },
  hasExamples: { x: 560, y: 150, w: 220, h: 52 },
  rag: { x: 110, y: 280, w: 180, h: 64 },
  promptFirst: { x: 360, y: 280, w: 200, h: 64 },
  fineTune: { x: 610, y: 280, w: 180, h: 64 },
  stillStruggling: { x: 360, y: 395, w: 200, h: 48 },
  hybrid: { x: 360, y: 482, w: 240, h: 64 },
};

/** Right-angled routes between the boxes, and where each branch's label goes. */
const route: Record<FlowEdgeId, { points: [number, number][]; label?: [number, number] }> = {
  "problem-knowledge": { points: [[320, 66], [320, 95], [160, 95], [160, 124]], label: [240, 87] },
  "problem-behavior": { points: [[400, 66], [400, 95], [560, 95], [560, 124]], label: [480, 87] },
  "changesOften-yes": { points: [[120, 176], [120, 248]], label: [104, 218] },
  "changesOften-no": { points: [[200, 176], [200, 215], [320, 215], [320, 248]], label: [260, 207] },
  "hasExamples-yes": { points: [[600, 176], [600, 248]], label: [616, 218] },
  "hasExamples-no": { points: [[520, 176], [520, 215], [400, 215], [400, 248]], label: [460, 207] },
  "rag-struggling": { points: [[110, 312], [110, 395], [260, 395]] },
  "fineTune-struggling": { points: [[610, 312], [610, 395], [460, 395]] },
  "struggling-yes": { points: [[360, 419], [360, 450]], label: [376, 440] },
};

function FlowBox({ id, onPath, final }: { id: FlowNodeId; onPath: boolean; final: boolean }) {
  const node = flowNodes[id];
  const { x, y, w, h } = box[id];
  const shape = final
    ? "fill-brand-600 stroke-brand-700"
    : onPath
      ? "fill-brand-50 stroke-brand-600 dark:fill-slate-900 dark:stroke-brand-300"
      : "fill-white stroke-slate-300 dark:fill-slate-950 dark:stroke-slate-700";
  const text = final ? "fill-white" : onPath ? "fill-brand-700 dark:fill-brand-300" : "fill-slate-500 dark:fill-slate-400";
  const labelY = node.note ? y - 4 : y + 5;
  return (
    <g data-node={id} data-on-path={onPath ? "true" : "false"}>
      <rect
        x={x - w / 2}
        y={y - h / 2}
        width={w}
        height={h}
        rx={node.kind === "question" ? 24 : 10}
        className={shape}
        strokeWidth={onPath ? 2.5 : 1.5}
      />
      <text x={x} y={labelY} textAnchor="middle" className={`${text} text-[16px] font-semibold`}>
        {node.label}
      </text>
      {node.note ? (
        <text x={x} y={y + 17} textAnchor="middle" className={`${text} text-[12.5px]`}>
          {node.note}
        </text>
      ) : null}
    </g>
  );
}

function FlowArrow({ id, onPath }: { id: FlowEdgeId; onPath: boolean }) {
  const { points, label } = route[id];
  const edge = flowEdges[id];
  return (
    <g data-edge={id} data-on-path={onPath ? "true" : "false"}>
      <polyline
        points={points.map(([px, py]) => `${px},${py}`).join(" ")}
        fill="none"
        className={onPath ? "stroke-brand-600 dark:stroke-brand-300" : "stroke-slate-300 dark:stroke-slate-700"}
        strokeWidth={onPath ? 3 : 1.5}
        strokeDasharray={onPath ? undefined : "5 4"}
        markerEnd={`url(#flow-arrow-${onPath ? "on" : "off"})`}
      />
      {label && edge.label ? (
        <text
          x={label[0]}
          y={label[1]}
          textAnchor="middle"
          className={`text-[13px] ${onPath ? "fill-brand-700 font-semibold dark:fill-brand-300" : "fill-slate-500 dark:fill-slate-400"}`}
        >
          {edge.label}
        </text>
      ) : null}
    </g>
  );
}

function stepAnswer(traits: Traits, trait: "need" | "knowledgeChange" | "labeledExamples"): string {
  return `${questionsByKey[trait].short}: ${answerLabel(trait, traits[trait])}`;
}

function PathSteps({ path, traits }: { path: FlowPath; traits: Traits }) {
  const items: { key: string; text: React.ReactNode }[] = [];
  path.steps.forEach((step, index) => {
    const node = flowNodes[step.node];
    if (step.edge !== undefined && step.trait !== undefined) {
      const edge = flowEdges[step.edge];
      items.push({
        key: `${index}`,
        text: (
          <>
            {node.label} <strong>{edge.label}</strong>{" "}
            <span className="text-slate-600 dark:text-slate-400">(you answered {stepAnswer(traits, step.trait)})</span>
          </>
        ),
      });
    } else if (step.node === "stillStruggling") {
      items.push({
        key: `${index}`,
        text: (
          <>
            {node.label} <strong>yes</strong>{" "}
            <span className="text-slate-600 dark:text-slate-400">— you need both, so RAG alone or fine-tuning alone falls short</span>
          </>
        ),
      });
    } else if (step.edge === undefined && index === path.steps.length - 1) {
      items.push({
        key: `${index}`,
        text: (
          <>
            Lands on <strong>{node.label}</strong>
            {node.note ? <span className="text-slate-600 dark:text-slate-400"> ({node.note})</span> : null}
          </>
        ),
      });
    }
  });
  return (
    <ol className="mt-3 list-decimal space-y-1 pl-5 text-sm" data-testid="flowchart-path">
      {items.map((item) => (
        <li key={item.key}>{item.text}</li>
      ))}
    </ol>
  );
}

/** Seed 004's whiteboard flowchart with this project's path drawn in. */
export function FlowchartDiagram({ traits, recommended }: { traits: Traits; recommended: Architecture }) {
  const path = flowchartPath(traits);
  const onNode = new Set<FlowNodeId>(path.nodes);
  const onEdge = new Set<FlowEdgeId>(path.edges);
  const summary = `Your path: ${path.steps
    .filter((step) => step.edge !== undefined)
    .map((step) => `${flowNodes[step.node].label} ${flowEdges[step.edge as FlowEdgeId].label}`)
    .join("; ")}; lands on ${flowNodes[path.outcomeNode].label}.`;
  const agrees = path.outcome === recommended;

  return (
    <figure className="break-inside-avoid" data-testid="flowchart" data-outcome={path.outcome}>
      <svg
        viewBox="0 0 720 520"
        role="img"
        aria-labelledby="flow-title flow-desc"
        className="h-auto w-full max-w-3xl"
        data-testid="flowchart-svg"
      >
        <title id="flow-title">Seed 004&apos;s flowchart: knowledge or behaviour, then RAG, fine-tuning or both</title>
        <desc id="flow-desc">{summary}</desc>
        <defs>
          {(["on", "off"] as const).map((state) => (
            <marker
              key={state}
              id={`flow-arrow-${state}`}
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth={state === "on" ? 5 : 7}
              markerHeight={state === "on" ? 5 : 7}
              orient="auto-start-reverse"
            >
              <path
                d="M0,0 L10,5 L0,10 z"
                className={state === "on" ? "fill-brand-600 dark:fill-brand-300" : "fill-slate-300 dark:fill-slate-700"}
              />
            </marker>
          ))}
        </defs>
        {/* Off-path arrows first, so the highlighted route is drawn on top. */}
        {(Object.keys(route) as FlowEdgeId[])
          .sort((a, b) => Number(onEdge.has(a)) - Number(onEdge.has(b)))
          .map((id) => (
            <FlowArrow key={id} id={id} onPath={onEdge.has(id)} />
          ))}
        {flowNodeIds.map((id) => (
          <FlowBox key={id} id={id} onPath={onNode.has(id)} final={id === path.outcomeNode} />
        ))}
      </svg>
      <figcaption className="mt-2 text-sm">
        <PathSteps path={path} traits={traits} />
        <p className="mt-3 text-slate-700 dark:text-slate-300" data-testid="flowchart-verdict">
          {agrees ? (
            <>
              The whiteboard rule of thumb and the full assessment agree: <strong>{architectureLabels[recommended]}</strong>.
            </>
          ) : (
            <>
              The whiteboard rule of thumb lands on <strong>{architectureLabels[path.outcome]}</strong>; the full assessment
              weighs all your answers (latency, budget, data, team…) and recommends{" "}
              <strong>{architectureLabels[recommended]}</strong>.
            </>
          )}
        </p>
      </figcaption>
    </figure>
  );
}
