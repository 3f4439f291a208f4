/**
 * The first screen drawn to HTML where the page is served (the desktop app's app:// handler, the
 * browser preview), from the same components and the same data the page then takes over with
 * (main.tsx hydrates it). Built apart by vite.renderer.config.mts into ssr/first-screen.cjs.
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import type { FirstScreen } from '../../core/first-screen.ts';
import { App } from './app/App.tsx';

export function renderFirstScreen(first: FirstScreen): string {
  return renderToString(
    <StrictMode>
      <App first={first} />
    </StrictMode>,
  );
}
