/**
 * One legal move of a workflow: from any of the `from` states, `action` leads
 * to `to`. The backend enforces these tables; the frontend reads the same
 * tables to show only the actions that are legal now.
 *
 * @public
 */
export type WorkflowTransition<State extends string = string> = {
  /** The name of the action, as sent to `POST .../transitions`. */
  action: string;
  /** What a button for this action says. */
  label: string;
  from: readonly State[];
  to: State;
  /**
   * Fields the request must carry (non-empty) for this move, e.g. a
   * resolution note when resolving. Each is a key of the transition body.
   */
  requiredFields?: readonly string[];
  /** Fields the move may also carry, e.g. a category when accepting. */
  optionalFields?: readonly string[];
  /**
   * Fields of the body the record keeps as its own fields (e.g. a change's
   * review outcome); the timeline has every field the move carried.
   */
  keeps?: readonly string[];
  /** For fields with a fixed set of values: the values and their labels. */
  fieldChoices?: Record<string, Record<string, string>>;
  /**
   * Who may take the move: those who work the record (the assignee, its
   * group, the service desk), its reporter, or both. Defaults to workers.
   */
  performedBy?: readonly WorkflowRole[];
  /**
   * The records the move is for, by one of their fields: e.g. a standard
   * change's `submit` leads straight to scheduled, a normal one's to
   * review. One action may have several moves from a state, told apart by
   * this guard.
   */
  when?: { field: string; in: readonly string[] };
  /**
   * Conditions on the record itself: when it has the field `ifField`, it
   * must also have `requireField`, or the move is refused with `reason`
   * (e.g. a major incident closes only after its post-incident review).
   */
  preconditions?: readonly {
    ifField: string;
    requireField: string;
    reason: string;
  }[];
};

/**
 * The part a user plays for one record: a worker works it (permission
 * `itsm.record.update`); the reporter is who it was reported by or for.
 *
 * @public
 */
export type WorkflowRole = 'worker' | 'reporter';

/**
 * A record type's workflow as data.
 *
 * @public
 */
export type WorkflowDefinition<State extends string = string> = {
  initialState: State;
  states: readonly State[];
  /**
   * States in which the record still needs work (what "open" counts and
   * queues show); resolved-but-not-closed is not open.
   */
  openStates: readonly State[];
  /** States in which the record is no longer worked on. */
  terminalStates: readonly State[];
  stateLabels: Record<State, string>;
  transitions: readonly WorkflowTransition<State>[];
  /**
   * For types that are approved (changes, releases): the state a record
   * waits for approval in, and where the approval engine moves it when
   * every approval group agrees, or when one approver rejects it.
   */
  approval?: { awaiting: State; approved: State; rejected: State };
  /**
   * The states in which the record's own fields (title, description,
   * priority, entities, who works it) may still be edited; absent: all.
   * A finished change is its archive; an audited release is immutable.
   */
  editableStates?: readonly State[];
};

/**
 * The answer to "may this action be taken now?".
 *
 * @public
 */
export type TransitionCheck<State extends string = string> =
  | { allowed: true; transition: WorkflowTransition<State> }
  | { allowed: false; reason: string; field?: string };
