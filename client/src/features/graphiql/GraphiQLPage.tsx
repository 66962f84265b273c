// Bundled GraphiQL: the Monaco workers come from the bundle (no CDN), set up as GraphiQL's docs prescribe for Vite.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import { graphiqlFetcher } from '../../api/index.ts';
import { EXAMPLE_TABS } from './examples.ts';

/** Its own storage namespace, so the example tabs are not shadowed by another GraphiQL on this origin. */
const storage: Storage = {
  get length() {
    return localStorage.length;
  },
  clear: () => localStorage.clear(),
  key: (i) => localStorage.key(i),
  getItem: (k) => localStorage.getItem(`plangraph:${k}`),
  setItem: (k, v) => localStorage.setItem(`plangraph:${k}`, v),
  removeItem: (k) => localStorage.removeItem(`plangraph:${k}`),
};

export default function GraphiQLPage() {
  return (
    <div className="graphiql-page">
      <GraphiQL fetcher={graphiqlFetcher} defaultTabs={EXAMPLE_TABS} storage={storage} defaultEditorToolsVisibility>
        <GraphiQL.Logo>
          <a href="/" className="graphiql-home">
            ← 图谱浏览 Explorer
          </a>
        </GraphiQL.Logo>
      </GraphiQL>
    </div>
  );
}
