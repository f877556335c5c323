// Fill: what the portal tab's form asks, what this case would put in each field, and the buttons
// to fill, undo and show it on the page. Nothing is sent to the page before the user clicks Fill.
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CaseScreenProps } from '../app/screenTypes';
import { useDb } from '../app/DbContext';
import { loadBundle } from '../../lib/store/bundle';
import { listFieldRules, saveFieldRule } from '../../lib/store/fieldRules';
import { fieldSignature, formSignature, type FieldRule } from '../../lib/fill/corrections';
import { fillableCount, planTab, runFill, summarize, type FillOutcome, type FramePlan, type FillSummary } from '../../lib/fill/session';
import type { FieldKey } from '../../lib/form/fieldKeys';
import type { CaseBundle } from '../../lib/case/schema';
import { frameSender, getTabStatus } from '../../lib/fill/portalClient';
import { forEachFrame, throwIfLost } from '../../lib/fill/forEachFrame';
import type { FrameSender } from '../../lib/protocol/frameAnswers';
import { usePortalTabState } from './usePortalTabState';
import { FillPreview } from './FillPreview';
import { FillReport } from './FillReport';
import { SavedCorrections } from './SavedCorrections';
import { AddPortal } from './AddPortal';
import { UserPortalList } from './UserPortalList';
import { isUserPortal } from '../../lib/portals/userPortals';
import { PortalNoticeLine, type PortalNotice } from './PortalNotice';
import { CaptureReferences } from './CaptureReferences';
import { Button } from '../ui/Button';
import { newId } from '../../lib/case/schema';
import { undoFrames } from '../../lib/fill/undoFrames';
import { framesMarks } from '../../lib/fill/marks';
import './fill.css';

interface Filled {
  outcomes: FillOutcome[];
  summary: FillSummary;
  /** Which fill of this screen it reports (1, 2 ... across a wizard's steps). */
  run: number;
  /** The plans the fill ran (the fields the report names; the screen's plans move on after it). */
  plans: FramePlan[];
}

export function FillScreen({ caseId }: CaseScreenProps) {
  const db = useDb();
  const tab = usePortalTabState();
  const [bundle, setBundle] = useState<CaseBundle | undefined>(undefined);
  const [rules, setRules] = useState<FieldRule[]>([]);
  const [plans, setPlans] = useState<FramePlan[] | undefined>(undefined);
  const [busy, setBusy] = useState<'' | 'planning' | 'filling' | 'undoing'>('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [filled, setFilled] = useState<Filled | undefined>(undefined);
  const [highlighted, setHighlighted] = useState(false);
  const [portalNotice, setPortalNotice] = useState<PortalNotice | undefined>(undefined);
  const [undone, setUndone] = useState<string | undefined>(undefined);
  const fillGeneration = useRef(0);

  const portal = tab.status?.portal;
  const frameIds = useMemo(() => tab.status?.frames.map((f) => f.frameId) ?? [], [tab.status]);

  useEffect(() => {
    loadBundle(db, caseId).then(setBundle, () => setError('The case could not be read.'));
  }, [db, caseId, tab.changes]);

  useEffect(() => {
    if (!portal) return;
    listFieldRules(db, portal.id).then(setRules, () => setRules([]));
  }, [db, portal?.id]);

  // Plan whenever the tab's forms change: a wizard's next step shows up as new fields to fill.
  useEffect(() => {
    if (tab.tabId === undefined || !portal || !bundle) {
      setPlans(undefined);
      return;
    }
    if (frameIds.length === 0) {
      setPlans([]);
      return;
    }
    let cancelled = false;
    setBusy((b) => b || 'planning');
    planTab(frameSender(tab.tabId), frameIds, bundle, { rules, portalId: portal.id })
      .then((p) => !cancelled && setPlans(p))
      .catch((e: Error) => !cancelled && setError(e.message))
      .finally(() => !cancelled && setBusy((b) => (b === 'planning' ? '' : b)));
    return () => {
      cancelled = true;
    };
  }, [tab.tabId, portal?.id, bundle, frameIds, rules, tab.changes]);

  const count = plans ? fillableCount(plans) : 0;
  // Frames holding a fill this screen did not make (the keyboard command, a panel closed since):
  // Undo reaches them too, as long as the page was not reloaded.
  const earlierFill = useMemo(() => (filled ? [] : (plans ?? []).filter((p) => p.undoable).map((p) => p.frameId)), [plans, filled]);
  const undoFrameIds = filled ? filled.outcomes.map((o) => o.frameId) : earlierFill;

  const fill = useCallback(async () => {
    if (tab.tabId === undefined || !plans || !bundle || !portal) return;
    setBusy('filling');
    setError(undefined);
    setUndone(undefined);
    const generation = ++fillGeneration.current;
    try {
      const send = frameSender(tab.tabId);
      // Plan again from the page as it is now: the preview may be a step behind a wizard's Next.
      const options = { rules, portalId: portal.id };
      const current = await getTabStatus(tab.tabId);
      const fresh = await planTab(
        send,
        current.frames.map((f) => f.frameId),
        bundle,
        options,
      );
      const result = await runFill(send, fresh, bundle, options);
      if (generation !== fillGeneration.current) return;
      setFilled({ outcomes: result.outcomes, summary: summarize(result.outcomes), run: generation, plans: result.plans });
      await showOnPage(send, result.plans, result.outcomes);
      setHighlighted(true);
      // Read the page again: what was just filled is no longer on offer.
      tab.refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy('');
    }
  }, [tab, plans, bundle, portal, rules]);

  const undo = useCallback(async () => {
    if (tab.tabId === undefined || undoFrameIds.length === 0) return;
    setBusy('undoing');
    setError(undefined);
    try {
      setUndone(await undoFrames(frameSender(tab.tabId), undoFrameIds));
      setFilled(undefined);
      setHighlighted(false);
      tab.refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy('');
    }
  }, [tab, undoFrameIds]);

  const toggleHighlight = useCallback(async () => {
    if (tab.tabId === undefined || !plans) return;
    const send = frameSender(tab.tabId);
    try {
      if (highlighted) {
        throwIfLost(
          await forEachFrame(
            plans.map((p) => p.frameId),
            (frameId) => send(frameId, { op: 'clear-highlight' }),
          ),
        );
        setHighlighted(false);
      } else {
        await showOnPage(send, plans, filled?.outcomes);
        setHighlighted(true);
      }
    } catch (e) {
      setError((e as Error).message);
    }
  }, [tab.tabId, plans, highlighted, filled]);

  const correct = useCallback(
    async (plan: FramePlan, fieldId: string, key: FieldKey | 'never') => {
      if (!portal) return;
      const field = plan.classifications.find((c) => c.field.id === fieldId)?.field;
      if (!field) return;
      const rule: FieldRule = {
        id: newId(),
        portalId: portal.id,
        formSignature: formSignature(plan.classifications.map((c) => c.field)),
        fieldSignature: fieldSignature(field),
        key,
        createdAt: new Date().toISOString(),
      };
      try {
        await saveFieldRule(db, rule);
        setRules(await listFieldRules(db, portal.id));
      } catch (e) {
        setError(`The correction was not saved: ${(e as Error).message}`);
      }
    },
    [db, portal],
  );

  if (tab.error) return <p role="alert">{tab.error}</p>;
  if (!tab.status) return <p class="muted">Looking at the current tab…</p>;

  if (!portal) {
    return (
      <section class="fill" aria-labelledby="fill-heading">
        <h2 id="fill-heading">Fill a portal form</h2>
        <p>This tab is not an insurer portal SCA Assistant works on. Open the portal's request form in this tab, or add its site below.</p>
        <PortalNoticeLine notice={portalNotice} />
        {tab.tabId !== undefined && <AddPortal tabId={tab.tabId} onAdded={tab.refresh} notify={setPortalNotice} />}
      </section>
    );
  }

  return (
    <section class="fill" aria-labelledby="fill-heading">
      <h2 id="fill-heading">Fill on {portal.name}</h2>
      <PortalNoticeLine notice={portalNotice} />
      <p class="fill-status" aria-live="polite">
        {!plans
          ? 'Reading the form…'
          : count > 0
            ? `${count} ${filled ? 'more ' : ''}field${count === 1 ? '' : 's'} on this page can be filled from this case.`
            : filled || earlierFill.length > 0
              ? 'Everything on this page that this case can fill is filled.'
              : 'Nothing on this page to fill from this case.'}
        {tab.status.refusedFrames > 0 &&
          ` ${tab.status.refusedFrames} embedded frame${tab.status.refusedFrames === 1 ? '' : 's'} from other sites left alone.`}
      </p>
      <div class="fill-actions">
        <Button
          variant="primary"
          class="fill-go"
          onClick={fill}
          disabled={busy !== '' || !plans || count === 0}
          aria-keyshortcuts="Alt+Shift+F"
        >
          {filled && count > 0 ? `Fill ${count} more field${count === 1 ? '' : 's'}` : `Fill ${count} field${count === 1 ? '' : 's'}`}
        </Button>
        {/* Not held back while the page is read again after a fill: that re-read flickered Undo off
            for a moment, and a click in that moment did nothing (the fill e2e's flake). */}
        <Button onClick={undo} disabled={busy === 'filling' || busy === 'undoing' || undoFrameIds.length === 0}>
          Undo fill
        </Button>
        <Button onClick={toggleHighlight} disabled={!plans || plans.length === 0} aria-pressed={highlighted}>
          {highlighted ? 'Hide marks on page' : 'Show on page'}
        </Button>
        <Button variant="ghost" onClick={tab.refresh} disabled={busy !== ''}>
          Read the page again
        </Button>
      </div>
      {earlierFill.length > 0 && !undone && (
        <p class="muted">This page holds an earlier fill (from the keyboard shortcut or a panel closed since): Undo fill puts it back.</p>
      )}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
      {undone && (
        <p class="fill-undone" role="status">
          {undone}
        </p>
      )}
      {filled && <FillReport outcomes={filled.outcomes} summary={filled.summary} plans={filled.plans} run={filled.run} />}
      {plans && <FillPreview plans={plans} onCorrect={correct} afterFill={!!filled || earlierFill.length > 0} />}
      {plans && (
        <SavedCorrections
          rules={rules}
          plans={plans}
          onForgotten={() => void listFieldRules(db, portal.id).then(setRules, () => setRules([]))}
        />
      )}
      {tab.tabId !== undefined && bundle && (
        <CaptureReferences tabId={tab.tabId} frameIds={frameIds} portalName={portal.name} caseId={caseId} />
      )}
      {isUserPortal(portal.id) && <UserPortalList onChanged={tab.refresh} notify={setPortalNotice} />}
    </section>
  );
}

/** Marks each planned frame; a frame that did not answer is said once all were asked. */
async function showOnPage(send: FrameSender, plans: FramePlan[], outcomes?: FillOutcome[]) {
  const marks = framesMarks(plans, outcomes);
  const replies = await forEachFrame(
    marks.map((m) => m.frameId),
    (frameId, i) => send(frameId, { op: 'highlight', ...marks[i]!.marks }),
  );
  throwIfLost(replies);
}
