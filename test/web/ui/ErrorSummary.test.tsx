// @vitest-environment jsdom
/**
 * The error summary (web/src/components/ErrorSummary.tsx) in jsdom, whose focus rules follow the
 * HTML standard (an element without tabindex cannot take the focus): the accessible structure, the
 * focus on appearing and on a new list, and a link focusing its field with its label or legend
 * scrolled into view. The same behaviour is checked in Chromium by the browser tests.
 */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorSummary, type FieldError } from '../../../web/src/components/ErrorSummary.js';
import { get, show, unmountAll } from './dom.js';

const scrolled: Element[] = [];

beforeEach(() => {
  // jsdom has no layout, so no scrollIntoView: record what would be scrolled into view.
  Element.prototype.scrollIntoView = vi.fn(function (this: Element) {
    scrolled.push(this);
  });
});

afterEach(() => {
  unmountAll();
  scrolled.length = 0;
});

function form() {
  return (
    <form>
      <label for="runs">Runs</label>
      <input id="runs" />
      <fieldset id="vary">
        <legend>Assumptions to vary</legend>
        <label>
          <input type="checkbox" id="weights" /> Weights
        </label>
      </fieldset>
    </form>
  );
}

const errors: FieldError[] = [
  { field: 'runs', message: 'Enter a whole number of runs from 1 to 10,000.' },
  { message: 'The server could not run it.' },
];

describe('structure', () => {
  it('puts a titled list in a role="alert" container: a link to each field, plain text for an error of no field', async () => {
    const root = await show(<ErrorSummary errors={errors} id="summary" />);
    const summary = get(root, '#summary');
    const alert = get(summary, '[role="alert"]');
    expect(alert.parentElement).toBe(summary);
    expect(get(alert, 'h2').textContent).toBe('There is a problem');
    const items = [...alert.querySelectorAll('ul > li')];
    expect(items.map((item) => item.textContent)).toEqual(errors.map((error) => error.message));
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe('#runs');
    expect(items[1]?.querySelector('a')).toBeNull();
  });

  it('takes a title, a description and a heading level', async () => {
    const root = await show(<ErrorSummary errors={[]} title="Some areas are not in this edition" description="X is left out." headingLevel={3} focus={false} />);
    expect(get(root, '[role="alert"] h3').textContent).toBe('Some areas are not in this edition');
    expect(get(root, '[role="alert"] p').textContent).toBe('X is left out.');
    expect(root.querySelector('ul')).toBeNull();
  });

  it('shows nothing when there is nothing to say', async () => {
    const root = await show(<ErrorSummary errors={[]} />);
    expect(root.innerHTML).toBe('');
  });
});

describe('focus', () => {
  it('takes the focus when it appears, and is focusable only until it loses it', async () => {
    const root = await show(<ErrorSummary errors={errors} id="summary" />);
    const summary = get(root, '#summary');
    expect(document.activeElement).toBe(summary);
    expect(summary.getAttribute('tabindex')).toBe('-1');
    summary.blur();
    expect(summary.hasAttribute('tabindex')).toBe(false);
  });

  it('does not take it with focus={false}', async () => {
    const root = await show(<ErrorSummary errors={errors} focus={false} />);
    expect(document.activeElement).toBe(document.body);
    expect(get(root, '.error-summary').hasAttribute('tabindex')).toBe(false);
  });

  it('takes it again for a new list of errors, not on a re-render with the same list', async () => {
    const root = await show(
      <>
        {form()}
        <ErrorSummary errors={errors} id="summary" />
      </>,
    );
    const summary = get(root, '#summary');
    get(root, '#runs').focus();
    await show(
      <>
        {form()}
        <ErrorSummary errors={errors} id="summary" />
      </>,
      root,
    );
    expect(document.activeElement).toBe(get(root, '#runs'));
    await show(
      <>
        {form()}
        <ErrorSummary errors={[...errors]} id="summary" />
      </>,
      root,
    );
    expect(document.activeElement).toBe(summary);
  });

  it('appears (and takes the focus) when a list of errors replaces an empty one', async () => {
    const root = await show(<ErrorSummary errors={[]} />);
    expect(root.querySelector('.error-summary')).toBeNull();
    await show(<ErrorSummary errors={errors} />, root);
    expect(document.activeElement).toBe(get(root, '.error-summary'));
  });
});

describe('links', () => {
  async function click(root: HTMLElement, field: string): Promise<MouseEvent> {
    const event = new MouseEvent('click', { bubbles: true, cancelable: true });
    await act(() => {
      get(root, `a[href="#${field}"]`).dispatchEvent(event);
    });
    return event;
  }

  it('focus the field, with its label scrolled into view, instead of following the fragment', async () => {
    const root = await show(
      <>
        <ErrorSummary errors={errors} />
        {form()}
      </>,
    );
    const event = await click(root, 'runs');
    expect(event.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(get(root, '#runs'));
    expect(scrolled).toEqual([get(root, 'label[for="runs"]')]);
  });

  it('focus a checkbox with its fieldset\'s legend scrolled into view, and a fieldset\'s first control', async () => {
    const root = await show(
      <>
        <ErrorSummary
          errors={[
            { field: 'weights', message: 'Choose weights.' },
            { field: 'vary', message: 'Choose what to vary.' },
          ]}
        />
        {form()}
      </>,
    );
    await click(root, 'weights');
    expect(document.activeElement).toBe(get(root, '#weights'));
    await click(root, 'vary');
    expect(document.activeElement).toBe(get(root, '#weights'));
    expect(scrolled).toEqual([get(root, 'legend'), get(root, 'legend')]);
  });

  it('are ordinary links when their field is not on the page', async () => {
    const root = await show(<ErrorSummary errors={[{ field: 'elsewhere', message: 'Somewhere else.' }]} />);
    const event = await click(root, 'elsewhere');
    expect(event.defaultPrevented).toBe(false);
    expect(scrolled).toEqual([]);
  });
});
