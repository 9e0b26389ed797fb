/**
 * Rendering a component into a jsdom document for the component tests (each such test file says
 * `// @vitest-environment jsdom`): `show` renders into a fresh container attached to the body and
 * runs the effects (act), `unmountAll` empties the body after each test.
 */
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';

const containers: HTMLElement[] = [];

/** Renders `node` into a container in the document (effects run) and returns the container. */
export async function show(node: ComponentChildren, container?: HTMLElement): Promise<HTMLElement> {
  const target = container ?? document.body.appendChild(document.createElement('div'));
  if (container === undefined) containers.push(target);
  await act(() => render(node, target));
  return target;
}

export function unmountAll(): void {
  for (const container of containers.splice(0)) {
    render(null, container);
    container.remove();
  }
  document.body.innerHTML = '';
}

/** The element `selector` finds in `root`; fails the test when there is none. */
export function get<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (found === null) throw new Error(`nothing matches ${selector}`);
  return found;
}
