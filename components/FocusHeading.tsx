'use client';
import { useEffect, useRef, type ReactNode } from 'react';

let firstPage = true;

/** The page's h1. After a client-side navigation it takes the focus, so screen readers announce the new page. */
export function FocusHeading({ children, className }: { children: ReactNode; className?: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    ref.current?.focus();
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className={className}>
      {children}
    </h1>
  );
}
