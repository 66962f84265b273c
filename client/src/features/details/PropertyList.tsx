/** Label-specific properties of a node or relationship, as a definition list. */
export function PropertyList({ entries }: { entries: [string, string][] }) {
  return (
    <dl className="props">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
