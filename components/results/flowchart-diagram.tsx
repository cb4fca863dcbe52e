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

type Point = [number, number];

/** One drawing of the chart: where each box sits (centre x/y, width, height), the arrows' routes and label spots. */
interface Layout {
  id: string;
  width: number;
  height: number;
  labelSize: number;
  noteSize: number;
  edgeSize: number;
  box: Record<FlowNodeId, { x: number; y: number; w: number; h: number; lines?: string[]; note?: string }>;
  route: Record<FlowEdgeId, { points: Point[]; label?: Point; anchor?: "start" | "middle" | "end" }>;
}

/**
 * Portrait: the whiteboard chart with the outcomes stacked, so the text stays readable at 375 px and it sits
 * beside the path on wider screens. One drawing for every width keeps the page light.
 */
const tall: Layout = {
  id: "tall",
  width: 360,
  height: 560,
  labelSize: 14.5,
  noteSize: 11.5,
  edgeSize: 12.5,
  box: {
    problem: { x: 180, y: 28, w: 250, h: 44 },
    changesOften: { x: 92, y: 126, w: 160, h: 54, lines: ["Does it change", "often?"] },
    hasExamples: { x: 268, y: 126, w: 160, h: 54, lines: ["Have labelled", "examples?"] },
    promptFirst: { x: 180, y: 232, w: 156, h: 58, note: "before anything heavier" },
    rag: { x: 82, y: 330, w: 150, h: 58 },
    fineTune: { x: 278, y: 330, w: 150, h: 58, note: "consistent tone & shape" },
    stillStruggling: { x: 180, y: 430, w: 150, h: 42 },
    hybrid: { x: 180, y: 518, w: 210, h: 58 },
  },
  route: {
    "problem-knowledge": { points: [[92, 50], [92, 99]], label: [84, 80], anchor: "end" },
    "problem-behavior": { points: [[268, 50], [268, 99]], label: [276, 80], anchor: "start" },
    "changesOften-yes": { points: [[30, 153], [30, 301]], label: [37, 262], anchor: "start" },
    "changesOften-no": { points: [[140, 153], [140, 203]], label: [134, 184], anchor: "end" },
    "hasExamples-yes": { points: [[330, 153], [330, 301]], label: [323, 262], anchor: "end" },
    "hasExamples-no": { points: [[220, 153], [220, 203]], label: [226, 184], anchor: "start" },
    "rag-struggling": { points: [[82, 359], [82, 430], [105, 430]] },
    "fineTune-struggling": { points: [[278, 359], [278, 430], [255, 430]] },
    "struggling-yes": { points: [[180, 451], [180, 489]], label: [188, 474], anchor: "start" },
  },
};

function FlowBox({ layout, id, onPath, final }: { layout: Layout; id: FlowNodeId; onPath: boolean; final: boolean }) {
  const node = flowNodes[id];
  const { x, y, w, h, lines = [node.label], note = node.note } = layout.box[id];
  const shape = final
    ? "fill-brand-600 stroke-brand-700"
    : onPath
      ? "fill-brand-50 stroke-brand-600 dark:fill-slate-900 dark:stroke-brand-300"
      : "fill-white stroke-slate-300 dark:fill-slate-950 dark:stroke-slate-700";
  const text = final ? "fill-white" : onPath ? "fill-brand-700 dark:fill-brand-300" : "fill-slate-500 dark:fill-slate-400";
  const lineHeight = layout.labelSize * 1.15;
  const blockHeight = lines.length * lineHeight + (note ? layout.noteSize * 1.3 : 0);
  const firstBaseline = y - blockHeight / 2 + layout.labelSize * 0.9;
  return (
    <g data-node={id} data-on-path={onPath ? "true" : "false"}>
      <rect
        x={x - w / 2}
        y={y - h / 2}
        width={w}
        height={h}
        rx={node.kind === "question" ? Math.min(24, h / 2) : 10}
        className={shape}
        strokeWidth={onPath ? 2.5 : 1.5}
      />
      {lines.map((line, i) => (
        <text
          key={line}
          x={x}
          y={firstBaseline + i * lineHeight}
          textAnchor="middle"
          fontSize={layout.labelSize}
          className={`${text} font-semibold`}
        >
          {line}
        </text>
      ))}
      {note ? (
        <text
          x={x}
          y={firstBaseline + (lines.length - 1) * lineHeight + layout.noteSize * 1.45}
          textAnchor="middle"
          fontSize={layout.noteSize}
          className={text}
        >
          {note}
        </text>
      ) : null}
    </g>
  );
}

function FlowArrow({ layout, id, onPath }: { layout: Layout; id: FlowEdgeId; onPath: boolean }) {
  const { points, label, anchor = "middle" } = layout.route[id];
  const edge = flowEdges[id];
  return (
    <g data-edge={id} data-on-path={onPath ? "true" : "false"}>
      <polyline
        points={points.map(([px, py]) => `${px},${py}`).join(" ")}
        fill="none"
        className={onPath ? "stroke-brand-600 dark:stroke-brand-300" : "stroke-slate-300 dark:stroke-slate-700"}
        strokeWidth={onPath ? 3 : 1.5}
        strokeDasharray={onPath ? undefined : "5 4"}
        markerEnd={`url(#flow-${layout.id}-arrow-${onPath ? "on" : "off"})`}
      />
      {label && edge.label ? (
        <text
          x={label[0]}
          y={label[1]}
          textAnchor={anchor}
          fontSize={layout.edgeSize}
          className={onPath ? "fill-brand-700 font-semibold dark:fill-brand-300" : "fill-slate-500 dark:fill-slate-400"}
        >
          {edge.label}
        </text>
      ) : null}
    </g>
  );
}

function FlowSvg({ layout, path, summary, className }: { layout: Layout; path: FlowPath; summary: string; className: string }) {
  const onNode = new Set<FlowNodeId>(path.nodes);
  const onEdge = new Set<FlowEdgeId>(path.edges);
  const ids = { title: `flow-${layout.id}-title`, desc: `flow-${layout.id}-desc` };
  return (
    <svg
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={`${ids.title} ${ids.desc}`}
      className={className}
      data-testid="flowchart-svg"
    >
      <title id={ids.title}>Whiteboard flowchart: knowledge or behaviour, then RAG, fine-tuning or both</title>
      <desc id={ids.desc}>{summary}</desc>
      <defs>
        {(["on", "off"] as const).map((state) => (
          <marker
            key={state}
            id={`flow-${layout.id}-arrow-${state}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth={state === "on" ? 5 : 7}
            markerHeight={state === "on" ? 5 : 7}
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className={state === "on" ? "fill-brand-600 dark:fill-brand-300" : "fill-slate-300 dark:fill-slate-700"} />
          </marker>
        ))}
      </defs>
      {/* Off-path arrows first, so the highlighted route is drawn on top. */}
      {(Object.keys(layout.route) as FlowEdgeId[])
        .sort((a, b) => Number(onEdge.has(a)) - Number(onEdge.has(b)))
        .map((id) => (
          <FlowArrow key={id} layout={layout} id={id} onPath={onEdge.has(id)} />
        ))}
      {flowNodeIds.map((id) => (
        <FlowBox key={id} layout={layout} id={id} onPath={onNode.has(id)} final={id === path.outcomeNode} />
      ))}
    </svg>
  );
}

function stepAnswer(traits: Traits, trait: "need" | "knowledgeChange" | "labeledExamples"): string {
  return `${questionsByKey[trait].short}: ${answerLabel(trait, traits[trait])}`;
}

function PathSteps({ path, traits }: { path: FlowPath; traits: Traits }) {
  const items: { key: string; text: React.ReactNode }[] = [];
  const both = traits.need === "both";
  path.steps.forEach((step, index) => {
    const node = flowNodes[step.node];
    if (both && step.node === "problem") {
      // A project that needs both takes both branches: say so once.
      if (path.steps.findIndex((s) => s.node === "problem") !== index) return;
      items.push({
        key: `${index}`,
        text: (
          <>
            {node.label} <strong>both</strong>{" "}
            <span className="faint">
              (you answered {stepAnswer(traits, "need")}), so both branches apply
            </span>
          </>
        ),
      });
    } else if (step.edge !== undefined && step.trait !== undefined) {
      const edge = flowEdges[step.edge];
      items.push({
        key: `${index}`,
        text: (
          <>
            {node.label} <strong>{edge.label}</strong>{" "}
            <span className="faint">(you answered {stepAnswer(traits, step.trait)})</span>
          </>
        ),
      });
    } else if (step.node === "stillStruggling") {
      items.push({
        key: `${index}`,
        text: (
          <>
            {node.label} <strong>yes</strong>{" "}
            <span className="faint">— you need both, so RAG alone or fine-tuning alone falls short</span>
          </>
        ),
      });
    } else if (step.edge === undefined && index === path.steps.length - 1) {
      items.push({
        key: `${index}`,
        text: (
          <>
            Lands on <strong>{node.label}</strong>
            {node.note ? <span className="faint"> ({node.note})</span> : null}
          </>
        ),
      });
    }
  });
  return (
    <ol className="list-decimal space-y-1.5 pl-5 text-sm" data-testid="flowchart-path">
      {items.map((item) => (
        <li key={item.key}>{item.text}</li>
      ))}
    </ol>
  );
}

/** The whiteboard flowchart of “RAG vs Fine-Tuning – How to Actually Decide”, with this project's path drawn in. */
export function FlowchartDiagram({ traits, recommended }: { traits: Traits; recommended: Architecture }) {
  const path = flowchartPath(traits);
  const summary = `Your path: ${path.steps
    .filter((step) => step.edge !== undefined)
    .map((step) => `${flowNodes[step.node].label} ${flowEdges[step.edge as FlowEdgeId].label}`)
    .join("; ")}; lands on ${flowNodes[path.outcomeNode].label}.`;
  const agrees = path.outcome === recommended;

  return (
    <figure
      className="grid break-inside-avoid items-start gap-6 md:grid-cols-[minmax(0,24rem)_1fr] print:grid-cols-[20rem_1fr]"
      data-testid="flowchart"
      data-outcome={path.outcome}
    >
      <FlowSvg layout={tall} path={path} summary={summary} className="mx-auto block h-auto w-full max-w-sm md:mx-0" />
      <figcaption className="text-sm md:pt-2">
        <PathSteps path={path} traits={traits} />
        <p className="mt-3 muted" data-testid="flowchart-verdict">
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
