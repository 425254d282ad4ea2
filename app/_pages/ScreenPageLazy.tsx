'use client';
/**
 * The page of several facts, loaded only where it is shown: a one-question page never downloads the screens'
 * form (question pages stay near their 170 KiB budget). The static HTML already holds the screen (the export
 * waits for it), so nothing moves while its script arrives after the page's own.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import type { ScreenPage as Page } from './ScreenPage';

const ScreenPage = lazy(() => import('./ScreenPage').then((m) => ({ default: m.ScreenPage })));

export function ScreenPageLazy(props: ComponentProps<typeof Page>) {
  return (
    <Suspense fallback={null}>
      <ScreenPage {...props} />
    </Suspense>
  );
}
