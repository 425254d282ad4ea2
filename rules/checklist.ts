/**
 * A checklist page's answers as facts (issue 14), apart from the screen registry so that the question pages
 * can read a checklist without loading the list of screens.
 */
import { DONT_KNOW, FACTS, type FactId } from './facts';

/**
 * A checklist's answers as facts: a ticked yes/no item is true, an unticked one false; a ticked choice item takes
 * the option chosen under it, an unticked one 'none'; "I don't know" gives every item "dont-know".
 */
export function checklistAnswers(
  items: readonly FactId[],
  answer: 'dont-know' | { ticked: readonly FactId[]; choices?: Partial<Record<FactId, string>> },
): Partial<Record<FactId, unknown>> {
  const out: Partial<Record<FactId, unknown>> = {};
  for (const item of items) {
    if (answer === DONT_KNOW) {
      out[item] = DONT_KNOW;
      continue;
    }
    const ticked = answer.ticked.includes(item);
    const input = FACTS[item].input;
    if (input.kind === 'yes-no') out[item] = ticked;
    else out[item] = ticked ? answer.choices?.[item] : 'none';
  }
  return out;
}

/** Whether a fact may sit in a checklist: yes/no, or a choice whose "no" is 'none'. */
export function checklistReady(fact: FactId): boolean {
  const input = FACTS[fact].input;
  return input.kind === 'yes-no' || (input.kind === 'choice' && input.options.includes('none'));
}

