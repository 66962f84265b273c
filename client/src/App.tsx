import { Suspense } from 'react';
import { Explorer } from './app/Explorer.tsx';
import { GraphiQLPage } from './features/graphiql/index.ts';

/** Two routes, chosen by path: the server answers every non-API GET with index.html. */
export function App({ pathname = window.location.pathname }: { pathname?: string }) {
  if (pathname.replace(/\/+$/, '') === '/graphiql') {
    return (
      <Suspense fallback={<div className="page-loading">GraphiQL…</div>}>
        <GraphiQLPage />
      </Suspense>
    );
  }
  return <Explorer />;
}
