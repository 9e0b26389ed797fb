/**
 * A badge naming a value's level (exact, county value, estimated, stand-in…) with its plain
 * explanation as visible text beneath for stand-ins, so colour is never the only cue.
 */
import { levelInfo } from '../levels.js';

export function LevelBadge({ level }: { level: string }) {
  const info = levelInfo(level);
  return (
    <span class={`level-badge level-${level}`} title={info.formula}>
      {info.badge}
    </span>
  );
}
