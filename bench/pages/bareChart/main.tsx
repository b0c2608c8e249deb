import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';

/**
 * The bare baseline of the dashboard benchmark: React and one Recharts line chart of the same
 * points as one dashboard chart, nothing else. `window.__benchRows` holds two data sets; calling
 * `window.__benchNext()` swaps them, as a period change does.
 */
declare global {
  interface Window {
    __benchRows: Record<string, number | string | null>[][];
    __benchLines: string[];
    __benchNext?: () => void;
  }
}

function Chart() {
  const [variant, setVariant] = useState(0);
  window.__benchNext = () => setVariant((v) => v + 1);
  const rows = window.__benchRows[variant % window.__benchRows.length]!;
  useEffect(() => {
    requestAnimationFrame(() => {
      performance.mark('bare:drawn');
      document.body.dataset.drawn = String(variant + 1);
    });
  }, [variant]);
  return (
    <LineChart width={620} height={240} data={rows}>
      <CartesianGrid vertical={false} />
      <XAxis dataKey="key" />
      <YAxis width={56} />
      <Tooltip />
      <Legend />
      {window.__benchLines.map((k) => (
        <Line key={k} dataKey={k} isAnimationActive={false} dot={rows.length <= 62} />
      ))}
    </LineChart>
  );
}

createRoot(document.getElementById('root')!).render(<Chart />);
