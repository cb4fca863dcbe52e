"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { architectureLabels } from "@/lib/decision/trait-catalog";
import { architectures, type Architecture } from "@/lib/decision/types";
import { axisColours, lineStyle } from "./chart-style";
import { usdCompact } from "@/lib/format/money";

export interface UplotChartProps {
  /** Cumulative cost per architecture, one number per month. */
  curves: Record<Architecture, readonly number[]>;
  /** Called with the 0-based month index under the pointer, or null when it leaves the chart. */
  onHover: (index: number | null) => void;
}

const darkQuery = "(prefers-color-scheme: dark)";
function subscribeDark(callback: () => void) {
  const query = window.matchMedia(darkQuery);
  query.addEventListener("change", callback);
  return () => query.removeEventListener("change", callback);
}
const isDark = () => window.matchMedia(darkQuery).matches;

function toData(curves: UplotChartProps["curves"]): uPlot.AlignedData {
  const length = curves.rag.length;
  return [Array.from({ length }, (_, i) => i + 1), ...architectures.map((a) => [...curves[a]])];
}

const heightFor = (width: number) => (width < 500 ? 260 : 340);

function options(width: number, dark: boolean, onHover: { current: UplotChartProps["onHover"] }): uPlot.Options {
  const colours = dark ? axisColours.dark : axisColours.light;
  const axis = { stroke: colours.text, grid: { stroke: colours.grid, width: 1 }, ticks: { stroke: colours.grid, width: 1 }, font: "12px system-ui, sans-serif" };
  return {
    width,
    height: heightFor(width),
    legend: { show: false },
    padding: [12, 12, 0, 0],
    scales: { x: { time: false, range: (_u, min, max) => [min, max] }, y: { range: (_u, _min, max) => [0, max * 1.05] } },
    cursor: { drag: { x: false, y: false }, points: { size: 7 } },
    series: [
      { label: "Month" },
      ...architectures.map((a) => ({
        label: architectureLabels[a],
        stroke: dark ? lineStyle[a].dark : lineStyle[a].light,
        dash: lineStyle[a].dash,
        width: 2.5,
        points: { show: false },
      })),
    ],
    axes: [
      { ...axis, label: "Month", labelSize: 20, labelFont: "12px system-ui, sans-serif", incrs: [1, 2, 3, 6, 12], values: (_u, splits) => splits.map((v) => String(v)) },
      { ...axis, size: 64, values: (_u, splits) => splits.map((v) => usdCompact(v)) },
    ],
    hooks: { setCursor: [(u) => onHover.current(u.cursor.idx ?? null)] },
  };
}

/** The uPlot line chart itself; loaded on demand so its code ships only with the planner, after the page is up. */
export default function UplotChart({ curves, onHover }: UplotChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const hover = useRef(onHover);
  const latest = useRef(curves);
  const dark = useSyncExternalStore(subscribeDark, isDark, () => false);

  useEffect(() => {
    hover.current = onHover;
    latest.current = curves;
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = new uPlot(options(element.clientWidth, dark, hover), toData(latest.current), element);
    plot.current = chart;
    const observer = new ResizeObserver(() => {
      const width = element.clientWidth;
      if (width > 0 && width !== chart.width) chart.setSize({ width, height: heightFor(width) });
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.destroy();
      plot.current = null;
    };
  }, [dark]);

  useEffect(() => {
    plot.current?.setData(toData(curves));
  }, [curves]);

  return <div ref={container} className="w-full" data-testid="uplot" />;
}
