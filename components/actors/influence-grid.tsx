'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type KeyboardEvent } from 'react';
import { moveActorOnGridAction } from '@/lib/actors/actions';

/** `movable: false`: the caller may not edit this actor (a contributor's rule, lib/actors/access.ts). */
type GridActor = { id: string; name: string; family: string; influence: number; interest: number; movable?: boolean };
const LEVELS = [1, 2, 3, 4, 5] as const;

/** Quadrant of a cell: high influence/interest means 4 or 5, the middle row and column count as low. */
function quadrant(influence: number, interest: number) {
  const highInfluence = influence >= 4;
  const highInterest = interest >= 4;
  if (highInfluence && highInterest) return 'manage';
  if (highInfluence) return 'satisfy';
  if (highInterest) return 'inform';
  return 'monitor';
}

/**
 * The influence/interest grid. Moving a card (drag and drop, or arrow keys on the selected card)
 * saves the actor's scores at once, optimistically, and puts it back if the server refuses.
 */
export function InfluenceGrid({ workspaceId, slug, initial, canMove }: { workspaceId: string; slug: string; initial: GridActor[]; canMove: boolean }) {
  const t = useTranslations('actors');
  const [items, setItems] = useState(initial);
  const [announce, setAnnounce] = useState('');
  const dragged = useRef<string | null>(null);
  const refs = useRef(new Map<string, HTMLButtonElement>());
  const [selected, setSelected] = useState<string | null>(null);
  const router = useRouter();

  const move = useMutation({
    mutationFn: (v: { id: string; influence: number; interest: number }) => moveActorOnGridAction(workspaceId, v),
    onMutate: (v) => {
      const snapshot = items;
      setItems((list) => list.map((a) => (a.id === v.id ? { ...a, influence: v.influence, interest: v.interest } : a)));
      const name = items.find((a) => a.id === v.id)?.name ?? '';
      setAnnounce(t('grid.moved', { name, influence: v.influence, interest: v.interest }));
      return { snapshot };
    },
    onSuccess: (result, _v, context) => {
      if (!result.ok && context) {
        setItems(context.snapshot);
        setAnnounce(t('grid.moveError', { message: result.message }));
      }
    },
    onError: (_e, _v, context) => {
      if (context) setItems(context.snapshot);
      setAnnounce(t('grid.moveError', { message: '' }));
    },
    onSettled: (_r, _e, v) => requestAnimationFrame(() => refs.current.get(v.id)?.focus()),
  });

  const place = (id: string, influence: number, interest: number) => {
    const actor = items.find((a) => a.id === id);
    if (!actor || !canMove || actor.movable === false) return;
    if (actor.influence === influence && actor.interest === interest) return;
    move.mutate({ id, influence, interest });
  };

  const onKey = (e: KeyboardEvent<HTMLButtonElement>, a: GridActor) => {
    // One Tab stop per actor: Enter on its card opens its page (the ↗ link is for the mouse).
    if (e.key === 'Enter') {
      e.preventDefault();
      router.push(`/${slug}/actors/${a.id}`);
      return;
    }
    const delta: Record<string, [number, number]> = { ArrowUp: [1, 0], ArrowDown: [-1, 0], ArrowRight: [0, 1], ArrowLeft: [0, -1] };
    const d = delta[e.key];
    if (!d || !canMove || a.movable === false) return;
    e.preventDefault();
    const influence = Math.min(5, Math.max(1, a.influence + d[0]));
    const interest = Math.min(5, Math.max(1, a.interest + d[1]));
    place(a.id, influence, interest);
  };

  return (
    <div className="stack">
      <p className="hint">{canMove ? t('grid.keyboardHelp') : `${t('grid.readOnly')} ${t('grid.openHelp')}`}</p>
      <p role="status" aria-live="polite" className="form-success">
        {announce}
      </p>
      {/* On a narrow screen the board scrolls sideways in its own named region (WCAG 1.4.10). */}
      <div className="grid-scroll" role="region" aria-label={t('grid.title')} tabIndex={0}>
        <div className="grid-board" role="group" aria-label={t('grid.title')}>
          <span className="axis axis-y">{t('grid.influenceAxis')} ↑</span>
          <span className="axis axis-x">{t('grid.interestAxis')} →</span>
          {[...LEVELS].reverse().map((influence) =>
            LEVELS.map((interest) => {
              const here = items.filter((a) => a.influence === influence && a.interest === interest);
              const q = quadrant(influence, interest);
              return (
                <div
                  key={`${influence}-${interest}`}
                  className={`grid-cell q-${q}`}
                  aria-label={t('grid.cell', { influence, interest })}
                  role="group"
                  onDragOver={(e) => canMove && e.preventDefault()}
                  onDrop={(e) => {
                    e.preventDefault();
                    if (dragged.current) place(dragged.current, influence, interest);
                    dragged.current = null;
                  }}
                >
                  {influence === 5 && interest === 5 ? <span className="quadrant-label">{t('grid.quadrants.manage')}</span> : null}
                  {influence === 5 && interest === 1 ? <span className="quadrant-label">{t('grid.quadrants.satisfy')}</span> : null}
                  {influence === 1 && interest === 5 ? <span className="quadrant-label">{t('grid.quadrants.inform')}</span> : null}
                  {influence === 1 && interest === 1 ? <span className="quadrant-label">{t('grid.quadrants.monitor')}</span> : null}
                  {here.map((a) => (
                    <span key={a.id} className="chip-wrap">
                      <button
                        type="button"
                        ref={(el) => {
                          if (el) refs.current.set(a.id, el);
                          else refs.current.delete(a.id);
                        }}
                        className={`chip family-${a.family}`}
                        draggable={canMove && a.movable !== false}
                        aria-pressed={selected === a.id}
                        aria-describedby="grid-help"
                        onDragStart={() => (dragged.current = a.id)}
                        onFocus={() => setSelected(a.id)}
                        onKeyDown={(e) => onKey(e, a)}
                        title={a.name}
                      >
                        {a.name}
                      </button>
                      <Link href={`/${slug}/actors/${a.id}`} className="chip-link" tabIndex={-1} aria-hidden="true">
                        ↗
                      </Link>
                    </span>
                  ))}
                </div>
              );
            }),
          )}
        </div>
      </div>
      <p id="grid-help" className="visually-hidden">
        {canMove ? t('grid.keyboardHelp') : `${t('grid.readOnly')} ${t('grid.openHelp')}`}
      </p>
    </div>
  );
}
