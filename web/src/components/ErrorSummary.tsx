/**
 * The GOV.UK error summary: a box saying what is wrong, each error a link to its field, above the
 * form (or the part of the page) it is about. It behaves as GOV.UK Frontend's does:
 *
 * - the title and the list sit in a role="alert" container inside the box, so they are announced
 *   when the summary appears;
 * - the box takes the focus when it appears and whenever it is given a new list of errors (a new
 *   array: keep the list in state or memoise it), unless `focus` is false; it is focusable only
 *   until it loses the focus (tabindex="-1", removed on blur);
 * - following a link moves the focus to the field itself (the first control of a fieldset), with
 *   its label — or, for a radio or checkbox, its fieldset's legend — scrolled into view above it,
 *   instead of jumping to the link's fragment. A link whose field is not on the page is an
 *   ordinary link.
 *
 * An error with no field is listed as plain text.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

export interface FieldError {
  /** The id of the field the error is about; null or absent for an error of no one field. */
  field?: string | null;
  message: string;
}

interface Props {
  errors: readonly FieldError[];
  title?: string;
  /** A sentence above the list (what happened, when no list says it). */
  description?: ComponentChildren;
  /** Take the focus on appearing and on each new list of errors (default true). */
  focus?: boolean;
  /** The title's heading level: 2 at the top of a page, 3 inside a section headed by an <h2>. */
  headingLevel?: 2 | 3;
  id?: string;
}

export function ErrorSummary({ errors, title = 'There is a problem', description, focus = true, headingLevel = 2, id }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0 || description !== undefined;
  // A layout effect, so that the box is focusable and focused in the same task as it appears:
  // nothing (a reader, a test, a click) can meet it shown but not yet focusable.
  useLayoutEffect(() => {
    const element = box.current;
    if (!focus || element === null) return;
    const forget = (): void => element.removeAttribute('tabindex');
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', forget, { once: true });
    element.focus();
    return () => element.removeEventListener('blur', forget);
  }, [errors, focus, shown]);
  if (!shown) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div class="error-summary" id={id} ref={box}>
      <div role="alert">
        <Heading class="error-summary-title">{title}</Heading>
        {description !== undefined && <p>{description}</p>}
        {errors.length > 0 && (
          <ul class="error-summary-list">
            {errors.map((error) => (
              <li key={`${error.field ?? ''}|${error.message}`}>
                {error.field == null ? error.message : <a href={`#${error.field}`} onClick={(event) => focusField(event, error.field ?? '')}>{error.message}</a>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** Focuses the field a summary link names, its label or legend scrolled into view first. */
function focusField(event: MouseEvent, id: string): void {
  const target = document.getElementById(id);
  const control = target instanceof HTMLFieldSetElement ? target.querySelector<HTMLElement>('input, select, textarea, button') : target;
  if (control === null) return;
  event.preventDefault();
  (captionOf(control) ?? control).scrollIntoView();
  control.focus({ preventScroll: true });
}

/** The text that names a control: its fieldset's legend for a radio or checkbox, else its label, else the legend. */
function captionOf(control: HTMLElement): HTMLElement | null {
  const legend = control.closest('fieldset')?.querySelector('legend') ?? null;
  const choice = control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox');
  if (choice && legend !== null) return legend;
  const labels = 'labels' in control ? (control.labels as NodeListOf<HTMLLabelElement> | null) : null;
  return labels?.[0] ?? control.closest('label') ?? legend;
}
