/**
 * Whether a value lies in its indicator's domain (method/vocabulary.ts, DOMAIN): one test and one
 * wording, used by the engine (every value it is given), the reader of user datasets (with the
 * file, row and column), what-if (with the parameter) and the uncertainty's data draws.
 *
 * @example
 * inDomain(150, 'percentage') // false
 * domainProblem({ id: 'ey-fsm-good-development', label: 'FSM children…', unit: '%' }, 150)
 * // 'ey-fsm-good-development (FSM children…) must be a percentage from 0 to 100 (got 150)'
 */
import type { IndicatorDefinition } from './types.js';
import { DOMAIN, choiceOf, domainOfUnit, type Domain } from './vocabulary.js';

/** The indicator's declared domain, else the one its unit implies. */
export function domainOf(indicator: Pick<IndicatorDefinition, 'unit'> & { domain?: Domain | undefined }): Domain {
  return indicator.domain ?? domainOfUnit(indicator.unit);
}

/** True when x is a finite number inside the domain. */
export function inDomain(x: number, domain: Domain): boolean {
  if (!Number.isFinite(x)) return false;
  switch (domain) {
    case 'percentage':
      return x >= 0 && x <= 100;
    case 'positive':
      return x > 0;
    case 'non-negative':
      return x >= 0;
    case 'real':
      return true;
  }
}

/** The domain in words: "a percentage from 0 to 100". */
export function describeDomain(domain: Domain): string {
  return choiceOf(DOMAIN, domain).label;
}

/**
 * Null when `value` is in the indicator's domain; otherwise the sentence "<id> (<label>) must be
 * <domain> (got <value>)", without a subject (each caller says where the value came from).
 */
export function domainProblem(indicator: Pick<IndicatorDefinition, 'id' | 'label' | 'unit'> & { domain?: Domain | undefined }, value: number): string | null {
  const domain = domainOf(indicator);
  if (inDomain(value, domain)) return null;
  return `${indicator.id} (${indicator.label}) must be ${describeDomain(domain)} (got ${String(value)})`;
}
