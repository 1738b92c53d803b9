import type { ComponentChildren, RefObject } from 'preact';

interface Props {
  boxRef: RefObject<HTMLElement | null>;
  class: string;
  label: string;
  testId: string;
  children?: ComponentChildren;
}

/**
 * A region of the preview that scrolls on its own: reached with Tab and scrolled by the
 * keyboard, named for screen readers. The Markdown and the rendered view both are one.
 */
export function ScrollRegion({ boxRef, class: className, label, testId, children }: Props) {
  return (
    <section
      ref={boxRef}
      class={className}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region is reached and scrolled by keyboard
      tabIndex={0}
      aria-label={label}
      data-testid={testId}
    >
      {children}
    </section>
  );
}
