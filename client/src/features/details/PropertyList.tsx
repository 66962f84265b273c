import { propertyName, propertyValue } from '../../graph/index.ts';
import { useStore } from '../../store/index.ts';

/** Label-specific properties of a node or relationship, as a definition list, named in the reader's language. */
export function PropertyList({ entries }: { entries: [string, string][] }) {
  const language = useStore((s) => s.language);
  return (
    <dl className="props">
      {entries.map(([k, v]) => (
        <div key={k}>
          <dt>{propertyName(k, language)}</dt>
          <dd>{propertyValue(v, language)}</dd>
        </div>
      ))}
    </dl>
  );
}
