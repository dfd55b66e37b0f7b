// Generated from plugins/itsm-backend/src/schema/openapi.yaml by `yarn openapi`. Do not edit.
/* eslint-disable */
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Unauthenticated liveness check. */
        get: operations["GetHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Incidents, one page at a time, newest first unless `sort` says otherwise; the filters combine (all must hold). `nextCursor` is absent on the last page. These are the service desk's queues: my work (`assignee=me`), my groups (`assignmentGroup=mine`), unassigned, by tier, P1 (`priority=P1`), all open; and an employee's "My requests" (`reportedBy=me`). */
        get: operations["ListIncidents"];
        put?: never;
        /** @description Reports an incident. With an `Idempotency-Key` header, repeating the request returns the record the first one made (status 200) instead of making another. */
        post: operations["CreateIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description How many incidents there are, by priority, with the same filters as the list (e.g. an entity's open incidents). */
        get: operations["CountIncidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Incident statistics (§2.3.4) over the incidents the caller may read: volumes by category, priority, channel and assignment group per period (reported in the range), mean time to accept and to resolve, first-contact resolution rate and reopen rate (of those resolved in the range), and satisfaction (ratings given on closing in the range). The range defaults to the last 30 days; at most 400 days. */
        get: operations["GetIncidentStatistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/bulk-assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gives several incidents to a group and/or an assignee. Each item is changed on its own (with its own version check and timeline event): the answer lists the outcome of each, in the order asked. */
        post: operations["BulkAssignIncidents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetIncident"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Changes fields of the incident. `version` is the version the change was based on; when someone else changed the incident since, the answer is 409 with the current record in `current`. */
        patch: operations["UpdateIncident"];
        trace?: never;
    };
    "/incidents/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Moves the incident through its workflow. The legal actions and the fields each needs are the incident workflow table of `@backstage-itsm/plugin-itsm-common`. */
        post: operations["TransitionIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{id}/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Functional escalation (§3.3.1): hands the incident to another group or a higher tier (by default the group's own tier), with a reason. */
        post: operations["EscalateIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{id}/priority-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Hierarchical escalation (§3.3.2): asks the lead of the assignment group (its `itsm/lead` annotation, a parent group's, or `itsm.escalation.leads`) to approve a higher priority. Raising the priority with PATCH is refused; lowering it is not. */
        post: operations["RequestIncidentPriority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{id}/priority-requests/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The lead approves (the priority rises; an assignee and a plan may be set) or rejects the waiting raise, with a comment. Only the lead named in `priorityRequest.lead` may decide. */
        post: operations["DecideIncidentPriority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{id}/major": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Declares a P1 incident a major incident; it then closes only after its post-incident review. */
        post: operations["DeclareMajorIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Records the post-incident review of a resolved major incident. */
        post: operations["ReviewMajorIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Every change to the incident, oldest first, one page at a time. */
        get: operations["GetIncidentTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["CommentOnIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{id}/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Changes carried out on the incident's entities whose window it was opened in, or shortly after: suggested as possible causes, confirmed or dismissed. */
        get: operations["GetIncidentChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sla/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The agreement an entity's incidents fall under (§8.2), by the most specific rule (its `itsm/sla` annotation, the entity, its system (a system is its own), the default), with its objectives per priority. 404 when the entity is not in the catalog or no agreement covers it. */
        get: operations["GetSlaAgreement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sla/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The reviews of an entity's agreement, newest first (at most 20). */
        get: operations["ListSlaReviews"];
        put?: never;
        /** @description Records a review of an entity's agreement (§8.3.2) by the caller, now, with the compliance and satisfaction of the period reviewed (default the last 90 days). Needs `itsm.sla.review`. */
        post: operations["CreateSlaReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sla/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The service level report (§8.3) over the incidents opened in the range that the caller may read: response and restore compliance overall and by month, service (affected entity), group, priority and agreement; how much of their target resolved clocks used; satisfaction against each agreement's target; and the open incidents breached or at risk (past 75%) now. Compliance is met over met and breached; clocks still running are pending. */
        get: operations["GetSlaReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{id}/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The incident's service level clocks (§8.1): response and restore under its agreement, each with its target for the priority, the working time counted so far (as of now), what remains, when it warns and falls due while it runs, the thresholds it crossed, and the spans it stood (on hold, resolved). Empty when no agreement covers the incident. */
        get: operations["GetIncidentSla"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The links from and to the incident (at most 500). */
        get: operations["ListIncidentLinks"];
        put?: never;
        post: operations["LinkIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Problems, one page at a time, newest first unless `sort` says otherwise; the filters combine (all must hold). */
        get: operations["ListProblems"];
        put?: never;
        /** @description Logs a problem (§4.1): by hand, or from the incidents it is seen in (`incidents`, each linked `caused-by` the problem in the same transaction), a monitoring alert or an inspection. Its priority is the incident priority matrix's for its impact and urgency unless given; the group that investigates it is the support group or owner of its first entity. With an `Idempotency-Key` header, repeating the request returns the record the first one made (status 200). */
        post: operations["CreateProblem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/known-errors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The known-error base: problems that have a root cause and a workaround and are not closed or cancelled, most urgent first. With `entityRef`, those of an entity (a system with its parts), so agents working its incidents apply the workaround; with `q`, those whose title, description, root cause or workaround hold every word. At most `limit` (20 by default). */
        get: operations["ListKnownErrors"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetProblem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Changes fields of the problem. `version` is the version the edit was based on; when someone else changed the problem since, the answer is 409 with the current record in `current`. */
        patch: operations["UpdateProblem"];
        trace?: never;
    };
    "/problems/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Moves the problem through its workflow (the problem workflow table of `@backstage-itsm/plugin-itsm-common`). `propose_solution` needs the root cause (409 without it) and carries the `solution` plan; it asks the configured approvers, or the lead of the investigating group. */
        post: operations["TransitionProblem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{id}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description An approver approves or rejects a proposed solution (§4.3.2): an approval moves the problem to its fix; a rejection returns it to investigation with the comment, and the next proposal is a new revision. */
        post: operations["DecideProblemApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{id}/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Records the investigation and analysis of an open problem (§4.2): notes (log excerpts, environment, steps to reproduce, links), the root cause (a 5-whys chain or free text), the workaround, business impact and risk; the parts given replace those recorded. With a root cause and a workaround the problem is a known error. */
        put: operations["RecordProblemAnalysis"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{id}/change-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Implements the approved solution (§4.3.3), while the fix is in progress: with `change`, the problem carries that open change request; without, it raises one from its solution plan (same entities; the root cause as the reason; the plan as the description and first step; its expected effect as the test plan), in draft for the requester to submit, with the `window` and `risk` answers given here (checked as a change request's are) and, optionally, its own `plan`, `testPlan` and `backoutPlan`. A problem carries one change request; the two are linked (relates-to). When that change closes successfully the problem is resolved and its incidents are told. */
        post: operations["AddProblemChangeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The investigation report (§4.2) as a Markdown document: the problem, its incidents, the investigation notes, the root cause, the workaround, business impact and risk, the solution plan and its approvals, the change request and the timeline. */
        get: operations["GetProblemReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Every change to the problem record, oldest first, one page at a time. */
        get: operations["GetProblemTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A comment, or a work note. */
        post: operations["CommentOnProblem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/problems/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The links from and to the problem (at most 500), e.g. its incidents. */
        get: operations["ListProblemLinks"];
        put?: never;
        post: operations["LinkProblem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Changes, one page at a time, newest first unless `sort` says otherwise; the filters combine (all must hold). */
        get: operations["ListChanges"];
        put?: never;
        /** @description Requests a change (§5.2.1), as a draft its requester then submits. A standard change names its pre-approved `template`; a normal or emergency one answers the risk questionnaire (`GET /changes/form`). With an `Idempotency-Key` header, repeating the request returns the record the first one made (status 200). */
        post: operations["CreateChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/changes/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description What a change request asks for, as configured: the risk questionnaire and the catalog of standard (pre-approved) changes. */
        get: operations["GetChangeForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/changes/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetChange"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Changes fields of the change. `version` is the version the change was based on; when someone else changed it since, the answer is 409 with the current record in `current`. */
        patch: operations["UpdateChange"];
        trace?: never;
    };
    "/changes/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Moves the change through its workflow. The legal actions and the fields each needs are the change workflow table of `@backstage-itsm/plugin-itsm-common`. */
        post: operations["TransitionChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/changes/{id}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description An approver approves or rejects a change awaiting approval (§5.2.4), for every approval group they sit in. When every group has the approvals its rule needs, the change is scheduled; a rejection returns it to the requester. Only the derived approvers decide, and never the requester (403). */
        post: operations["DecideChangeApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/changes/{id}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Ticks a step of the implementation plan off (or back on) while the change is implemented (§5.3.2): those who work it, its requester and the step's owner may. `version` is the version the tick was based on (409 with the current record otherwise). */
        post: operations["UpdateChangeStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/changes/{id}/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Incidents opened on the change's entities during its window or within `itsm.changes.incidentCorrelation` after it: suggested as possibly caused by it, confirmed (a caused-by link) or dismissed. */
        get: operations["GetChangeIncidents"];
        put?: never;
        /** @description An agent who works the incident confirms that the change caused it (a caused-by link from the incident to the change; it then counts against the change's success) or dismisses the suggestion. */
        post: operations["DecideChangeIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/changes/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Every change to the change record, oldest first, one page at a time. */
        get: operations["GetChangeTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/changes/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A comment, or a work note such as a monitoring note while implementing (§5.3.3). */
        post: operations["CommentOnChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/changes/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The links from and to the change (at most 500). */
        get: operations["ListChangeLinks"];
        put?: never;
        post: operations["LinkChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/deployment-gate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description May the entity deploy now (or at `at`)? `allowed` is true only inside the window of an approved (or standard) change that covers the entity or its system, and outside freezes unless that change was let into them with an override; otherwise false, with the reason. For pipelines, with a service token (see the README). */
        get: operations["GetDeploymentGate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Releases, one page at a time, newest first unless `sort` says otherwise; the filters combine (all must hold). */
        get: operations["ListReleases"];
        put?: never;
        /** @description Plans a release (§7.1) of one component, or of a system and the components it releases (`entityRefs`, the component or system first). Its `releaseVersion` must be valid in the entity's scheme (semver unless `itsm/version-scheme` or `itsm.releases.versionScheme` says calver) and is unique per entity: a version planned or released before answers 409, also when two are planned at once. Risk is scored by the changes' questionnaire (`GET /changes/form`). With an `Idempotency-Key` header, repeating the request returns the record the first one made (status 200). */
        post: operations["CreateRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/releases/free-window": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The earliest window of `durationMinutes` (default 120) from `after` (default the next full hour) in the next 90 days that falls in no freeze of the entity (its own, its system's, configuration's) and overlaps no other planned release or change on the entity or its system; with what it stepped over to find it. */
        get: operations["ProposeReleaseWindow"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/releases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetRelease"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Changes fields of the release. `version` is the version the edit was based on; when someone else changed the release since, the answer is 409 with the current record in `current`. */
        patch: operations["UpdateRelease"];
        trace?: never;
    };
    "/releases/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Moves the release through its workflow. The legal actions and the fields each needs are the release workflow table of `@backstage-itsm/plugin-itsm-common`. */
        post: operations["TransitionRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/releases/{id}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description An approver approves or rejects a release awaiting approval, by the changes' approval engine: the owners of the released entities, and the CAB for medium and high risk. When every group has the approvals its rule needs, the release is approved; a rejection returns it to planned. Only the derived approvers decide, and never the one who planned it (403). */
        post: operations["DecideReleaseApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/releases/{id}/contents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Replaces the package's contents (§7.2.2) while the release is planned, awaiting approval or approved; after its audit the package is immutable (409): a change means a new version. */
        put: operations["ReplaceReleaseContents"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/releases/{id}/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Records a verification check of the package (§7.2.3): kind (function, performance, compatibility), the item checked, pass or fail, and a link to the evidence. The same kind and item again replaces the earlier result. Before the audit only; the audit (`sign_off`) needs a passed check of every kind and no failed one. */
        post: operations["RecordReleaseVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/releases/{id}/change-request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Gives the release its change request (§7.1), before its rollout starts: with `change`, it carries that open change request; without, it raises one from its own plan (same entities, window and risk answers; its phases as the plan steps), in draft for the requester to complete and submit. A release carries one change request; the two are also linked (relates-to). */
        post: operations["AddReleaseChangeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/releases/{id}/pre-release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Ticks a pre-release check (environment, backup, notified; §7.3.1) on, or off with `done: false`, while the audited release waits to roll out; `start_rollout` needs all three. */
        post: operations["CheckReleasePreRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/releases/{id}/phases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Reports that a rollout phase started (`in_progress`), `succeeded` or `failed`, while the release rolls out; for release managers and pipelines (with a service token, see docs/releases.md). Without `version` the report applies to the release as it is. `complete_rollout` needs every phase to have succeeded. */
        post: operations["ReportReleasePhase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/releases/{id}/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The incidents opened on the release's entities since its rollout started (until it was released or rolled back), most urgent first; `considerRollback` is true while it rolls out or awaits confirmation and any of them is still open. */
        get: operations["GetReleaseIncidents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/releases/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Every change to the release record, oldest first, one page at a time. */
        get: operations["GetReleaseTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/releases/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A comment, or a work note (e.g. during the rollout). */
        post: operations["CommentOnRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/releases/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The links from and to the release (at most 500). */
        get: operations["ListReleaseLinks"];
        put?: never;
        post: operations["LinkRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The change calendar of a range (at most 400 days): the changes and releases whose window overlaps it (not drafts, rejected or cancelled ones) and every occurrence of the freeze and maintenance windows that configuration and entity annotations declare; for the whole portal, or for one entity and its system. By start; at most 500 changes (`truncated` says when more lay in the range). */
        get: operations["GetChangeCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar.ics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The change calendar from 30 days ago to a year ahead as an iCalendar document, for calendar apps: with a Backstage token (and an optional `entityRef`), or, without one, with the `token` of a calendar subscription (see `/calendar/feeds`), which then says which calendar. */
        get: operations["GetChangeCalendarFeed"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The caller's calendar subscriptions, newest first (without their tokens). */
        get: operations["ListCalendarFeeds"];
        put?: never;
        /** @description A new subscription address for calendar apps, for the whole portal or one entity. The address holds a secret token and is shown only now; whoever has it sees the calendar until the subscription is revoked. Needs the `itsm.calendar.subscribe` permission. */
        post: operations["CreateCalendarFeed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/calendar/feeds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** @description Revokes one of the caller's calendar subscriptions. */
        delete: operations["DeleteCalendarFeed"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Impact analysis: everything in the catalog that depends, transitively, on the given entities (or, upstream, everything they rely on) (through dependencyOf, API consumption and provision, and partOf), nearest first, each with its depth, the path that reaches it and its owners; the owners of all of them are the stakeholders to tell or ask. Reads the catalog as the caller sees it, one bulk request per level; bounded in depth (1-10, default 5) and size (2,000 entities, `truncated` says when more lay beyond). */
        get: operations["AnalyzeImpact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Configuration items (catalog entities of the CI kinds) in entity ref order, from the CMDB's index (kept by the CI history task, so at most one look behind the catalog), as the caller may see them. Every given filter must hold. */
        get: operations["ListConfigurationItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cis/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The configuration status report (§6.3.3): counts by class, owner and lifecycle; the items with no owner, no class or no support group, and those unchanged for `staleDays` (each list at most 100, with its full count). */
        get: operations["GetConfigurationStatusReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ci-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The history of configuration items (§6.2), newest first: every change found in the catalog, field by field, with the change record that authorised it, or flagged as unauthorised when no change in implementation covered the item. Filter by item or by the flag. */
        get: operations["ListCiChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/alertmanager": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Alertmanager's webhook receiver (`webhook_config`), for service principals only (a static token under `backend.auth.externalAccess`). The body is the notification exactly as Alertmanager sends it (version 4). A firing group without an open incident opens one (201); later deliveries for the group (`groupKey`) note new or changed alerts on it, raise its priority for a more severe alert, or reopen it; a repeated delivery changes nothing. When every alert of the group is resolved, the incident is resolved by monitoring, pending verification by an agent. After the incident is closed or cancelled, the next firing opens a new one. */
        post: operations["ReceiveAlertmanagerNotification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/intake/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Inbound mail, for service principals only (a mail server's pipe or an inbound-mail service's forwarder with a static token). The body is the raw RFC 822 message, at most 10 MB. A reply whose subject names an existing incident (`Re: [INC-42] ...`) becomes a public comment on it (200, `commented`); anything else opens an incident (201). The Message-ID makes redelivery return what the first delivery did (200, `duplicate`). */
        post: operations["ReceiveEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/business-impact-analyses/{id}/facts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The facts the analysis starts from, gathered from the portal (§9.1.3(1)): the entity's owner and system, what it depends on and what depends on it (the CMDB's impact analysis both ways), the service level agreement that covers it, and its outage minutes over the last 12 months from P1 and major incidents. */
        get: operations["GetBusinessImpactAnalysisFacts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/business-impact-analyses/{id}/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Whether the analysis's RTO is achievable over the catalog's dependency graph: every inconsistency (a dependency with a longer RTO, without an approved analysis or without an approved or active continuity plan) with the path that causes it. */
        get: operations["GetBusinessImpactAnalysisConsistency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/business-impact-analyses/{id}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The entity's owner approves or rejects a submitted analysis (§9.1.3); whoever submitted it may not. An approval sets the next review date (`itsm.continuity.reviewInterval`); a rejection returns it to draft with the comment. */
        post: operations["DecideBusinessImpactAnalysisApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/continuity/objectives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An entity's recovery objectives (from its analysis that is not retired) checked against the catalog's dependency graph. */
        get: operations["GetRecoveryObjectives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/continuity/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The coverage report (§9.2, §9.3): critical services (an analysis with an MTPD of at most `itsm.continuity.criticalMtpdMinutes`, or a production component or system under a service level agreement) without an approved or active plan or without a completed exercise in the last 12 months, and every analysed service whose recovery objectives the dependency graph contradicts, with its issue count and its nearest issues, and every inconsistency once at its cause (the entity at fault, with the number of services it affects and the shortest path to it). The graph is the CMDB's index for a caller allowed to read every catalog entity (as fresh as its last look at the catalog, `itsm.cmdb.historyFrequency`), else the catalog as the caller sees it. */
        get: operations["GetContinuityCoverage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/risks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Risks, one page at a time, newest first unless `sort` says otherwise; the filters combine (all must hold). */
        get: operations["ListRisks"];
        put?: never;
        /** @description Records a risk to IT service continuity (§9.1): its threat, one of the six areas of §9.1.2 and the catalog entities it threatens. With an `Idempotency-Key` header, repeating the request returns the record the first one made (status 200). */
        post: operations["CreateRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/risks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetRisk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Changes fields of the risk. `version` is the version the edit was based on; when someone else changed the risk since, the answer is 409 with the current record in `current`. */
        patch: operations["UpdateRisk"];
        trace?: never;
    };
    "/risks/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Moves the risk through its workflow. The legal actions and the fields each needs are the risk workflow table of `@backstage-itsm/plugin-itsm-common`. */
        post: operations["TransitionRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/risks/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Every change to the risk, oldest first, one page at a time. */
        get: operations["GetRiskTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/risks/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A comment, or a work note. */
        post: operations["CommentOnRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/risks/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The links from and to the risk (at most 500). */
        get: operations["ListRiskLinks"];
        put?: never;
        post: operations["LinkRisk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/business-impact-analyses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Business impact analyses, one page at a time, newest first unless `sort` says otherwise; the filters combine (all must hold). */
        get: operations["ListBusinessImpactAnalyses"];
        put?: never;
        /** @description Starts the business impact analysis of one component or system (§9.1.3(1)-(3)), its first entity; one analysis per entity that is not retired, so a second answers 409 naming the first. With an `Idempotency-Key` header, repeating the request returns the record the first one made (status 200). */
        post: operations["CreateBusinessImpactAnalysis"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/business-impact-analyses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetBusinessImpactAnalysis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Changes fields of the business impact analysis. `version` is the version the edit was based on; when someone else changed the business impact analysis since, the answer is 409 with the current record in `current`. */
        patch: operations["UpdateBusinessImpactAnalysis"];
        trace?: never;
    };
    "/business-impact-analyses/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Moves the business impact analysis through its workflow. The legal actions and the fields each needs are the business impact analysis workflow table of `@backstage-itsm/plugin-itsm-common`. */
        post: operations["TransitionBusinessImpactAnalysis"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/business-impact-analyses/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Every change to the business impact analysis, oldest first, one page at a time. */
        get: operations["GetBusinessImpactAnalysisTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/business-impact-analyses/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A comment, or a work note. */
        post: operations["CommentOnBusinessImpactAnalysis"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/business-impact-analyses/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The links from and to the business impact analysis (at most 500). */
        get: operations["ListBusinessImpactAnalysisLinks"];
        put?: never;
        post: operations["LinkBusinessImpactAnalysis"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/continuity-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Continuity plans, one page at a time, newest first unless `sort` says otherwise; the filters combine (all must hold). */
        get: operations["ListContinuityPlans"];
        put?: never;
        /** @description Drafts a continuity plan (§9.2) covering one or more components or systems. With an `Idempotency-Key` header, repeating the request returns the record the first one made (status 200). */
        post: operations["CreateContinuityPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/continuity-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetContinuityPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Changes fields of the continuity plan. `version` is the version the edit was based on; when someone else changed the continuity plan since, the answer is 409 with the current record in `current`. */
        patch: operations["UpdateContinuityPlan"];
        trace?: never;
    };
    "/continuity-plans/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Moves the continuity plan through its workflow. The legal actions and the fields each needs are the continuity plan workflow table of `@backstage-itsm/plugin-itsm-common`. */
        post: operations["TransitionContinuityPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/continuity-plans/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Every change to the continuity plan, oldest first, one page at a time. */
        get: operations["GetContinuityPlanTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/continuity-plans/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A comment, or a work note. */
        post: operations["CommentOnContinuityPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/continuity-plans/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The links from and to the continuity plan (at most 500). */
        get: operations["ListContinuityPlanLinks"];
        put?: never;
        post: operations["LinkContinuityPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exercises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Exercises, one page at a time, newest first unless `sort` says otherwise; the filters combine (all must hold). */
        get: operations["ListExercises"];
        put?: never;
        /** @description Plans an exercise of a continuity plan (§9.3), from its schedule or ad hoc. With an `Idempotency-Key` header, repeating the request returns the record the first one made (status 200). */
        post: operations["CreateExercise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exercises/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetExercise"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Changes fields of the exercise. `version` is the version the edit was based on; when someone else changed the exercise since, the answer is 409 with the current record in `current`. */
        patch: operations["UpdateExercise"];
        trace?: never;
    };
    "/exercises/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Moves the exercise through its workflow. The legal actions and the fields each needs are the exercise workflow table of `@backstage-itsm/plugin-itsm-common`. */
        post: operations["TransitionExercise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exercises/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Every change to the exercise, oldest first, one page at a time. */
        get: operations["GetExerciseTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exercises/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A comment, or a work note. */
        post: operations["CommentOnExercise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exercises/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The links from and to the exercise (at most 500). */
        get: operations["ListExerciseLinks"];
        put?: never;
        post: operations["LinkExercise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/continuity-plans/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** @description Replaces the parts of a plan's content that the body names: its measures by phase (§9.2.2(3)), its procedure (§9.2.2(4)), its activation criteria, resources and tools (§9.2.2(5)), who to inform and its drill schedule (§9.2.2(6)). Only its owners, only in an editable state (draft, under revision), on the version read. A measure keeps whether it is done by its id. */
        put: operations["UpdateContinuityPlanContent"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/continuity-plans/{id}/measures/{measureId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Marks a measure done (who, when) or not done again. Its owners and the measure's owner may, in every state but retired: measures are carried out while the plan is approved and in force. */
        post: operations["TickContinuityPlanMeasure"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/continuity-plans/{id}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description An approver (the plan's owner, a continuity manager) approves or rejects a plan in review. Whoever submitted it or last edited its content may not decide. The last approval makes it approved and keeps its content as the next read-only version; a rejection returns it to draft. */
        post: operations["DecideContinuityPlanApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/continuity-plans/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The plan's approved versions, oldest first, without content. */
        get: operations["ListContinuityPlanVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/continuity-plans/{id}/versions/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One approved version of the plan with its content, read-only. */
        get: operations["GetContinuityPlanVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/continuity-plans/{id}/objectives": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The plan's objectives (§9.2.2(1)): for each entity it covers, the RTO and RPO of its approved business impact analysis, or none. */
        get: operations["GetContinuityPlanObjectives"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/continuity/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description What continuity says of one entity, as the caller may see it: its business impact analysis (RTO, RPO, MTPD, state, review date), the continuity plans covering it, its last completed exercise with its result, the open findings of its exercises, whether its RTO is achievable over the dependency graph, and the red flags (no approved or active plan, no exercise in 12 months, RTO not achievable). */
        get: operations["GetContinuitySummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exercises/{id}/steps/{stepId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Stamps a step of a running exercise's checklist started or done, by the caller; the measurement follows. */
        post: operations["TickExerciseStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/exercises/{id}/findings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Records a finding of a running or completed exercise, with its owner and due date; `revisePlan` sends the exercised plan into revision. */
        post: operations["AddExerciseFinding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{id}/continuity-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The approved and active continuity plans covering the incident's entities, with their procedures and objectives, and the plans invoked for it. */
        get: operations["GetIncidentContinuity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{id}/continuity-invocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Invokes a covering plan for a major incident (its workers only): recorded on both records and linked, the plan's contacts told, its procedure a checklist with a recovery clock against the RTO. */
        post: operations["InvokeContinuityPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{id}/continuity-invocations/{invocationId}/steps/{stepId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Stamps a step of an invoked plan's checklist started or done. */
        post: operations["TickContinuityInvocationStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/incidents/{id}/continuity-invocations/{invocationId}/recovery": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Records the recovery of an invoked plan: the time taken against the RTO and the data lost (minutes) against the RPO, on both records. */
        post: operations["RecordContinuityRecovery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/risks/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The ranked risk register (§9.1.3(4)) of a scope: the risks that are not closed, highest level first, then the larger annual loss expectancy, then the larger likelihood × impact; only those the caller may see. With the matrix that gives the levels and the currency of the amounts, for the heat map. */
        get: operations["GetRiskRegister"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/risks/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The kept versions of the risk assessment report (§9.1.3(5)), newest first (at most 50), of one scope or all; for continuity managers and the management group. */
        get: operations["ListRiskReports"];
        put?: never;
        /** @description Generates the risk assessment report (§9.1.3(5)) of a scope's register now, as Markdown and CSV, keeps it as a dated version and sends it to the management group (`itsm.continuity.managementGroup`) through notifications. Needs `itsm.continuity.manage`; audited (`risk-report-create`). */
        post: operations["CreateRiskReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/risks/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One version of the risk assessment report, with its Markdown and CSV. */
        get: operations["GetRiskReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/improvements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Improvement items, one page at a time, newest first unless `sort` says otherwise; the filters combine (all must hold). */
        get: operations["ListImprovementItems"];
        put?: never;
        /** @description Proposes an improvement item (§10.2.2): what to improve, where the idea came from, the indicator it should move and by when. A lead or manager who did not propose it approves it. With an `Idempotency-Key` header, repeating the request returns the record the first one made (status 200). */
        post: operations["CreateImprovementItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/improvements/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetImprovementItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Changes fields of the improvement item. `version` is the version the edit was based on; when someone else changed the improvement item since, the answer is 409 with the current record in `current`. */
        patch: operations["UpdateImprovementItem"];
        trace?: never;
    };
    "/improvements/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Moves the improvement item through its workflow. The legal actions and the fields each needs are the improvement item workflow table of `@backstage-itsm/plugin-itsm-common`. */
        post: operations["TransitionImprovementItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/improvements/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Every change to the improvement item, oldest first, one page at a time. */
        get: operations["GetImprovementItemTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/improvements/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A comment, or a work note. */
        post: operations["CommentOnImprovementItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/improvements/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The links from and to the improvement item (at most 500). */
        get: operations["ListImprovementItemLinks"];
        put?: never;
        post: operations["LinkImprovementItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trainings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Training sessions, one page at a time, newest first unless `sort` says otherwise; the filters combine (all must hold). */
        get: operations["ListTrainingSessions"];
        put?: never;
        /** @description Plans a training session (§10.2.3) on a process, for catalog users and groups. With an `Idempotency-Key` header, repeating the request returns the record the first one made (status 200). */
        post: operations["CreateTrainingSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trainings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GetTrainingSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** @description Changes fields of the training session. `version` is the version the edit was based on; when someone else changed the training session since, the answer is 409 with the current record in `current`. */
        patch: operations["UpdateTrainingSession"];
        trace?: never;
    };
    "/trainings/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Moves the training session through its workflow. The legal actions and the fields each needs are the training session workflow table of `@backstage-itsm/plugin-itsm-common`. */
        post: operations["TransitionTrainingSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trainings/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Every change to the training session, oldest first, one page at a time. */
        get: operations["GetTrainingSessionTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trainings/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description A comment, or a work note. */
        post: operations["CommentOnTrainingSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trainings/{id}/links": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The links from and to the training session (at most 500). */
        get: operations["ListTrainingSessionLinks"];
        put?: never;
        post: operations["LinkTrainingSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/improvements/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The continual improvement plan (§10.3.1): the approved, in-progress and evaluating improvement items due in a year, by quarter of their due date, with their owners; those without a due date apart. Only the items the caller may read. */
        get: operations["GetImprovementPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/improvements/{id}/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description The lead of the item's owning group or an improvement manager (`itsm.improvement.manage`, or a member of `itsm.improvement.managementGroup`) approves or rejects a proposed improvement item (§10.2.2). Whoever proposed it may not decide (segregation of duties, 403). One approval makes it approved; a rejection (with a comment) ends it as rejected. */
        post: operations["DecideImprovementItemApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/improvements/{id}/effect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The measured effect of an improvement item in evaluation or closed (§10.3.2): its indicator over the evaluation period (from the month work started, `itsm.improvement.evaluationMonths` months, default 3, or to date) against the baseline and target, month by month, and whether it reached the target and moved the right way. The scope is the item's first entity as a service, else the portal. 409 while the item is not evaluated yet or names no indicator. */
        get: operations["GetImprovementEffect"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The scorecard of every indicator for a month and scope
         * @description Each indicator of the catalogue (§10.1.1) for the month, against its target (§10.1.2) and the previous month's figure. A past month is read from its snapshot; the running month is computed now.
         */
        get: operations["GetKpiScorecard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kpis/{indicatorId}/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One indicator's monthly figures, oldest first */
        get: operations["GetKpiSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kpis/{indicatorId}/breakdown": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One indicator's figure for a month split by group, service, priority, type or model */
        get: operations["GetKpiBreakdown"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kpis/{indicatorId}/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The records behind one indicator's figure (the drill-down)
         * @description The records the figure was computed from, newest first, of those the caller may read; `hidden` counts the others.
         */
        get: operations["GetKpiRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The kept monthly reports, newest period first (at most 200), of one scope or of all; every signed-in user reads them. */
        get: operations["ListPeriodicReports"];
        put?: never;
        /** @description Generates the monthly report of a scope and period now (again if it exists: the new text replaces the kept one) and announces it to the recipients (`itsm.improvement.reports.recipients`). Needs `itsm.improvement.manage`; audited (`periodic-report-create`). */
        post: operations["CreatePeriodicReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/{scope}/{period}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One monthly report with its Markdown and CSV. */
        get: operations["GetPeriodicReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The satisfaction surveys configured (`itsm.improvement.surveys`) with their questions; for improvement managers (`itsm.improvement.manage`). */
        get: operations["ListSurveys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description The caller's survey invitations not answered yet, newest first (at most 50). Only one's own: `mine` may be given as `true` and is the only choice. */
        get: operations["ListSurveyInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description One survey invitation with its questions, for its recipient only: anyone else gets 404, as if there were none. */
        get: operations["GetSurveyInvitation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys/invitations/{id}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** @description Answers the invitation, once (a second answer is a 409), by its recipient only (404 for anyone else). Each answer is checked against its question (a 400 names it, `answers.<id>`). After an incident's closure the overall rating becomes the incident's satisfaction rating when it has none; an overall rating at or below `itsm.improvement.surveys.lowScore` (default 2) tells the incident's assignment group and adds a work note to the incident. Audited (`survey-answer`). */
        post: operations["AnswerSurveyInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/surveys/{surveyId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A survey's results for a month (§2.3.5): the invitations sent in it and the share answered, each question's mean (a rating's 1-5, a yes/no question's share of yes in percent) over the answers given in it, and their comments (at most 200, newest first). For improvement managers (`itsm.improvement.manage`). */
        get: operations["GetSurveyResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trainings/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A group's training plan (§10.2.3): the sessions planned for the group or its members, and those held in the last twelve months, with the group's members (by `memberOf` in the catalog) and which sessions each completed. Only sessions the caller may read. */
        get: operations["GetTrainingPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            error: {
                name: string;
                message: string;
            };
            request?: {
                method?: string;
                url?: string;
            };
            response?: {
                statusCode?: number;
            };
            /** @description On 409, the record as it is now. */
            current?: components["schemas"]["Incident"];
        };
        /** @enum {string} */
        Priority: "P1" | "P2" | "P3" | "P4";
        /** @enum {string} */
        Level: "high" | "medium" | "low";
        /** @enum {string} */
        IncidentCategory: "hardware" | "software" | "network" | "service_request" | "other";
        /** @enum {string} */
        IncidentChannel: "portal" | "phone" | "email" | "chat" | "monitoring" | "api";
        /** @enum {string} */
        SupportTier: "L1" | "L2" | "L3";
        /** @description Catalog entities the record affects, as entity refs (`component:default/payments`). */
        EntityRefs: string[];
        Incident: {
            /** @description The internal id. */
            id: string;
            /** @description The human id, e.g. INC-12. */
            ref: string;
            /** @enum {string} */
            type: "incident";
            /** @description Increases with every change; send it back with a change. */
            version: number;
            state: string;
            title: string;
            description: string;
            priority: components["schemas"]["Priority"];
            entityRefs: string[];
            resolution?: string;
            cause?: string;
            verification?: string;
            /** @description `monitoring` when an alert's recovery resolved the incident; an agent still has to verify it. */
            resolvedBy?: string;
            /** @enum {string} */
            holdReason?: "caller" | "vendor" | "change";
            impact?: components["schemas"]["Level"];
            urgency?: components["schemas"]["Level"];
            priorityReason?: string;
            category?: components["schemas"]["IncidentCategory"];
            channel?: components["schemas"]["IncidentChannel"];
            reportedBy?: string;
            /** @description Set on an incident opened by mail whose sender the receiving mail server did not authenticate: the address the mail claims, which is not its reporter. */
            unverifiedSender?: string;
            /** Format: date-time */
            occurredAt?: string;
            scopeOfImpact?: string;
            assignmentGroup?: string;
            assignee?: string;
            supportTier?: components["schemas"]["SupportTier"];
            /** @description How satisfied the reporter said they were (1-5) when confirming the resolution. */
            satisfactionRating?: number;
            /** @description What the reporter said with their rating. */
            feedback?: string;
            /** @description The plan a lead set when approving a raise of priority. */
            plan?: string;
            priorityRequest?: components["schemas"]["PriorityRequest"];
            /** @description Set when the incident was declared a major incident. */
            major?: {
                declaredBy: string;
                /** Format: date-time */
                declaredAt: string;
                reason: string;
            };
            review?: components["schemas"]["PostIncidentReview"];
            allowed?: components["schemas"]["AllowedActions"];
            sla?: components["schemas"]["IncidentSlaSummary"];
            /** @description The entity ref of the user or service that reported it. */
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            resolvedAt?: string;
            /** Format: date-time */
            closedAt?: string;
        };
        /** @description The service level clock a queue shows of an incident under an agreement (`/incidents/{id}/sla` has all of them): the running clock that falls due first, else the paused one with the least time left, else how the restore clock ended. Absent when no clock of the incident has a target. Read for a whole page in one query. */
        IncidentSlaSummary: {
            /** @enum {string} */
            kind: "response" | "restore";
            /** @enum {string} */
            phase: "running" | "paused" | "stopped";
            /** @description Working minutes its agreement allows. */
            targetMinutes: number;
            /**
             * Format: date-time
             * @description While it runs, when it falls due.
             */
            dueAt?: string;
            /**
             * Format: date-time
             * @description While it runs, when 75% of its target is used.
             */
            warnAt?: string;
            /** @description While it is paused, the working minutes left of its target (negative when over). */
            remainingMinutes?: number;
            /** @description Past its target: running past `dueAt`, paused or stopped beyond it, or breached earlier. */
            breached: boolean;
            /** @description Once stopped, whether it stayed within its target. */
            met?: boolean;
        };
        RecordCounts: {
            total: number;
            byPriority: {
                P1: number;
                P2: number;
                P3: number;
                P4: number;
            };
        };
        /** @description What the caller may do with the record now, as the permission policy decides: `update` covers field changes, workflow moves and links (the workflow's worker moves); `comment` public replies; `workNote` reading and writing work notes; `respond` the reporter's moves (confirming or rejecting a resolution). */
        AllowedActions: {
            update: boolean;
            comment: boolean;
            workNote: boolean;
            respond: boolean;
        };
        IncidentPage: {
            items: components["schemas"]["Incident"][];
            nextCursor?: string;
        };
        /** @description Give `impact` and `urgency` and the priority follows from the priority matrix; or give `priority` alone. A `priority` that differs from the matrix needs a `priorityReason`. Without `assignmentGroup` the incident goes to the support group of the first affected entity (its `itsm/support-group` annotation, else its owner), or to the service desk. */
        CreateIncidentRequest: {
            title: string;
            description: string;
            entityRefs: components["schemas"]["EntityRefs"];
            priority?: components["schemas"]["Priority"];
            impact?: components["schemas"]["Level"];
            urgency?: components["schemas"]["Level"];
            priorityReason?: string;
            category?: components["schemas"]["IncidentCategory"];
            channel?: components["schemas"]["IncidentChannel"];
            /** @description The user the incident is reported for (an agent logging a call); the caller by default. */
            reportedBy?: string;
            /** Format: date-time */
            occurredAt?: string;
            scopeOfImpact?: string;
            assignmentGroup?: string;
            assignee?: string;
        };
        UpdateIncidentRequest: {
            version: number;
            title?: string;
            description?: string;
            entityRefs?: components["schemas"]["EntityRefs"];
            priority?: components["schemas"]["Priority"];
            category?: components["schemas"]["IncidentCategory"];
            /** @description The group that works the incident from now on (its tier follows). */
            assignmentGroup?: string;
            /** @description The user who works the incident from now on; null for nobody. */
            assignee?: string | null;
        };
        /** @description Gives each item to `assignmentGroup` or `assignee` or both. */
        BulkAssignRequest: {
            items: {
                id: string;
                version: number;
            }[];
            assignmentGroup?: string;
            assignee?: string | null;
        };
        BulkAssignResult: {
            items: {
                id: string;
                /** @description The HTTP status this item would have had alone (200, 400, 403, 404, 409). */
                status: number;
                incident?: components["schemas"]["Incident"];
                error?: string;
            }[];
        };
        TransitionRequest: {
            action: string;
            version: number;
            /** @description The user who works the incident from now on (accept). */
            assignee?: string;
            category?: components["schemas"]["IncidentCategory"];
            /** @enum {string} */
            holdReason?: "caller" | "vendor" | "change";
            resolution?: string;
            cause?: string;
            verification?: string;
            reason?: string;
            comment?: string;
            /** @description The reporter's satisfaction with the resolution (close). */
            rating?: number;
            feedback?: string;
        };
        Volume: {
            /** @description The first day of the period (YYYY-MM-DD). */
            period: string;
            /** @description The value counted (`none` when absent). */
            key: string;
            count: number;
        };
        IncidentStatistics: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            /** @enum {string} */
            period: "day" | "week" | "month";
            periods: string[];
            reported: number;
            volumes: {
                category: components["schemas"]["Volume"][];
                priority: components["schemas"]["Volume"][];
                channel: components["schemas"]["Volume"][];
                assignmentGroup: components["schemas"]["Volume"][];
            };
            accepted: {
                count: number;
                meanHours: number | null;
            };
            resolved: {
                count: number;
                meanHours: number | null;
                firstContactRate: number | null;
                reopenRate: number | null;
            };
            satisfaction: {
                count: number;
                average: number | null;
                distribution: {
                    1: number;
                    2: number;
                    3: number;
                    4: number;
                    5: number;
                };
            };
        };
        /** @enum {string} */
        ChangeType: "system" | "business" | "management" | "emergency";
        /** @enum {string} */
        ChangeModel: "standard" | "normal" | "emergency";
        /** @enum {string} */
        RiskLevel: "low" | "medium" | "high";
        ChangeWindow: {
            /** Format: date-time */
            start: string;
            /** Format: date-time */
            end: string;
        };
        ChangePlanStep: {
            title: string;
            /** @description The user or group who carries the step out. */
            owner?: string;
            done?: boolean;
            /** Format: date-time */
            doneAt?: string;
            doneBy?: string;
        };
        ChangeRisk: {
            level: components["schemas"]["RiskLevel"];
            computed: components["schemas"]["RiskLevel"];
            stated?: components["schemas"]["RiskLevel"];
            statedReason?: string;
            score?: number;
            answers?: {
                [key: string]: string;
            };
            /** @description A standard change's risk, set by its template. */
            preApproved?: boolean;
        };
        ApprovalRule: {
            /** @enum {string} */
            kind: "all" | "any" | "quorum";
            count?: number;
        };
        ChangeApproval: {
            round: number;
            /** Format: date-time */
            requestedAt: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected";
            groups: {
                key: string;
                label: string;
                rule: components["schemas"]["ApprovalRule"];
                approvers: string[];
            }[];
            decisions: {
                group: string;
                approver: string;
                decidedBy: string;
                /** @enum {string} */
                decision: "approve" | "reject";
                comment?: string;
                /** Format: date-time */
                decidedAt: string;
            }[];
            /** @description What the approvers decide on, as it was when approval was asked (a change's entities, window, type, model, plans and risk answers; a release's entities, window, version, scope, phases, package and risk answers; a problem's solution plan). While the round is pending or approved the record cannot differ from it. */
            covers?: {
                [key: string]: unknown;
            };
            /** @description A standard change, approved in advance by its template. */
            preApproved?: {
                template: string;
            };
        };
        /** @description The impact analysis attached when the change was accepted (§5.2.3). */
        ChangeImpact: {
            /** Format: date-time */
            analysedAt: string;
            dependents: {
                entityRef: string;
                title: string;
                kind: string;
                depth: number;
                owners: string[];
            }[];
            dependentCount: number;
            stakeholders: string[];
            /** @description The touched and dependent entities a service level agreement covers, with the agreement (absent on changes assessed before agreements were known). */
            servicesUnderSla?: {
                entityRef: string;
                agreement: {
                    id: string;
                    name: string;
                };
            }[];
            openIncidents: {
                ref: string;
                title: string;
                priority: string;
                entityRefs: string[];
            }[];
            truncated: boolean;
        };
        Change: {
            id: string;
            /** @description The human id, e.g. CHG-12. */
            ref: string;
            /** @enum {string} */
            type: "change";
            version: number;
            state: string;
            title: string;
            description: string;
            priority: components["schemas"]["Priority"];
            entityRefs: string[];
            model: components["schemas"]["ChangeModel"];
            changeType: components["schemas"]["ChangeType"];
            /** @description The standard change it follows. */
            template?: string;
            reason?: string;
            window?: components["schemas"]["ChangeWindow"];
            plan?: components["schemas"]["ChangePlanStep"][];
            backoutPlan?: string;
            testPlan?: string;
            risk?: components["schemas"]["ChangeRisk"];
            impact?: components["schemas"]["ChangeImpact"];
            assessment?: string;
            approval?: components["schemas"]["ChangeApproval"];
            /** @description Why it was last returned to its requester. */
            returnedReason?: string;
            /** @enum {string} */
            outcome?: "successful" | "successful_with_issues" | "failed" | "backed_out";
            satisfaction?: string;
            lessons?: string;
            /** Format: date-time */
            submittedAt?: string;
            /**
             * Format: date-time
             * @description When acceptance (§5.2.2) is due.
             */
            acceptanceDueAt?: string;
            /** Format: date-time */
            acceptedAt?: string;
            /** Format: date-time */
            assessedAt?: string;
            /** Format: date-time */
            scheduledAt?: string;
            /** Format: date-time */
            startedAt?: string;
            /** Format: date-time */
            completedAt?: string;
            /** Format: date-time */
            reviewedAt?: string;
            reviewedBy?: string;
            /** @description The incidents confirmed as caused by it, when it closed. */
            causedIncidents?: string[];
            /** @description What the window ran into when it was last checked (on submission and on scheduling): freezes, other changes on the same, dependent or depended-on entities at overlapping times, and entities whose maintenance windows it is outside of. */
            conflicts?: components["schemas"]["ChangeConflict"][];
            /** Format: date-time */
            conflictsCheckedAt?: string;
            /** @description Who let the change happen in a freeze, why, and which freezes. */
            freezeOverride?: {
                justification: string;
                by: string;
                /** Format: date-time */
                at: string;
                freezes: string[];
            };
            /** @description Window annotations of its entities that could not be read. */
            windowProblems?: string[];
            /** @description The group that works the change (the change managers). */
            assignmentGroup?: string;
            assignee?: string;
            /** @description The requester. */
            reportedBy: string;
            allowed?: components["schemas"]["AllowedActions"];
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            closedAt?: string;
        };
        ChangeConflict: {
            /** @enum {string} */
            kind: "freeze" | "overlap" | "outside-maintenance";
            name?: string;
            source?: string;
            ref?: string;
            title?: string;
            /** Format: date-time */
            start?: string;
            /** Format: date-time */
            end?: string;
            entityRef?: string;
            entityRefs?: string[];
            windows?: string[];
        };
        ChangePage: {
            items: components["schemas"]["Change"][];
            nextCursor?: string;
        };
        /** @description A standard change names its `template`, which brings its type, reason and plans (a `reason` or `plan` given here replaces the template's). A normal or emergency change states its `changeType`, `reason`, `plan`, `backoutPlan`, `testPlan` and `risk`. */
        CreateChangeRequest: {
            title: string;
            description: string;
            entityRefs: components["schemas"]["EntityRefs"];
            priority?: components["schemas"]["Priority"];
            model: components["schemas"]["ChangeModel"];
            changeType?: components["schemas"]["ChangeType"];
            /** @description The standard change to follow (model standard). */
            template?: string;
            /** @description Why the change is needed. */
            reason?: string;
            window: {
                start: string;
                end: string;
            };
            plan?: {
                title: string;
                owner?: string;
            }[];
            backoutPlan?: string;
            testPlan?: string;
            risk?: {
                answers: {
                    [key: string]: string;
                };
                stated?: components["schemas"]["RiskLevel"];
                statedReason?: string;
            };
        };
        UpdateChangeRequest: {
            version: number;
            title?: string;
            description?: string;
            priority?: components["schemas"]["Priority"];
            entityRefs?: components["schemas"]["EntityRefs"];
        };
        ChangeTransitionRequest: {
            action: string;
            version: number;
            /** @description Why it is returned, rejected or cancelled. */
            reason?: string;
            comment?: string;
            /** @description The assessor's notes (assess). */
            assessment?: string;
            /** @description successful, successful_with_issues, failed or backed_out (close). */
            outcome?: string;
            /** @description The business's satisfaction, 1-5 (close after review). */
            satisfaction?: string;
            lessons?: string;
            /** @description Why the change must happen in a freeze its window falls in (submit); without it such a change is refused, naming the freeze. */
            freezeOverride?: string;
        };
        Release: {
            id: string;
            /** @description The human id, e.g. REL-12. */
            ref: string;
            /** @enum {string} */
            type: "release";
            /** @description The record's version, for optimistic concurrency. */
            version: number;
            state: string;
            title: string;
            description: string;
            priority: components["schemas"]["Priority"];
            entityRefs: string[];
            /** @description The component or system released. */
            entityRef: string;
            /** @description The version released, e.g. 2.4.1. */
            releaseVersion: string;
            /** @enum {string} */
            versionScheme: "semver" | "calver";
            /** @description The change request that authorises the release, e.g. CHG-12. */
            changeRequest?: string;
            goals: ("business" | "optimisation" | "fix")[];
            modules?: string[];
            window?: components["schemas"]["ChangeWindow"];
            phases: {
                name: string;
                /** @enum {string} */
                status: "pending" | "in_progress" | "succeeded" | "failed";
                /** Format: date-time */
                startedAt?: string;
                /** Format: date-time */
                finishedAt?: string;
                note?: string;
                by?: string;
            }[];
            risk?: components["schemas"]["ChangeRisk"];
            contents: components["schemas"]["ReleaseContents"];
            approval?: components["schemas"]["ChangeApproval"];
            /** @description Why it was last returned to planned (a rejection). */
            returnedReason?: string;
            /** Format: date-time */
            approvedAt?: string;
            verification?: {
                /** @enum {string} */
                kind: "function" | "performance" | "compatibility";
                item: string;
                /** @enum {string} */
                result: "pass" | "fail";
                evidenceUrl?: string;
                by: string;
                /** Format: date-time */
                at: string;
            }[];
            /** @description Why the rollout started outside its window or without an approved change request, and what was missing. */
            rolloutOverride?: {
                reason: string;
                gaps: string[];
                by: string;
                /** Format: date-time */
                at: string;
            };
            /** @description The package's audit sign-off; from then on it is immutable. */
            audit?: {
                by: string;
                /** Format: date-time */
                at: string;
                comment?: string;
            };
            /** @description The pre-release checks done, by check (environment, backup, notified). */
            preRelease?: {
                [key: string]: {
                    by: string;
                    /** Format: date-time */
                    at: string;
                };
            };
            /** Format: date-time */
            startedAt?: string;
            /** Format: date-time */
            completedAt?: string;
            /** Format: date-time */
            releasedAt?: string;
            /** Format: date-time */
            rolledBackAt?: string;
            /** @description The version a rollback made current again (null when none was released before). */
            restoredVersion?: string | null;
            outcome?: string;
            confirmation?: string;
            reason?: string;
            assignmentGroup?: string;
            assignee?: string;
            reportedBy: string;
            allowed?: components["schemas"]["AllowedActions"];
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            closedAt?: string;
        };
        ReleaseArtifact: {
            name: string;
            url: string;
            /** @description algorithm:hex digest, e.g. sha256:9f86d0... */
            checksum: string;
        };
        ReleaseLinkedFile: {
            name: string;
            url: string;
        };
        ReleaseDocument: {
            title: string;
            url: string;
        };
        /** @description A package's contents (§7.2.2). */
        ReleaseContentsInput: {
            artifacts?: components["schemas"]["ReleaseArtifact"][];
            configurationFiles?: components["schemas"]["ReleaseLinkedFile"][];
            documents?: components["schemas"]["ReleaseDocument"][];
            /** @description The changes, problems and incidents it fixes, e.g. CHG-4. */
            fixes?: string[];
        };
        ReleaseContents: {
            artifacts: components["schemas"]["ReleaseArtifact"][];
            configurationFiles: components["schemas"]["ReleaseLinkedFile"][];
            documents: components["schemas"]["ReleaseDocument"][];
            fixes: string[];
        };
        /** @description A 5-whys chain (`whys`, `cause`) or a free-text analysis (`text`). */
        RootCause: {
            /** @enum {string} */
            method: "five_whys" | "free_text";
            whys?: string[];
            cause?: string;
            text?: string;
        };
        ProblemInvestigation: {
            logExcerpts?: string;
            environment?: string;
            stepsToReproduce?: string;
            links?: {
                title: string;
                url: string;
            }[];
        };
        Problem: {
            id: string;
            /** @description The human id, e.g. PRB-4. */
            ref: string;
            /** @enum {string} */
            type: "problem";
            version: number;
            state: string;
            title: string;
            description: string;
            priority: components["schemas"]["Priority"];
            entityRefs: string[];
            /** @enum {string} */
            category: "hardware" | "software" | "network" | "security" | "configuration" | "other";
            /** @enum {string} */
            source?: "incidents" | "monitoring" | "inspection" | "proactive" | "manual";
            impact?: string;
            urgency?: string;
            /** @description It has a root cause and a workaround. */
            knownError: boolean;
            investigation?: components["schemas"]["ProblemInvestigation"];
            rootCause?: components["schemas"]["RootCause"];
            workaround?: string;
            businessImpact?: string;
            risk?: string;
            solutionPlan?: {
                description: string;
                estimatedHours?: number;
                expectedEffect: string;
                revision: number;
                proposedBy: string;
                /** Format: date-time */
                proposedAt: string;
            };
            approval?: components["schemas"]["ChangeApproval"];
            returnedReason?: string;
            resolution?: string;
            verification?: string;
            /** @description The change request that implements the solution, e.g. CHG-7 (§4.3.3). */
            changeRequest?: string;
            /** @description The change request whose successful closure resolved the problem. */
            fixedBy?: string;
            /** @description Change requests that closed without putting the fix in place. */
            failedChangeRequests?: string[];
            /** @description Why proactive detection suggested the problem. */
            detection?: {
                /** @enum {string} */
                basis: "entity" | "category";
                value: string;
                incidents: number;
                windowHours: number;
            };
            assignmentGroup?: string;
            assignee?: string;
            reportedBy?: string;
            allowed?: components["schemas"]["AllowedActions"];
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            resolvedAt?: string;
            /** Format: date-time */
            closedAt?: string;
        };
        KnownErrorList: {
            items: {
                id: string;
                ref: string;
                title: string;
                description: string;
                state: string;
                priority: components["schemas"]["Priority"];
                category: string;
                workaround: string;
                rootCause?: components["schemas"]["RootCause"];
                entityRefs: string[];
                /** Format: date-time */
                updatedAt: string;
            }[];
        };
        ProblemPage: {
            items: components["schemas"]["Problem"][];
            nextCursor?: string;
        };
        CreateProblemRequest: {
            title: string;
            description: string;
            entityRefs: components["schemas"]["EntityRefs"];
            /** @enum {string} */
            category: "hardware" | "software" | "network" | "security" | "configuration" | "other";
            /** @enum {string} */
            source?: "incidents" | "monitoring" | "inspection" | "proactive" | "manual";
            /** @enum {string} */
            impact?: "high" | "medium" | "low";
            /** @enum {string} */
            urgency?: "high" | "medium" | "low";
            priority?: components["schemas"]["Priority"];
            /** @description The incidents it is seen in, e.g. INC-3. */
            incidents?: string[];
        };
        UpdateProblemRequest: {
            version: number;
            title?: string;
            description?: string;
            priority?: components["schemas"]["Priority"];
            assignee?: string | null;
            assignmentGroup?: string;
        };
        ProblemTransitionRequest: {
            action: string;
            version: number;
            reason?: string;
            resolution?: string;
            verification?: string;
            solution?: {
                description?: string;
                estimatedHours?: number;
                expectedEffect?: string;
            };
        };
        /** @description Records at least one of the investigation, root cause, workaround, business impact or risk. */
        ProblemAnalysisRequest: {
            version: number;
            investigation?: {
                logExcerpts?: string;
                environment?: string;
                stepsToReproduce?: string;
                links?: {
                    title?: string;
                    url?: string;
                }[];
            };
            rootCause?: components["schemas"]["RootCause"];
            workaround?: string;
            businessImpact?: string;
            risk?: string;
        };
        ReleasePage: {
            items: components["schemas"]["Release"][];
            nextCursor?: string;
        };
        CreateReleaseRequest: {
            title: string;
            description: string;
            entityRefs: components["schemas"]["EntityRefs"];
            priority?: components["schemas"]["Priority"];
            /** @description The version to release, e.g. 2.4.1 (semver) or 2026.12.1 (calver). */
            releaseVersion: string;
            goals: string[];
            modules?: string[];
            window: {
                start: string;
                end: string;
            };
            phases?: string[];
            risk: {
                answers: {
                    [key: string]: string;
                };
                stated?: components["schemas"]["RiskLevel"];
                statedReason?: string;
            };
            contents?: components["schemas"]["ReleaseContentsInput"];
        };
        UpdateReleaseRequest: {
            version: number;
            title?: string;
            description?: string;
            priority?: components["schemas"]["Priority"];
        };
        ReleaseTransitionRequest: {
            action: string;
            version: number;
            /** @description Why it is rolled back or cancelled. */
            reason?: string;
            comment?: string;
            /** @description successful or successful_with_issues (confirm). */
            outcome?: string;
            /** @description What the business confirmed (confirm). */
            confirmation?: string;
            /** @description Why the release must roll out outside its window or without an approved change request (start_rollout); without it such a rollout is refused with 409, naming what is missing. */
            rolloutOverride?: string;
        };
        CalendarEvent: {
            /** @enum {string} */
            kind: "change" | "release" | "freeze" | "maintenance";
            id: string;
            title: string;
            /** Format: date-time */
            start: string;
            /** Format: date-time */
            end: string;
            entityRefs: string[];
            ref?: string;
            state?: string;
            model?: string;
            risk?: string;
            source?: string;
        };
        ChangeCalendar: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            entityRef?: string;
            events: components["schemas"]["CalendarEvent"][];
            truncated: boolean;
            problems: string[];
        };
        CalendarFeed: {
            id: string;
            owner: string;
            entityRef?: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            lastUsedAt?: string;
        };
        DeploymentDecision: {
            allowed: boolean;
            reason: string;
            entityRef: string;
            /** Format: date-time */
            at: string;
            change?: {
                ref: string;
                title: string;
                window: components["schemas"]["ChangeWindow"];
            };
            freezes: {
                name: string;
                /** Format: date-time */
                start: string;
                /** Format: date-time */
                end: string;
            }[];
        };
        CorrelatedRecord: {
            id: string;
            ref: string;
            type: string;
            title: string;
            state: string;
            priority: string;
            /** Format: date-time */
            createdAt: string;
            entityRefs: string[];
            window?: components["schemas"]["ChangeWindow"];
        };
        Correlation: {
            suggested: components["schemas"]["CorrelatedRecord"][];
            confirmed: components["schemas"]["CorrelatedRecord"][];
            dismissed: components["schemas"]["CorrelatedRecord"][];
        };
        CorrelationDecisionRequest: {
            /** @description The incident, e.g. INC-5. */
            incident: string;
            /** @enum {string} */
            decision: "confirm" | "dismiss";
        };
        ChangeStepRequest: {
            /** @description The step, counted from 0 (a plan has at most 50). */
            index: number;
            done: boolean;
            version: number;
        };
        ApprovalDecisionRequest: {
            /** @enum {string} */
            decision: "approve" | "reject";
            /** @description Required to reject. */
            comment?: string;
        };
        ChangeForm: {
            riskQuestionnaire: {
                questions: {
                    id: string;
                    text: string;
                    weight?: number;
                    options?: {
                        value: string;
                        label: string;
                        weight: number;
                    }[];
                }[];
                thresholds: {
                    medium: number;
                    high: number;
                };
            };
            standardChanges: {
                id: string;
                title: string;
                description: string;
                changeType: components["schemas"]["ChangeType"];
                plan: components["schemas"]["ChangePlanStep"][];
                backoutPlan: string;
                testPlan: string;
            }[];
        };
        /**
         * @description How the analysis reached an entity from the previous one. Downstream (what depends on it): the entity depends on the previous one (dependencyOf), consumes it as an API (apiConsumedBy), is an API the previous one provides (providesApi), or contains it (partOf). Upstream (what it relies on): the previous one depends on it (dependsOn), consumes it as an API (consumesApi), is an API it provides (apiProvidedBy), or is one of its parts (hasPart).
         * @enum {string}
         */
        ImpactRelation: "dependencyOf" | "apiConsumedBy" | "providesApi" | "partOf" | "dependsOn" | "consumesApi" | "apiProvidedBy" | "hasPart";
        ImpactedEntity: {
            entityRef: string;
            kind: string;
            title: string;
            /** @description Its configuration item class, e.g. `hardware/server`. */
            ciClass: string;
            owners: string[];
            /** @description 0 for the entities the analysis started from. */
            depth: number;
            /** @description The entity refs from a starting entity to this one. */
            path: string[];
            relation?: components["schemas"]["ImpactRelation"];
        };
        ImpactAnalysis: {
            roots: components["schemas"]["ImpactedEntity"][];
            /** @description Starting entities the catalog does not have (or the caller cannot see). */
            missing: string[];
            impacted: components["schemas"]["ImpactedEntity"][];
            /** @description Every relation between two entities of the result. */
            edges: {
                from: string;
                to: string;
                relation: components["schemas"]["ImpactRelation"];
            }[];
            /** @description The owners of the starting and impacted entities. */
            stakeholders: string[];
            maxDepth: number;
            /** @description Whether more depended on them than the depth or size bound let in. */
            truncated: boolean;
        };
        CiItem: {
            entityRef: string;
            kind: string;
            type?: string;
            title: string;
            ciClass: string;
            /** @description Whether a rule or the itsm/ci-class annotation gave the class. */
            classified: boolean;
            owner?: string;
            system?: string;
            lifecycle?: string;
            supportGroup?: string;
            /**
             * Format: date-time
             * @description When its tracked fields last changed (or it was first seen).
             */
            changedAt?: string;
        };
        CiPage: {
            items: components["schemas"]["CiItem"][];
            nextCursor?: string;
        };
        CiCount: {
            key: string;
            count: number;
        };
        CiReport: {
            total: number;
            byClass: components["schemas"]["CiCount"][];
            byOwner: components["schemas"]["CiCount"][];
            byLifecycle: components["schemas"]["CiCount"][];
            noOwner: components["schemas"]["CiItem"][];
            unclassified: components["schemas"]["CiItem"][];
            noSupportGroup: components["schemas"]["CiItem"][];
            stale: components["schemas"]["CiItem"][];
            counts: {
                noOwner: number;
                unclassified: number;
                noSupportGroup: number;
                stale: number;
            };
            staleDays: number;
        };
        CiChange: {
            id: string;
            entityRef: string;
            entityUid?: string;
            /** @enum {string} */
            kind: "added" | "modified" | "removed";
            /** @description The fields that changed, by path (e.g. `spec.owner`); no `before` means added, no `after` removed. */
            differences: {
                path: string;
                before?: unknown;
                after?: unknown;
            }[];
            /** @description Where the entity came from (its managed-by location). */
            sourceLocation?: string;
            /** @description The change record in implementation that covered the item. */
            authorizedBy?: {
                id: string;
                ref: string;
            };
            unauthorized: boolean;
            /** Format: date-time */
            detectedAt: string;
        };
        CiChangePage: {
            items: components["schemas"]["CiChange"][];
            nextCursor?: string;
        };
        /** @description A raise of priority waiting for the decision of the assignment group's lead. */
        PriorityRequest: {
            priority: components["schemas"]["Priority"];
            reason: string;
            requestedBy: string;
            /** Format: date-time */
            requestedAt: string;
            group: string;
            lead: string;
        };
        PostIncidentReview: {
            summary: string;
            impact: string;
            timeline: string;
            rootCause: string;
            followUpActions: string;
            reviewedBy?: string;
            /** Format: date-time */
            reviewedAt?: string;
            /** @description The continuity plans invoked for the incident and how their recovery went, as the review found them (see `/incidents/{id}/continuity-plans`). */
            continuity?: {
                plan: string;
                invocationId: string;
                /** Format: date-time */
                invokedAt: string;
                /** Format: date-time */
                recoveredAt?: string;
                recoveryMinutes?: number;
                rtoMinutes?: number;
                withinRto?: boolean;
                dataLossMinutes?: number;
                rpoMinutes?: number;
                withinRpo?: boolean;
            }[];
        };
        EscalationRequest: {
            version: number;
            assignmentGroup: string;
            supportTier?: components["schemas"]["SupportTier"];
            assignee?: string;
            reason: string;
        };
        PriorityRaiseRequest: {
            version: number;
            priority: components["schemas"]["Priority"];
            reason: string;
        };
        PriorityDecisionRequest: {
            version: number;
            /** @enum {string} */
            decision: "approve" | "reject";
            comment: string;
            assignee?: string;
            plan?: string;
        };
        MajorIncidentRequest: {
            version: number;
            reason: string;
        };
        ReviewRequest: {
            version: number;
            summary: string;
            impact: string;
            timeline: string;
            rootCause: string;
            followUpActions: string;
        };
        /**
         * @description Public replies are seen by everyone who sees the record; work notes only by those who work it.
         * @enum {string}
         */
        CommentVisibility: "public" | "work_note";
        CommentRequest: {
            body: string;
            visibility?: components["schemas"]["CommentVisibility"];
        };
        TimelineEvent: {
            id: string;
            recordId: string;
            visibility: components["schemas"]["CommentVisibility"];
            /** @enum {string} */
            kind: "created" | "transition" | "updated" | "comment" | "linked" | "escalated" | "reviewed" | "approval" | "sla";
            actor: string;
            /** Format: date-time */
            createdAt: string;
            /** @description What changed. `created`: state, priority, entityRefs, the channel it came in by, and reportedBy when it was logged for someone else than its actor (a caller); `transition`: action, from, to; `updated`: changes, a list of field, from and to; `comment`: body; `linked`: kind and target; `escalated`: type (functional, hierarchical, major) and its details; `reviewed`: the post-incident review; `approval`: an approver's decision (decision, comment, groups, outcome); `sla`: a service level clock crossed a threshold (clock, threshold 50, 75 or 100, agreement, priority, dueAt). */
            data: {
                [key: string]: unknown;
            };
        };
        TimelinePage: {
            items: components["schemas"]["TimelineEvent"][];
            nextCursor?: string;
        };
        /** @enum {string} */
        LinkKind: "caused-by" | "fixes" | "duplicates" | "part-of" | "relates-to";
        CreateLinkRequest: {
            /** @description The human id (INC-3, PRB-2, ...) or internal id of the other record. */
            target: string;
            kind: components["schemas"]["LinkKind"];
        };
        RecordLink: {
            id: string;
            kind: components["schemas"]["LinkKind"];
            source: components["schemas"]["LinkEnd"];
            target: components["schemas"]["LinkEnd"];
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
        };
        LinkEnd: {
            id: string;
            ref: string;
            type: string;
            title: string;
            state: string;
        };
        SlaAgreement: {
            entityRef: string;
            id: string;
            name: string;
            /**
             * @description The rule by which it applies.
             * @enum {string}
             */
            match: "annotation" | "entity" | "system" | "category" | "default";
            satisfactionTarget?: number;
            objectives: {
                priority: components["schemas"]["Priority"];
                responseMinutes?: number;
                restoreMinutes?: number;
                calendar: string;
            }[];
        };
        SlaReview: {
            id: string;
            entityRef: string;
            agreementId: string;
            /** @enum {string} */
            decision: "keep" | "revise" | "retire";
            notes: string;
            reviewedBy: string;
            /** Format: date-time */
            reviewedAt: string;
            period: {
                /** Format: date-time */
                from: string;
                /** Format: date-time */
                to: string;
            };
            /** @description The response and restore outcomes and the satisfaction of the period, as the reviewer saw them. */
            figures: {
                response?: components["schemas"]["SlaOutcome"];
                restore?: components["schemas"]["SlaOutcome"];
                satisfaction?: {
                    rated?: number;
                    satisfied?: number;
                    percent?: number | null;
                    target?: number;
                };
            } & {
                [key: string]: unknown;
            };
        };
        SlaOutcome: {
            met: number;
            breached: number;
            /** @description Still running within target. */
            pending: number;
            /** @description Met of met and breached, 0-100; null when none is decided. */
            percent?: number | null;
        };
        SlaOutcomeRow: {
            key: string;
            met: number;
            breached: number;
            pending: number;
            percent?: number | null;
        };
        SlaCompliance: {
            overall: components["schemas"]["SlaOutcome"];
            byMonth: components["schemas"]["SlaOutcomeRow"][];
            byService: components["schemas"]["SlaOutcomeRow"][];
            byGroup: components["schemas"]["SlaOutcomeRow"][];
            byPriority: components["schemas"]["SlaOutcomeRow"][];
            byAgreement: components["schemas"]["SlaOutcomeRow"][];
        };
        /** @description Stopped clocks by the share of their target they used. */
        SlaDistribution: {
            /** @enum {string} */
            bucket: "<=25%" | "<=50%" | "<=75%" | "<=100%" | "<=150%" | ">150%";
            count: number;
        }[];
        SlaReport: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            compliance: {
                response: components["schemas"]["SlaCompliance"];
                restore: components["schemas"]["SlaCompliance"];
            };
            distributions: {
                response: components["schemas"]["SlaDistribution"];
                restore: components["schemas"]["SlaDistribution"];
            };
            satisfaction: {
                agreement: {
                    id: string;
                    name: string;
                };
                /** @description The agreement's target */
                target?: number;
                rated: number;
                /** @description Rated 4 or 5. */
                satisfied: number;
                percent?: number | null;
                /** @description Whether the target is reached. */
                met?: boolean;
            }[];
            /** @description Open incidents whose clock is breached or past 75%, soonest due first (at most 100). */
            atRisk: {
                ref: string;
                title: string;
                priority: components["schemas"]["Priority"];
                assignmentGroup?: string;
                /** @enum {string} */
                kind: "response" | "restore";
                crossed: number;
                breached: boolean;
                onHold?: boolean;
                /** Format: date-time */
                dueAt?: string;
                /** Format: date-time */
                breachedAt?: string;
                agreement: string;
            }[];
        };
        SlaClockList: {
            items: components["schemas"]["SlaClock"][];
        };
        SlaClock: {
            /** @enum {string} */
            kind: "response" | "restore";
            agreement: {
                id: string;
                name: string;
            };
            /** @description The priority whose target it counts against. */
            priority: string;
            /** @description The business calendar it counts in (e.g. 24x7). */
            calendar: string;
            /** @description Working minutes; null when the agreement sets none for the priority. */
            targetMinutes: number | null;
            /** @enum {string} */
            phase: "running" | "paused" | "stopped";
            /** Format: date-time */
            startedAt: string;
            /** @description Working time counted so far. */
            elapsedMinutes: number;
            /** @description Working time left before it is due (negative when overdue). */
            remainingMinutes?: number;
            /** Format: date-time */
            warn50At?: string;
            /** Format: date-time */
            warn75At?: string;
            /** Format: date-time */
            dueAt?: string;
            /**
             * @description The highest threshold announced.
             * @enum {integer}
             */
            crossed: 0 | 50 | 75 | 100;
            /** Format: date-time */
            breachedAt?: string;
            /** @description Once stopped, whether it stayed within its target. */
            met?: boolean;
            /** @description The spans it stands or stood. */
            idle: {
                /** Format: date-time */
                start: string;
                /** Format: date-time */
                end?: string;
                /**
                 * @description On hold, stopped until reopened, or an approved maintenance window of its entities.
                 * @enum {string}
                 */
                reason: "paused" | "stopped" | "maintenance";
            }[];
        };
        LinkList: {
            items: components["schemas"]["RecordLink"][];
        };
        IntakeResult: {
            /** @enum {string} */
            outcome: "created" | "updated" | "resolved" | "reopened" | "unchanged" | "ignored" | "commented" | "duplicate";
            incident?: components["schemas"]["Incident"];
        };
        LabelSet: {
            [key: string]: string;
        };
        /** @enum {string} */
        AlertStatus: "firing" | "resolved";
        /** @description Alertmanager's webhook notification, version 4: the alerts of one aggregation group. Fields Alertmanager may add later are accepted. */
        AlertmanagerNotification: {
            /** @enum {string} */
            version: "4";
            groupKey: string;
            truncatedAlerts?: number;
            status: components["schemas"]["AlertStatus"];
            receiver?: string;
            groupLabels?: components["schemas"]["LabelSet"];
            commonLabels?: components["schemas"]["LabelSet"];
            commonAnnotations?: components["schemas"]["LabelSet"];
            externalURL?: string;
            alerts: components["schemas"]["AlertmanagerAlert"][];
        };
        AlertmanagerAlert: {
            status: components["schemas"]["AlertStatus"];
            labels: components["schemas"]["LabelSet"];
            annotations?: components["schemas"]["LabelSet"];
            startsAt: string;
            endsAt?: string;
            generatorURL?: string;
            fingerprint: string;
        };
        /** @description What every continuity record shows, as every record does. */
        ContinuityRecordBase: {
            id: string;
            /** @description The human id, e.g. RSK-4. */
            ref: string;
            /** @enum {string} */
            type: "risk" | "impact-analysis" | "continuity-plan" | "exercise";
            version: number;
            state: string;
            title: string;
            description: string;
            priority: components["schemas"]["Priority"];
            entityRefs: string[];
            /** @description The user or group answerable for it. */
            owner?: string;
            assignmentGroup?: string;
            assignee?: string;
            reportedBy?: string;
            allowed?: components["schemas"]["AllowedActions"];
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            resolvedAt?: string;
            /** Format: date-time */
            closedAt?: string;
        };
        RiskPage: {
            items: components["schemas"]["Risk"][];
            nextCursor?: string;
        };
        RiskTransitionRequest: components["schemas"]["ContinuityTransitionRequest"];
        BusinessImpactAnalysis: components["schemas"]["ContinuityRecordBase"] & {
            businessProcesses: string[];
            /** @description The points after an outage starts it is rated at, in minutes. */
            impactIntervals: number[];
            impacts: components["schemas"]["ImpactRating"][];
            rtoMinutes?: number;
            rpoMinutes?: number;
            /** @description The first point rated 4 or more in any category. */
            mtpdMinutes?: number;
            submittedBy?: string;
            /** Format: date-time */
            submittedAt?: string;
            /** Format: date-time */
            approvedAt?: string;
            /** Format: date-time */
            reviewDueAt?: string;
            returnedReason?: string;
            approval?: components["schemas"]["ChangeApproval"];
        };
        ImpactRating: {
            /** @enum {string} */
            category: "financial" | "customers" | "legal" | "reputation" | "operations";
            afterMinutes: number;
            rating: number;
        };
        ImpactAnalysisFacts: {
            entityRef: string;
            owner?: string;
            system?: string;
            dependsOn: components["schemas"]["ImpactedEntity"][];
            dependents: components["schemas"]["ImpactedEntity"][];
            sla?: {
                id: string;
                name: string;
                match: string;
            };
            outage: {
                /** Format: date-time */
                since: string;
                minutes: number;
                incidents: number;
            };
        };
        RecoveryObjectiveIssue: {
            /** @enum {string} */
            kind: "longer-rto" | "no-approved-analysis" | "no-plan";
            entityRef: string;
            /** @description From the service to the entity at fault. */
            path: string[];
            message: string;
            rtoMinutes?: number;
            serviceRtoMinutes?: number;
            analysisRef?: string;
        };
        RecoveryObjectivesCheck: {
            entityRef: string;
            analysis?: {
                ref: string;
                state: string;
            };
            rtoMinutes?: number;
            rpoMinutes?: number;
            mtpdMinutes?: number;
            achievable: boolean;
            /** @description The first issues, nearest first: up to 200 on a service's check, up to `issuesPerService` in the coverage report. */
            issues: components["schemas"]["RecoveryObjectiveIssue"][];
            /** @description How many issues in all, listed or not. */
            issueCount: number;
            /** @description More issues than listed (`issueCount` says how many). */
            truncated: boolean;
        };
        ContinuityCoverageGap: {
            entityRef: string;
            title?: string;
            reasons: ("mtpd" | "sla")[];
            analysis?: {
                ref: string;
                state: string;
                mtpdMinutes?: number;
            };
            planCovered: boolean;
            /** Format: date-time */
            lastExerciseAt?: string;
            gaps: ("no-approved-plan" | "no-recent-exercise")[];
        };
        /** @description An entity at fault, once: why, the analysed services whose objectives it contradicts, and the shortest path from one of them. */
        RecoveryObjectiveCause: components["schemas"]["RecoveryObjectiveIssue"] & {
            services: number;
        };
        ContinuityCoverageReport: {
            /** Format: date-time */
            generatedAt: string;
            criticalMtpdMinutes: number;
            criticalServices: number;
            gaps: components["schemas"]["ContinuityCoverageGap"][];
            /** @description Each analysed service whose objectives the graph contradicts, with its `issueCount` and its first `issuesPerService` issues. */
            inconsistent: components["schemas"]["RecoveryObjectivesCheck"][];
            issuesPerService: number;
            /** @description Every inconsistency at its cause, the most services first. */
            causes: components["schemas"]["RecoveryObjectiveCause"][];
            /**
             * @description Where the dependency graph was read: the CMDB's index (callers allowed every entity) or the catalog.
             * @enum {string}
             */
            graphSource: "cmdb-index" | "catalog";
        };
        BusinessImpactAnalysisPage: {
            items: components["schemas"]["BusinessImpactAnalysis"][];
            nextCursor?: string;
        };
        CreateBusinessImpactAnalysisRequest: {
            title: string;
            description: string;
            entityRefs: components["schemas"]["EntityRefs"];
            owner?: string;
            /** @description The business processes the service serves. */
            businessProcesses?: string[];
            /** @description Impact per category rated 1-5 at the configured points after an outage starts (`itsm.continuity.impactIntervals`). */
            impacts?: components["schemas"]["ImpactRating"][];
            /** @description Recovery time objective; at most the MTPD the ratings give. */
            rtoMinutes?: number;
            /** @description Recovery point objective. */
            rpoMinutes?: number;
        };
        /** @description An edit of a draft analysis: its title and description, and its own fields (null clears the RTO or RPO); the MTPD follows from the ratings and the RTO may not exceed it. */
        UpdateBusinessImpactAnalysisRequest: {
            version: number;
            title?: string;
            description?: string;
            businessProcesses?: string[];
            impacts?: components["schemas"]["ImpactRating"][];
            rtoMinutes?: number | null;
            rpoMinutes?: number | null;
        };
        BusinessImpactAnalysisTransitionRequest: components["schemas"]["ContinuityTransitionRequest"];
        ContinuityPlan: components["schemas"]["ContinuityRecordBase"] & components["schemas"]["ContinuityPlanOwn"];
        ContinuityPlanPage: {
            items: components["schemas"]["ContinuityPlan"][];
            nextCursor?: string;
        };
        CreateContinuityPlanRequest: {
            title: string;
            description: string;
            entityRefs: components["schemas"]["EntityRefs"];
            owner?: string;
        };
        /** @description A plan's title, description and what it covers, in its editable states; its content has its own route (PUT .../content). */
        UpdateContinuityPlanRequest: {
            version: number;
            title?: string;
            description?: string;
            entityRefs?: components["schemas"]["EntityRefs"];
        };
        ContinuityPlanTransitionRequest: components["schemas"]["ContinuityTransitionRequest"];
        ExercisePage: {
            items: components["schemas"]["Exercise"][];
            nextCursor?: string;
        };
        UpdateExerciseRequest: components["schemas"]["UpdateContinuityRecordRequest"];
        UpdateContinuityRecordRequest: {
            version: number;
            title?: string;
            description?: string;
        };
        ContinuityTransitionRequest: {
            action: string;
            version: number;
            reason?: string;
            comment?: string;
        };
        /** @description A measure of the plan (§9.2.2(3)) in one of the four phases of §9.2.3(2), with its owner and due date, tracked to done. */
        ContinuityMeasure: {
            id: string;
            /** @enum {string} */
            phase: "prevention" | "detection" | "response" | "recovery";
            title: string;
            /** @description A user or group entity ref. */
            owner: string;
            /** Format: date */
            dueDate: string;
            doneBy?: string;
            /** Format: date-time */
            doneAt?: string;
        };
        ContinuityMeasureInput: {
            /** @description An existing measure's id (keeps its done state); absent for a new one. */
            id?: string;
            /** @enum {string} */
            phase: "prevention" | "detection" | "response" | "recovery";
            title: string;
            owner: string;
            /** Format: date */
            dueDate: string;
        };
        /** @description One step of the contingency plan and emergency response procedure (§9.2.2(4)), in order. */
        ContinuityProcedureStep: {
            id: string;
            title: string;
            role: string;
            expectedMinutes: number;
            runbookUrl?: string;
        };
        ContinuityProcedureStepInput: {
            id?: string;
            title: string;
            role: string;
            expectedMinutes: number;
            runbookUrl?: string;
        };
        /** @description Which incidents call for the plan: in words, and as rules an incident is checked against (any that holds calls for it). */
        ContinuityActivationCriteria: {
            text?: string;
            /** @enum {string} */
            priorityAtOrAbove?: "P1" | "P2" | "P3" | "P4";
            majorIncident?: boolean;
            coveredEntityAffected?: boolean;
        };
        /** @description The resources and tools the plan needs (§9.2.2(5)). */
        ContinuityResources: {
            entityRefs?: string[];
            items?: string[];
        };
        ContinuityContact: {
            name: string;
            /** @description How to reach them (a phone number, an address). */
            reach: string;
        };
        /** @description Who to inform when the plan is invoked. */
        ContinuityContacts: {
            refs?: string[];
            others?: components["schemas"]["ContinuityContact"][];
        };
        /** @description A recurring exercise of the training and drill schedule (§9.2.2(6)): an iCalendar RRULE from its first date. */
        ContinuityDrill: {
            id: string;
            title: string;
            /** @enum {string} */
            kind?: "tabletop" | "walkthrough" | "simulation" | "failover" | "full_interruption";
            rrule: string;
            /** Format: date-time */
            start: string;
            /** @description The next occurrences from now (at most three). */
            nextDates?: string[];
        };
        ContinuityDrillInput: {
            id?: string;
            title: string;
            /** @enum {string} */
            kind?: "tabletop" | "walkthrough" | "simulation" | "failover" | "full_interruption";
            /** @description An RRULE value, e.g. `FREQ=MONTHLY;INTERVAL=6`. */
            rrule: string;
            /** Format: date-time */
            start: string;
        };
        ContinuityPlanVersionSummary: {
            version: number;
            /** Format: date-time */
            approvedAt: string;
            approvedBy: string[];
        };
        /** @description A plan's content, as approved in a version. */
        ContinuityPlanContent: {
            entityRefs?: string[];
            measures?: components["schemas"]["ContinuityMeasure"][];
            procedure?: components["schemas"]["ContinuityProcedureStep"][];
            activation?: components["schemas"]["ContinuityActivationCriteria"];
            resources?: components["schemas"]["ContinuityResources"];
            contacts?: components["schemas"]["ContinuityContacts"];
            schedule?: components["schemas"]["ContinuityDrill"][];
        };
        ContinuityPlanOwn: components["schemas"]["ContinuityPlanContent"] & {
            approval?: components["schemas"]["ChangeApproval"];
            returnedReason?: string;
            submittedBy?: string;
            contentEditedBy?: string;
            /** Format: date-time */
            contentEditedAt?: string;
            versions?: components["schemas"]["ContinuityPlanVersionSummary"][];
        };
        ContinuityPlanVersion: components["schemas"]["ContinuityPlanVersionSummary"] & {
            content: components["schemas"]["ContinuityPlanContent"];
        };
        ContinuityPlanVersionList: {
            items: components["schemas"]["ContinuityPlanVersionSummary"][];
        };
        ContinuityPlanObjective: {
            entityRef: string;
            /** @description The approved business impact analysis, e.g. BIA-3. */
            analysis?: string;
            rtoMinutes?: number;
            rpoMinutes?: number;
            mtpdMinutes?: number;
        };
        ContinuityPlanObjectives: {
            items: components["schemas"]["ContinuityPlanObjective"][];
        };
        UpdateContinuityPlanContentRequest: {
            version: number;
            measures?: components["schemas"]["ContinuityMeasureInput"][];
            procedure?: components["schemas"]["ContinuityProcedureStepInput"][];
            activation?: components["schemas"]["ContinuityActivationCriteria"];
            resources?: components["schemas"]["ContinuityResources"];
            contacts?: components["schemas"]["ContinuityContacts"];
            schedule?: components["schemas"]["ContinuityDrillInput"][];
        };
        TickContinuityMeasureRequest: {
            version: number;
            done: boolean;
        };
        ContinuitySummary: {
            entityRef: string;
            /** @description Its business impact analysis that is not retired. */
            analysis?: {
                ref: string;
                state: string;
                rtoMinutes?: number;
                rpoMinutes?: number;
                mtpdMinutes?: number;
                /** Format: date-time */
                reviewDueAt?: string;
            };
            /** @description The continuity plans covering it that are not retired. */
            plans: {
                ref: string;
                title: string;
                state: string;
            }[];
            /** @description Whether an approved or active plan covers it. */
            covered: boolean;
            /** @description Its newest completed exercise. */
            lastExercise?: {
                ref: string;
                title: string;
                kind?: string;
                /** @enum {string} */
                result?: "passed" | "passed_with_findings" | "failed";
                /** Format: date-time */
                completedAt: string;
            };
            /** @description The open findings of its exercises; absent when its exercises record no findings. */
            findings?: {
                open: number;
                /** @description The first open findings, soonest due first. */
                items: {
                    exerciseRef: string;
                    title: string;
                    owner?: string;
                    dueDate?: string;
                }[];
            };
            objectives: {
                achievable: boolean;
                issues: components["schemas"]["RecoveryObjectiveIssue"][];
                truncated: boolean;
            };
            flags: ("no-plan" | "no-recent-exercise" | "rto-not-achievable")[];
        };
        Exercise: components["schemas"]["ContinuityRecordBase"] & {
            /** @enum {string} */
            kind: "tabletop" | "walkthrough" | "simulation" | "failover" | "full_interruption";
            /** @enum {string} */
            result?: "passed" | "passed_with_findings" | "failed";
            /** @description The continuity plan exercised, e.g. CP-3 (none when ad hoc). */
            plan?: string;
            scope?: string;
            scenario?: string;
            /** @description Users and groups taking part, as entity refs. */
            participants?: string[];
            /** Format: date-time */
            plannedStart?: string;
            window?: components["schemas"]["ChangeWindow"];
            /** @description The change request an exercise that interrupts service (failover, full interruption) carries, e.g. CHG-12. */
            changeRequest?: string;
            /** Format: date-time */
            startedAt?: string;
            objectives?: components["schemas"]["RunObjectives"];
            checklist?: components["schemas"]["RecoveryRunStep"][];
            dataLossMinutes?: number;
            measurement?: components["schemas"]["RecoveryMeasurement"];
            findings?: components["schemas"]["ExerciseFinding"][];
        };
        /** @description The recovery objectives a run is measured against, in minutes: the strictest of the approved business impact analyses of the services its plan covers. */
        RunObjectives: {
            rtoMinutes?: number;
            rpoMinutes?: number;
        };
        RecoveryRunStep: {
            id: string;
            title: string;
            role: string;
            expectedMinutes: number;
            runbookUrl?: string;
            /** Format: date-time */
            startedAt?: string;
            /** Format: date-time */
            doneAt?: string;
            by?: string;
        };
        RecoveryMeasurement: {
            recoveryMinutes: number;
            recovered: boolean;
            stepsDone: number;
            stepsTotal: number;
            rtoMinutes?: number;
            rpoMinutes?: number;
            rtoRemainingMinutes?: number;
            withinRto?: boolean;
            dataLossMinutes?: number;
            withinRpo?: boolean;
        };
        ExerciseFinding: {
            id: string;
            title: string;
            owner: string;
            /** Format: date */
            dueDate: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** @description The plan this finding sent into revision, e.g. CP-3. */
            planRevised?: string;
        };
        ExerciseStepRequest: {
            version: number;
            /**
             * @description started stamps its start; done stamps it done (and started, if it was not).
             * @enum {string}
             */
            status: "started" | "done";
        };
        ExerciseFindingRequest: {
            version: number;
            title: string;
            /** @description The user or group who deals with it. */
            owner: string;
            /** Format: date */
            dueDate: string;
            /** @description Sends the exercised plan into revision (approved or active to under revision), with the finding as the reason. */
            revisePlan?: boolean;
        };
        ContinuityPlanCovering: {
            ref: string;
            title: string;
            state: string;
            entityRefs: string[];
            procedure: components["schemas"]["RecoveryRunStep"][];
            objectives: components["schemas"]["RunObjectives"];
        };
        ContinuityInvocation: {
            id: string;
            /** @description The plan invoked, e.g. CP-3. */
            plan: string;
            planTitle: string;
            /** Format: date-time */
            invokedAt: string;
            invokedBy: string;
            steps: components["schemas"]["RecoveryRunStep"][];
            objectives: components["schemas"]["RunObjectives"];
            /** Format: date-time */
            recoveredAt?: string;
            recoveredBy?: string;
            dataLossMinutes?: number;
            measurement?: components["schemas"]["RecoveryMeasurement"];
        };
        IncidentContinuity: {
            /** @description The incident's version, for the next invocation, step or recovery. */
            version: number;
            plans: components["schemas"]["ContinuityPlanCovering"][];
            invocations: components["schemas"]["ContinuityInvocation"][];
        };
        ContinuityInvocationRequest: {
            version: number;
            plan: string;
        };
        ContinuityRecoveryRequest: {
            version: number;
            dataLossMinutes?: number;
        };
        /** @description An exercise of a plan (`plan`) or ad hoc. One that interrupts service (failover, full interruption) needs its `window` and the change `risk` answers: a change request is raised and submitted for it, so it is on the change calendar and checked against freezes (a freeze answers 409 naming it). */
        CreateExerciseRequest: {
            title: string;
            description: string;
            entityRefs: components["schemas"]["EntityRefs"];
            /** @enum {string} */
            kind: "tabletop" | "walkthrough" | "simulation" | "failover" | "full_interruption";
            owner?: string;
            plan?: string;
            scope?: string;
            scenario?: string;
            participants?: string[];
            /** Format: date-time */
            plannedStart?: string;
            window?: {
                start: string;
                end: string;
            };
            /** @description The answers to the change risk questionnaire. */
            risk?: {
                answers: {
                    [key: string]: string;
                };
                stated?: components["schemas"]["RiskLevel"];
                statedReason?: string;
            };
        };
        ExerciseTransitionRequest: {
            action: string;
            version: number;
            reason?: string;
            comment?: string;
            /**
             * @description How the exercise ended (complete).
             * @enum {string}
             */
            result?: "passed" | "passed_with_findings" | "failed";
            /** @description The data lost in the exercise, in minutes (complete). */
            dataLossMinutes?: number;
        };
        RiskRegister: {
            scope: string;
            /** @description The levels by likelihood (rows, 1 first) and impact (columns, 1 first). */
            matrix: ("low" | "medium" | "high" | "critical")[][];
            currency: string;
            items: components["schemas"]["Risk"][];
            /** @description Whether the register holds more risks than were read (2,000). */
            truncated: boolean;
        };
        CreateRiskReportRequest: {
            /** @description `all` (the default), or the entity ref of a system or a domain. */
            scope?: string;
        };
        RiskReportSummary: {
            id: string;
            scope: string;
            riskCount: number;
            generatedBy: string;
            /** Format: date-time */
            generatedAt: string;
            /** @description The management group it was sent to. */
            sentTo?: string;
        };
        RiskReport: components["schemas"]["RiskReportSummary"] & {
            markdown: string;
            csv: string;
        };
        RiskReportList: {
            items: components["schemas"]["RiskReportSummary"][];
        };
        /** @description A risk's assessment and treatment (§9.1.3(2), (4)), as far as they are given. */
        RiskAssessmentFields: {
            /** @description How likely it is to occur, 1 (rare) to 5 (almost certain). */
            likelihood?: number;
            /** @description How hard it would hit the services, 1 (negligible) to 5 (severe). */
            impact?: number;
            /**
             * @description The level the configured matrix (`itsm.continuity.riskMatrix`) gives its likelihood and impact; absent until both are rated.
             * @enum {string}
             */
            level?: "low" | "medium" | "high" | "critical";
            /** @description What one occurrence would cost, in `currency`. */
            singleLossExpectancy?: number;
            /** @description How many times a year it is expected to occur. */
            annualRateOfOccurrence?: number;
            /** @description The single loss expectancy times the annual rate of occurrence, when both are given (semi-quantitative). */
            annualLossExpectancy?: number;
            /** @description The currency of the amounts (`itsm.continuity.currency`). */
            currency?: string;
            /** @description The controls already in place. */
            existingControls?: string;
            /** @enum {string} */
            treatment?: "accept" | "reduce" | "transfer" | "avoid";
            /** @description The user or group who carries out the treatment. */
            treatmentOwner?: string;
            /** Format: date */
            treatmentDueDate?: string;
            /**
             * Format: date
             * @description When the risk is next reviewed.
             */
            reviewDate?: string;
        };
        Risk: components["schemas"]["ContinuityRecordBase"] & components["schemas"]["RiskAssessmentFields"] & {
            /** @enum {string} */
            area: "hardware" | "software" | "network" | "data" | "people" | "external";
        };
        CreateRiskRequest: {
            /** @description The threat, in a line. */
            title: string;
            description: string;
            entityRefs: components["schemas"]["EntityRefs"];
            /**
             * @description The area of §9.1.2 the risk lies in.
             * @enum {string}
             */
            area: "hardware" | "software" | "network" | "data" | "people" | "external";
            /** @description The user or group answerable for the risk. */
            owner?: string;
            likelihood?: number;
            impact?: number;
            /** @description What one occurrence would cost, in the configured currency. */
            singleLossExpectancy?: number;
            /** @description How many times a year it is expected (0.1 is once in ten years). */
            annualRateOfOccurrence?: number;
            existingControls?: string;
            /** @enum {string} */
            treatment?: "accept" | "reduce" | "transfer" | "avoid";
            /** @description A user or group entity ref. */
            treatmentOwner?: string;
            /** Format: date */
            treatmentDueDate?: string;
            /** Format: date */
            reviewDate?: string;
        };
        /** @description An edit of a risk: its threat, description, area, assessment and treatment. A field sent as null is cleared; the level, the annual loss expectancy and the priority (critical P1, high P2, medium P3, low P4) follow, and each change is on the timeline. */
        UpdateRiskRequest: {
            version: number;
            title?: string;
            description?: string;
            /** @enum {string} */
            area?: "hardware" | "software" | "network" | "data" | "people" | "external";
            likelihood?: number | null;
            impact?: number | null;
            singleLossExpectancy?: number | null;
            annualRateOfOccurrence?: number | null;
            existingControls?: string | null;
            /** @enum {string|null} */
            treatment?: "accept" | "reduce" | "transfer" | "avoid" | null;
            treatmentOwner?: string | null;
            /** Format: date */
            treatmentDueDate?: string | null;
            /** Format: date */
            reviewDate?: string | null;
        };
        /** @description What every continual improvement record shows. */
        ImprovementRecordBase: {
            id: string;
            /** @description The human id, e.g. IMP-4. */
            ref: string;
            /** @enum {string} */
            type: "improvement" | "training";
            version: number;
            state: string;
            title: string;
            description: string;
            priority: components["schemas"]["Priority"];
            entityRefs: string[];
            /** @description The user or group answerable for it. */
            owner?: string;
            assignmentGroup?: string;
            assignee?: string;
            reportedBy?: string;
            allowed?: components["schemas"]["AllowedActions"];
            createdBy: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
            /** Format: date-time */
            resolvedAt?: string;
            /** Format: date-time */
            closedAt?: string;
        };
        /**
         * @description Where the improvement came from (§10.2.2).
         * @enum {string}
         */
        ImprovementSource: "indicator" | "post-incident-review" | "problem" | "change-review" | "sla-review" | "exercise-finding" | "survey" | "manual";
        ImprovementItem: components["schemas"]["ImprovementRecordBase"] & {
            source: components["schemas"]["ImprovementSource"];
            /** @description The record (PRB-4, EX-2), indicator id or survey answer it came from. */
            sourceRef?: string;
            expectedBenefit?: string;
            /** @description The indicator of the catalogue it should move. */
            indicatorId?: string;
            /** @description The indicator's figure when the item was proposed. */
            baseline?: number;
            /** @description The figure the item should bring the indicator to. */
            target?: number;
            /** Format: date */
            dueDate?: string;
            /** @enum {string} */
            outcome?: "effective" | "not_effective";
            approval?: components["schemas"]["ChangeApproval"];
            /** @description Why the item was rejected. */
            returnedReason?: string;
            /** Format: date-time */
            approvedAt?: string;
            /** @description Who last resubmitted it for approval (`resubmit`), to change what its approval covers; they do not decide on it. */
            resubmittedBy?: string;
            /**
             * Format: date-time
             * @description When work started; the evaluation period begins in its month.
             */
            startedAt?: string;
            /** Format: date-time */
            evaluatingSince?: string;
        };
        ImprovementItemPage: {
            items: components["schemas"]["ImprovementItem"][];
            nextCursor?: string;
        };
        CreateImprovementItemRequest: {
            title: string;
            description: string;
            entityRefs: components["schemas"]["EntityRefs"];
            /** @description The user or group answerable for the item. */
            owner?: string;
            source?: components["schemas"]["ImprovementSource"];
            sourceRef?: string;
            expectedBenefit?: string;
            indicatorId?: string;
            baseline?: number;
            target?: number;
            /** Format: date */
            dueDate?: string;
        };
        /** @description An edit of an improvement item (§10.2.2): its title, description, owner, expected benefit, indicator with baseline and target, and due date. A field sent as null is cleared; naming a new indicator without a baseline takes its figure of the last complete month. Each change is on the timeline. While the item is proposed, its approval round is asked about the new content; once approved, the fields its approval covers (owner, expected benefit, indicator, baseline, target, due date) answer 409 naming them until it is resubmitted (`resubmit`); the title and description still change. */
        UpdateImprovementItemRequest: {
            version: number;
            title?: string;
            description?: string;
            /** @description The user or group answerable for the item. */
            owner?: string;
            expectedBenefit?: string | null;
            indicatorId?: string | null;
            baseline?: number | null;
            target?: number | null;
            /** Format: date */
            dueDate?: string | null;
        };
        ImprovementItemTransitionRequest: {
            action: string;
            version: number;
            /** @description Why: on `resume` (back to work) and on `resubmit` (approved or in progress back to proposed, in a new approval round). */
            reason?: string;
            comment?: string;
            /** @enum {string} */
            outcome?: "effective" | "not_effective";
            note?: string;
        };
        TrainingSession: components["schemas"]["ImprovementRecordBase"] & {
            /** @description The process the session trains (§10.2.3). */
            process?: string;
            /** Format: date-time */
            scheduledAt?: string;
            /** @description Users and groups to attend. */
            attendees?: string[];
            /** @description The users who completed it. */
            completedBy?: string[];
            /** @description The runbooks and other material it uses. */
            materials?: components["schemas"]["TrainingMaterial"][];
        };
        TrainingMaterial: {
            title: string;
            /** @description An http(s) address, e.g. a runbook's page. */
            url: string;
        };
        TrainingSessionPage: {
            items: components["schemas"]["TrainingSession"][];
            nextCursor?: string;
        };
        CreateTrainingSessionRequest: {
            title: string;
            description: string;
            entityRefs: components["schemas"]["EntityRefs"];
            owner?: string;
            /** @enum {string} */
            process?: "service-desk" | "incidents" | "problems" | "changes" | "configuration" | "releases" | "service-levels" | "continuity" | "improvement";
            /** Format: date-time */
            scheduledAt?: string;
            /** @description Catalog users and groups to attend. */
            attendees?: string[];
            materials?: components["schemas"]["TrainingMaterial"][];
        };
        UpdateTrainingSessionRequest: components["schemas"]["UpdateImprovementRecordRequest"];
        TrainingSessionTransitionRequest: {
            action: string;
            version: number;
            reason?: string;
            comment?: string;
            /** @description On `hold`: the users who completed the session, each an attendee or a member of an attendee group. */
            completedBy?: string[];
        };
        UpdateImprovementRecordRequest: {
            version: number;
            title?: string;
            description?: string;
        };
        ImprovementPlanItem: {
            id: string;
            ref: string;
            title: string;
            state: string;
            owner?: string;
            /** Format: date */
            dueDate?: string;
            source: components["schemas"]["ImprovementSource"];
            sourceRef?: string;
            indicatorId?: string;
            baseline?: number;
            target?: number;
            expectedBenefit?: string;
        };
        ImprovementPlan: {
            year: number;
            /** @description The four quarters, Q1 first, each with its items by due date. */
            quarters: {
                quarter: number;
                /** @description e.g. Q2 2027 */
                label: string;
                items: components["schemas"]["ImprovementPlanItem"][];
            }[];
            /** @description The planned items without a due date. */
            undated: components["schemas"]["ImprovementPlanItem"][];
        };
        ImprovementEffect: {
            indicatorId: string;
            scope: {
                /** @enum {string} */
                kind: "portal" | "service";
                ref?: string;
            };
            /**
             * Format: date-time
             * @description When the evaluation period starts (the month work started).
             */
            from: string;
            /**
             * Format: date-time
             * @description Its end, exclusive (now while it runs).
             */
            to: string;
            baseline?: number;
            target?: number;
            /** @description The indicator over the period; null when nothing was measured. */
            value: number | null;
            sample?: number;
            series: {
                /** @description YYYY-MM */
                period: string;
                value: number | null;
            }[];
            /** @description At or better than the target; null without a target or value. */
            reachedTarget: boolean | null;
            /**
             * @description How the value moved from the baseline, for the indicator's direction.
             * @enum {string}
             */
            trend: "better" | "worse" | "same" | "unknown";
        };
        KpiTarget: {
            target: number;
            warning?: number;
            critical?: number;
            /**
             * @description Where the target in force was set.
             * @enum {string}
             */
            source?: "portal" | "group" | "service";
        };
        /** @enum {string} */
        KpiStatus: "met" | "warning" | "critical" | "none";
        KpiFigure: {
            indicatorId: string;
            /** @description Null when nothing was measured in the period. */
            value: number | null;
            numerator?: number;
            denominator?: number;
            /** @description How many records are behind the figure. */
            sample: number;
            previousValue?: number | null;
            target?: components["schemas"]["KpiTarget"];
            status: components["schemas"]["KpiStatus"];
            missesTarget?: boolean;
            /** @enum {string} */
            trend: "better" | "worse" | "same" | "unknown";
            /**
             * @description The month's kept snapshot, or computed now (the running month, or a past one without a snapshot).
             * @enum {string}
             */
            source?: "snapshot" | "live";
        };
        KpiScope: {
            /** @enum {string} */
            kind: "portal" | "group" | "service";
            ref?: string;
        };
        KpiScorecard: {
            /** @description The month, YYYY-MM. */
            period: string;
            previousPeriod: string;
            scope: components["schemas"]["KpiScope"];
            figures: components["schemas"]["KpiFigure"][];
        };
        KpiSeriesPoint: {
            period: string;
            value: number | null;
            sample: number;
            target?: components["schemas"]["KpiTarget"];
            status: components["schemas"]["KpiStatus"];
            /**
             * @description A kept monthly snapshot, or computed now (the running month).
             * @enum {string}
             */
            source: "snapshot" | "live";
        };
        KpiSeries: {
            indicatorId: string;
            scope: components["schemas"]["KpiScope"];
            points: components["schemas"]["KpiSeriesPoint"][];
        };
        KpiBreakdownRow: {
            /** @description The group or entity ref, priority, change type or model. */
            key: string;
            value: number | null;
            sample: number;
            target?: components["schemas"]["KpiTarget"];
            status: components["schemas"]["KpiStatus"];
        };
        KpiBreakdown: {
            indicatorId: string;
            /** @enum {string} */
            by: "group" | "service" | "priority" | "type" | "model";
            period: string;
            rows: components["schemas"]["KpiBreakdownRow"][];
        };
        KpiRecord: {
            ref: string;
            type: string;
            title: string;
            state: string;
            priority: components["schemas"]["Priority"];
            assignmentGroup?: string;
            entityRefs?: string[];
            /** Format: date-time */
            createdAt?: string;
        };
        KpiRecordPage: {
            items: components["schemas"]["KpiRecord"][];
            /** @description Records behind the figure the caller may not read. */
            hidden: number;
            nextCursor?: string;
        };
        PeriodicReportSummary: {
            /** @description `portal`, or the group's or service's entity ref. */
            scope: string;
            /** @enum {string} */
            scopeKind: "portal" | "group" | "service";
            /** @description The month, YYYY-MM. */
            period: string;
            /** Format: date-time */
            generatedAt: string;
            /** @description The user who asked, or `schedule`. */
            generatedBy: string;
        };
        PeriodicReport: components["schemas"]["PeriodicReportSummary"] & {
            markdown: string;
            csv: string;
        };
        PeriodicReportList: {
            items: components["schemas"]["PeriodicReportSummary"][];
        };
        CreatePeriodicReportRequest: {
            /** @description `portal`, or a group's or a service's entity ref. */
            scope: string;
            /** @description The month, YYYY-MM; not a month still running. */
            period: string;
        };
        SurveyQuestion: {
            id: string;
            text: string;
            /**
             * @description A rating 1-5, yes or no, or free text.
             * @enum {string}
             */
            scale: "rating" | "yes-no" | "text";
            required: boolean;
            /** @description The rating that is the answer's overall rating. */
            overall?: boolean;
        };
        Survey: {
            id: string;
            title: string;
            /** @enum {string} */
            kind: "after-closure" | "periodic";
            questions: components["schemas"]["SurveyQuestion"][];
        };
        SurveyList: {
            items: components["schemas"]["Survey"][];
        };
        SurveyInvitation: {
            id: string;
            surveyId: string;
            title: string;
            /** @enum {string} */
            kind: "after-closure" | "periodic";
            /** @description The closed incident asked about (after closure). */
            recordRef?: string;
            /** @description The service asked about (periodic). */
            serviceRef?: string;
            questions: components["schemas"]["SurveyQuestion"][];
            /** Format: date-time */
            sentAt: string;
            /** Format: date-time */
            answeredAt?: string;
        };
        SurveyInvitationList: {
            items: components["schemas"]["SurveyInvitation"][];
        };
        AnswerSurveyRequest: {
            /** @description The answer to each question by its id: a rating a whole number from 1 to 5, yes/no a boolean, text a string. */
            answers: {
                [key: string]: number | boolean | string;
            };
        };
        SurveyQuestionResult: {
            id: string;
            text: string;
            /** @enum {string} */
            scale: "rating" | "yes-no" | "text";
            /** @description How many answered it. */
            count: number;
            /** @description A rating's mean (1-5), a yes/no question's share of yes (percent); null for text or when nobody answered. */
            mean: number | null;
        };
        SurveyComment: {
            invitationId: string;
            questionId: string;
            text: string;
            overallRating?: number;
            recordRef?: string;
            serviceRef?: string;
            /** Format: date-time */
            answeredAt: string;
        };
        SurveyResults: {
            survey: components["schemas"]["Survey"];
            period: string;
            /** @description Invitations sent in the month. */
            sent: number;
            /** @description Of those, how many are answered. */
            answered: number;
            /** @description Answered over sent, percent; null when none was sent. */
            responseRate: number | null;
            /** @description The mean overall rating of the answers given in the month. */
            overallMean: number | null;
            questions: components["schemas"]["SurveyQuestionResult"][];
            comments: components["schemas"]["SurveyComment"][];
        };
        TrainingPlan: {
            group: string;
            /**
             * Format: date-time
             * @description Held sessions count from here (twelve months back).
             */
            since: string;
            /** @description Planned sessions first (soonest first), then held ones (newest first). */
            sessions: components["schemas"]["TrainingSession"][];
            members: components["schemas"]["TrainingPlanMember"][];
        };
        TrainingPlanMember: {
            userRef: string;
            /** @description The refs of the held sessions the member completed. */
            completed: string[];
            /** @description The processes the member was trained on. */
            processes: string[];
        };
    };
    responses: {
        /** @description An error, in Backstage's error format. */
        ErrorResponse: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A malformed request: a required field missing, a value that is not allowed, an unknown action. The message starts with the field. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No valid Backstage token. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The permission policy, or who may take the move, does not allow the caller. */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No such record (or, where an entity is asked for, no such entity). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The record's state forbids the move (not legal from its state, not awaiting approval, an audited release package), or a key is taken; or the request was based on an outdated `version`, and then `current` holds the record as it is now. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        /** @description The internal id or the human id (`INC-12`). */
        recordId: string;
        /** @description Only records that affect this catalog entity, e.g. `component:default/payments`. */
        entityRef: string;
        /** @description Only records in one of these states. */
        state: string[];
        /** @description Only records of one of these priorities. */
        priority: components["schemas"]["Priority"][];
        /** @description Only records of one of these categories. */
        category: components["schemas"]["IncidentCategory"][];
        /** @description Only records worked by one of these users (entity refs); `me` is the caller. */
        assignee: string[];
        /** @description Only records of one of these groups (entity refs); `mine` is every group of the caller. */
        assignmentGroup: string[];
        /** @description Only records reported by or for one of these users (entity refs): the reporter, who is the caller when an agent logged the call on their behalf; `me` is the caller ("My requests"). */
        reportedBy: string[];
        /** @description Only records nobody works yet (true) or only assigned ones (false). */
        unassigned: boolean;
        /** @description Only records at one of these tiers. */
        supportTier: components["schemas"]["SupportTier"][];
        /** @description Text in the title or description, or a human id (INC-12). */
        q: string;
        /** @description `newest` (the default), `priority` (highest first, then oldest first: a working queue) or `updated` (most recently changed first). */
        sort: "newest" | "priority" | "updated";
        /** @description The page size; at most 100. */
        limit: number;
        /** @description The `nextCursor` of the previous page. */
        cursor: string;
        /** @description A key unique to this request; repeating it returns the first result. */
        idempotencyKey: string;
        /** @description The id of an indicator of the catalogue, e.g. incident-time-to-resolve. */
        KpiIndicatorId: string;
        /** @description The month, YYYY-MM (UTC); the running month when absent. */
        KpiPeriod: string;
        /** @description Only the records of this assignment group (a group entity ref). */
        KpiGroup: string;
        /** @description Only the records that affect this catalog entity. */
        KpiService: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    GetHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plugin is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
        };
    };
    ListIncidents: {
        parameters: {
            query?: {
                /** @description Only records that affect this catalog entity, e.g. `component:default/payments`. */
                entityRef?: components["parameters"]["entityRef"];
                /** @description Only records in one of these states. */
                state?: components["parameters"]["state"];
                /** @description Only records of one of these priorities. */
                priority?: components["parameters"]["priority"];
                /** @description Only records of one of these categories. */
                category?: components["parameters"]["category"];
                /** @description Only records worked by one of these users (entity refs); `me` is the caller. */
                assignee?: components["parameters"]["assignee"];
                /** @description Only records of one of these groups (entity refs); `mine` is every group of the caller. */
                assignmentGroup?: components["parameters"]["assignmentGroup"];
                /** @description Only records reported by or for one of these users (entity refs): the reporter, who is the caller when an agent logged the call on their behalf; `me` is the caller ("My requests"). */
                reportedBy?: components["parameters"]["reportedBy"];
                /** @description Only records nobody works yet (true) or only assigned ones (false). */
                unassigned?: components["parameters"]["unassigned"];
                /** @description Only records at one of these tiers. */
                supportTier?: components["parameters"]["supportTier"];
                /** @description Text in the title or description, or a human id (INC-12). */
                q?: components["parameters"]["q"];
                /** @description `newest` (the default), `priority` (highest first, then oldest first: a working queue) or `updated` (most recently changed first). */
                sort?: components["parameters"]["sort"];
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of incidents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CreateIncident: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key unique to this request; repeating it returns the first result. */
                "Idempotency-Key"?: components["parameters"]["idempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIncidentRequest"];
            };
        };
        responses: {
            /** @description The incident an earlier request with the same Idempotency-Key made. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            /** @description The incident that was made. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CountIncidents: {
        parameters: {
            query?: {
                /** @description Only records that affect this catalog entity, e.g. `component:default/payments`. */
                entityRef?: components["parameters"]["entityRef"];
                /** @description Only records in one of these states. */
                state?: components["parameters"]["state"];
                /** @description Only records of one of these priorities. */
                priority?: components["parameters"]["priority"];
                /** @description Only records of one of these categories. */
                category?: components["parameters"]["category"];
                /** @description Only records worked by one of these users (entity refs); `me` is the caller. */
                assignee?: components["parameters"]["assignee"];
                /** @description Only records of one of these groups (entity refs); `mine` is every group of the caller. */
                assignmentGroup?: components["parameters"]["assignmentGroup"];
                /** @description Only records reported by or for one of these users (entity refs): the reporter, who is the caller when an agent logged the call on their behalf; `me` is the caller ("My requests"). */
                reportedBy?: components["parameters"]["reportedBy"];
                /** @description Only records nobody works yet (true) or only assigned ones (false). */
                unassigned?: components["parameters"]["unassigned"];
                /** @description Only records at one of these tiers. */
                supportTier?: components["parameters"]["supportTier"];
                /** @description Text in the title or description, or a human id (INC-12). */
                q?: components["parameters"]["q"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The counts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordCounts"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetIncidentStatistics: {
        parameters: {
            query?: {
                from?: string;
                to?: string;
                period?: "day" | "week" | "month";
                /** @description Only records that affect this catalog entity, e.g. `component:default/payments`. */
                entityRef?: components["parameters"]["entityRef"];
                /** @description Only records of one of these groups (entity refs); `mine` is every group of the caller. */
                assignmentGroup?: components["parameters"]["assignmentGroup"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statistics. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentStatistics"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    BulkAssignIncidents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkAssignRequest"];
            };
        };
        responses: {
            /** @description The outcome of each item. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkAssignResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The incident. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    UpdateIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateIncidentRequest"];
            };
        };
        responses: {
            /** @description The incident after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    TransitionIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransitionRequest"];
            };
        };
        responses: {
            /** @description The incident after the move. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    EscalateIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EscalationRequest"];
            };
        };
        responses: {
            /** @description The incident after the escalation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    RequestIncidentPriority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriorityRaiseRequest"];
            };
        };
        responses: {
            /** @description The incident, with the request in `priorityRequest`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    DecideIncidentPriority: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PriorityDecisionRequest"];
            };
        };
        responses: {
            /** @description The incident after the decision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    DeclareMajorIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MajorIncidentRequest"];
            };
        };
        responses: {
            /** @description The incident, with `major`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ReviewMajorIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewRequest"];
            };
        };
        responses: {
            /** @description The incident, with `review`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Incident"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetIncidentTimeline: {
        parameters: {
            query?: {
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of timeline events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CommentOnIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentRequest"];
            };
        };
        responses: {
            /** @description The timeline event of the comment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetIncidentChanges: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes, by what was decided about them. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Correlation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetSlaAgreement: {
        parameters: {
            query: {
                entityRef: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agreement. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaAgreement"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListSlaReviews: {
        parameters: {
            query: {
                entityRef: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reviews. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SlaReview"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CreateSlaReview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    entityRef: string;
                    /** @enum {string} */
                    decision: "keep" | "revise" | "retire";
                    notes: string;
                    /** Format: date-time */
                    from?: string;
                    /** Format: date-time */
                    to?: string;
                };
            };
        };
        responses: {
            /** @description The review. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaReview"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetSlaReport: {
        parameters: {
            query?: {
                /** @description Start of the range (inclusive); default 30 days before `to`. */
                from?: string;
                /** @description End of the range (exclusive); default now. */
                to?: string;
                /** @description Only records that affect this catalog entity, e.g. `component:default/payments`. */
                entityRef?: components["parameters"]["entityRef"];
                /** @description Only records of one of these groups (entity refs); `mine` is every group of the caller. */
                assignmentGroup?: components["parameters"]["assignmentGroup"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetIncidentSla: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clocks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaClockList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListIncidentLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    LinkIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLinkRequest"];
            };
        };
        responses: {
            /** @description The link. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListProblems: {
        parameters: {
            query?: {
                /** @description Only records that affect this catalog entity, e.g. `component:default/payments`. */
                entityRef?: components["parameters"]["entityRef"];
                /** @description Only records in one of these states. */
                state?: components["parameters"]["state"];
                /** @description Only records of one of these priorities. */
                priority?: components["parameters"]["priority"];
                category?: ("hardware" | "software" | "network" | "security" | "configuration" | "other")[];
                /** @description Only records worked by one of these users (entity refs); `me` is the caller. */
                assignee?: components["parameters"]["assignee"];
                /** @description Only records of one of these groups (entity refs); `mine` is every group of the caller. */
                assignmentGroup?: components["parameters"]["assignmentGroup"];
                /** @description Text in the title or description, or a human id (INC-12). */
                q?: components["parameters"]["q"];
                /** @description `newest` (the default), `priority` (highest first, then oldest first: a working queue) or `updated` (most recently changed first). */
                sort?: components["parameters"]["sort"];
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of problems. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProblemPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CreateProblem: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key unique to this request; repeating it returns the first result. */
                "Idempotency-Key"?: components["parameters"]["idempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProblemRequest"];
            };
        };
        responses: {
            /** @description The problem an earlier request with the same Idempotency-Key logged. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The problem that was logged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListKnownErrors: {
        parameters: {
            query?: {
                entityRef?: string;
                /** @description Words in the title, description, root cause or workaround. */
                q?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The known errors. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KnownErrorList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetProblem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The problem. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    UpdateProblem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProblemRequest"];
            };
        };
        responses: {
            /** @description The problem after the edit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    TransitionProblem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProblemTransitionRequest"];
            };
        };
        responses: {
            /** @description The problem after the move. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    DecideProblemApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalDecisionRequest"];
            };
        };
        responses: {
            /** @description The problem after the decision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    RecordProblemAnalysis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProblemAnalysisRequest"];
            };
        };
        responses: {
            /** @description The problem after the edit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    AddProblemChangeRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    change?: string;
                    changeType?: string;
                    window?: components["schemas"]["CreateChangeRequest"]["window"];
                    risk?: components["schemas"]["CreateChangeRequest"]["risk"];
                    plan?: components["schemas"]["CreateChangeRequest"]["plan"];
                    testPlan?: string;
                    backoutPlan?: string;
                };
            };
        };
        responses: {
            /** @description The problem, now carrying the change request named. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The problem, carrying the change request raised for it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetProblemReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report, as text/markdown (an attachment named after the problem). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/markdown": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetProblemTimeline: {
        parameters: {
            query?: {
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of timeline events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CommentOnProblem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentRequest"];
            };
        };
        responses: {
            /** @description The timeline event of the comment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListProblemLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    LinkProblem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLinkRequest"];
            };
        };
        responses: {
            /** @description The link. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListChanges: {
        parameters: {
            query?: {
                /** @description Only records that affect this catalog entity, e.g. `component:default/payments`. */
                entityRef?: components["parameters"]["entityRef"];
                /** @description Only records in one of these states. */
                state?: components["parameters"]["state"];
                /** @description Only records of one of these priorities. */
                priority?: components["parameters"]["priority"];
                /** @description Only records worked by one of these users (entity refs); `me` is the caller. */
                assignee?: components["parameters"]["assignee"];
                /** @description Only records of one of these groups (entity refs); `mine` is every group of the caller. */
                assignmentGroup?: components["parameters"]["assignmentGroup"];
                /** @description Text in the title or description, or a human id (INC-12). */
                q?: components["parameters"]["q"];
                /** @description `newest` (the default), `priority` (highest first, then oldest first: a working queue) or `updated` (most recently changed first). */
                sort?: components["parameters"]["sort"];
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of changes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CreateChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key unique to this request; repeating it returns the first result. */
                "Idempotency-Key"?: components["parameters"]["idempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChangeRequest"];
            };
        };
        responses: {
            /** @description The change an earlier request with the same Idempotency-Key made. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Change"];
                };
            };
            /** @description The change that was made. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Change"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetChangeForm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The questionnaire and the templates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeForm"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Change"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    UpdateChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateChangeRequest"];
            };
        };
        responses: {
            /** @description The change after the edit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Change"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    TransitionChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeTransitionRequest"];
            };
        };
        responses: {
            /** @description The change after the move. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Change"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    DecideChangeApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalDecisionRequest"];
            };
        };
        responses: {
            /** @description The change after the decision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Change"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    UpdateChangeStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeStepRequest"];
            };
        };
        responses: {
            /** @description The change after the tick. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Change"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetChangeIncidents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The incidents, by what was decided about them. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Correlation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    DecideChangeIncident: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrelationDecisionRequest"];
            };
        };
        responses: {
            /** @description The incidents after the decision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Correlation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetChangeTimeline: {
        parameters: {
            query?: {
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of timeline events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CommentOnChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentRequest"];
            };
        };
        responses: {
            /** @description The timeline event of the comment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListChangeLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    LinkChange: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLinkRequest"];
            };
        };
        responses: {
            /** @description The link. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetDeploymentGate: {
        parameters: {
            query: {
                entityRef: string;
                /** @description When to ask about, e.g. 2026-12-02T21:00:00Z; now by default. */
                at?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The gate's answer. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeploymentDecision"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListReleases: {
        parameters: {
            query?: {
                /** @description Only records that affect this catalog entity, e.g. `component:default/payments`. */
                entityRef?: components["parameters"]["entityRef"];
                /** @description Only records in one of these states. */
                state?: components["parameters"]["state"];
                /** @description Only records of one of these priorities. */
                priority?: components["parameters"]["priority"];
                /** @description Only records worked by one of these users (entity refs); `me` is the caller. */
                assignee?: components["parameters"]["assignee"];
                /** @description Only records of one of these groups (entity refs); `mine` is every group of the caller. */
                assignmentGroup?: components["parameters"]["assignmentGroup"];
                /** @description Text in the title or description, or a human id (INC-12). */
                q?: components["parameters"]["q"];
                /** @description `newest` (the default), `priority` (highest first, then oldest first: a working queue) or `updated` (most recently changed first). */
                sort?: components["parameters"]["sort"];
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of releases. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReleasePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CreateRelease: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key unique to this request; repeating it returns the first result. */
                "Idempotency-Key"?: components["parameters"]["idempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReleaseRequest"];
            };
        };
        responses: {
            /** @description The release an earlier request with the same Idempotency-Key made. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Release"];
                };
            };
            /** @description The release that was made. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Release"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ProposeReleaseWindow: {
        parameters: {
            query: {
                entityRef: string;
                /** @description The length of the window, 5 minutes to a week. Default 120. */
                durationMinutes?: number;
                after?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proposed window. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        window: components["schemas"]["ChangeWindow"];
                        avoided: {
                            /** @enum {string} */
                            kind: "freeze" | "release" | "change";
                            title: string;
                            ref?: string;
                            /** Format: date-time */
                            start: string;
                            /** Format: date-time */
                            end: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The release. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Release"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    UpdateRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReleaseRequest"];
            };
        };
        responses: {
            /** @description The release after the edit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Release"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    TransitionRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleaseTransitionRequest"];
            };
        };
        responses: {
            /** @description The release after the move. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Release"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    DecideReleaseApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalDecisionRequest"];
            };
        };
        responses: {
            /** @description The release after the decision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Release"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ReplaceReleaseContents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    contents: components["schemas"]["ReleaseContentsInput"];
                };
            };
        };
        responses: {
            /** @description The release after the edit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Release"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    RecordReleaseVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    /** @enum {string} */
                    kind: "function" | "performance" | "compatibility";
                    item: string;
                    /** @enum {string} */
                    result: "pass" | "fail";
                    evidenceUrl?: string;
                };
            };
        };
        responses: {
            /** @description The release after the edit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Release"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    AddReleaseChangeRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    change?: string;
                    changeType?: string;
                };
            };
        };
        responses: {
            /** @description The release, now carrying the change request named. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Release"];
                };
            };
            /** @description The release, carrying the change request raised for it. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Release"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CheckReleasePreRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                    check: string;
                    done?: boolean;
                };
            };
        };
        responses: {
            /** @description The release after the edit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Release"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ReportReleasePhase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version?: number;
                    phase: string;
                    status: string;
                    note?: string;
                };
            };
        };
        responses: {
            /** @description The release after the edit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Release"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetReleaseIncidents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The incidents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Incident"][];
                        considerRollback: boolean;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetReleaseTimeline: {
        parameters: {
            query?: {
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of timeline events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CommentOnRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentRequest"];
            };
        };
        responses: {
            /** @description The timeline event of the comment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListReleaseLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    LinkRelease: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLinkRequest"];
            };
        };
        responses: {
            /** @description The link. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetChangeCalendar: {
        parameters: {
            query: {
                from: string;
                to: string;
                entityRef?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangeCalendar"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetChangeCalendarFeed: {
        parameters: {
            query?: {
                entityRef?: string;
                token?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calendar, as text/calendar. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/calendar": string;
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListCalendarFeeds: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscriptions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CalendarFeed"][];
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CreateCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    entityRef?: string;
                };
            };
        };
        responses: {
            /** @description The subscription, with its address. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CalendarFeed"] & {
                        url: string;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    DeleteCalendarFeed: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    AnalyzeImpact: {
        parameters: {
            query: {
                /** @description The entities to start from, e.g. `resource:default/payments-db`. */
                entityRef: string[];
                /** @description How many steps to follow. Default 5. */
                depth?: number;
                /** @description `downstream` (default): what depends on the entities, the impact of their failure or change. `upstream`: what they rely on. */
                direction?: "downstream" | "upstream";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The analysis. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImpactAnalysis"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListConfigurationItems: {
        parameters: {
            query?: {
                /** @description A class or class/subclass, e.g. `hardware` (with its subclasses) or `hardware/server`. */
                class?: string;
                kind?: string;
                type?: string;
                /** @description The owner's entity ref, e.g. `group:default/dba-team`. */
                owner?: string;
                /** @description The system's entity ref, e.g. `system:default/payments-platform`. */
                system?: string;
                lifecycle?: string;
                /** @description Words in the title or the entity ref. */
                q?: string;
                /** @description A tracked field and its value, as `path=value`, e.g. `metadata.annotations.itsm/supplier=Dell` or `spec.type=server`. */
                attribute?: string;
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of configuration items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CiPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetConfigurationStatusReport: {
        parameters: {
            query?: {
                /** @description Items unchanged for this many days are listed as stale. Default 90. */
                staleDays?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CiReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListCiChanges: {
        parameters: {
            query?: {
                /** @description Only records that affect this catalog entity, e.g. `component:default/payments`. */
                entityRef?: components["parameters"]["entityRef"];
                /** @description Only unauthorised changes (true) or only authorised ones (false). */
                unauthorized?: boolean;
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of changes. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CiChangePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ReceiveAlertmanagerNotification: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AlertmanagerNotification"];
            };
        };
        responses: {
            /** @description What the delivery did to the group's open incident (`updated`, `resolved`, `reopened`, `unchanged`), or `ignored` (resolved alerts without an open incident). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeResult"];
                };
            };
            /** @description The group's new incident. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ReceiveEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "message/rfc822": string;
                "text/plain": string;
            };
        };
        responses: {
            /** @description The incident the mail commented on, or a redelivery. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeResult"];
                };
            };
            /** @description The incident the mail opened. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntakeResult"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetBusinessImpactAnalysisFacts: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The facts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImpactAnalysisFacts"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetBusinessImpactAnalysisConsistency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryObjectivesCheck"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    DecideBusinessImpactAnalysisApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalDecisionRequest"];
            };
        };
        responses: {
            /** @description The analysis after the decision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessImpactAnalysis"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetRecoveryObjectives: {
        parameters: {
            query: {
                entityRef: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryObjectivesCheck"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetContinuityCoverage: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContinuityCoverageReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListRisks: {
        parameters: {
            query?: {
                /** @description Only records that affect this catalog entity, e.g. `component:default/payments`. */
                entityRef?: components["parameters"]["entityRef"];
                /** @description Only records in one of these states. */
                state?: components["parameters"]["state"];
                /** @description Only records of one of these priorities. */
                priority?: components["parameters"]["priority"];
                /** @description Only records worked by one of these users (entity refs); `me` is the caller. */
                assignee?: components["parameters"]["assignee"];
                /** @description Only records of one of these groups (entity refs); `mine` is every group of the caller. */
                assignmentGroup?: components["parameters"]["assignmentGroup"];
                /** @description Text in the title or description, or a human id (INC-12). */
                q?: components["parameters"]["q"];
                /** @description `newest` (the default), `priority` (highest first, then oldest first: a working queue) or `updated` (most recently changed first). */
                sort?: components["parameters"]["sort"];
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of risks. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CreateRisk: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key unique to this request; repeating it returns the first result. */
                "Idempotency-Key"?: components["parameters"]["idempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRiskRequest"];
            };
        };
        responses: {
            /** @description The risk an earlier request with the same Idempotency-Key made. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            /** @description The risk that was made. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetRisk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The risk. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    UpdateRisk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRiskRequest"];
            };
        };
        responses: {
            /** @description The risk after the edit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    TransitionRisk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RiskTransitionRequest"];
            };
        };
        responses: {
            /** @description The risk after the move. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Risk"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetRiskTimeline: {
        parameters: {
            query?: {
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of timeline events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CommentOnRisk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentRequest"];
            };
        };
        responses: {
            /** @description The timeline event of the comment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListRiskLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    LinkRisk: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLinkRequest"];
            };
        };
        responses: {
            /** @description The link. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListBusinessImpactAnalyses: {
        parameters: {
            query?: {
                /** @description Only records that affect this catalog entity, e.g. `component:default/payments`. */
                entityRef?: components["parameters"]["entityRef"];
                /** @description Only records in one of these states. */
                state?: components["parameters"]["state"];
                /** @description Only records of one of these priorities. */
                priority?: components["parameters"]["priority"];
                /** @description Only records worked by one of these users (entity refs); `me` is the caller. */
                assignee?: components["parameters"]["assignee"];
                /** @description Only records of one of these groups (entity refs); `mine` is every group of the caller. */
                assignmentGroup?: components["parameters"]["assignmentGroup"];
                /** @description Text in the title or description, or a human id (INC-12). */
                q?: components["parameters"]["q"];
                /** @description `newest` (the default), `priority` (highest first, then oldest first: a working queue) or `updated` (most recently changed first). */
                sort?: components["parameters"]["sort"];
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of business impact analyses. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessImpactAnalysisPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CreateBusinessImpactAnalysis: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key unique to this request; repeating it returns the first result. */
                "Idempotency-Key"?: components["parameters"]["idempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateBusinessImpactAnalysisRequest"];
            };
        };
        responses: {
            /** @description The business impact analysis an earlier request with the same Idempotency-Key made. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessImpactAnalysis"];
                };
            };
            /** @description The business impact analysis that was made. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessImpactAnalysis"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetBusinessImpactAnalysis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The business impact analysis. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessImpactAnalysis"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    UpdateBusinessImpactAnalysis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateBusinessImpactAnalysisRequest"];
            };
        };
        responses: {
            /** @description The business impact analysis after the edit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessImpactAnalysis"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    TransitionBusinessImpactAnalysis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BusinessImpactAnalysisTransitionRequest"];
            };
        };
        responses: {
            /** @description The business impact analysis after the move. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BusinessImpactAnalysis"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetBusinessImpactAnalysisTimeline: {
        parameters: {
            query?: {
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of timeline events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CommentOnBusinessImpactAnalysis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentRequest"];
            };
        };
        responses: {
            /** @description The timeline event of the comment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListBusinessImpactAnalysisLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    LinkBusinessImpactAnalysis: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLinkRequest"];
            };
        };
        responses: {
            /** @description The link. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListContinuityPlans: {
        parameters: {
            query?: {
                /** @description Only records that affect this catalog entity, e.g. `component:default/payments`. */
                entityRef?: components["parameters"]["entityRef"];
                /** @description Only records in one of these states. */
                state?: components["parameters"]["state"];
                /** @description Only records of one of these priorities. */
                priority?: components["parameters"]["priority"];
                /** @description Only records worked by one of these users (entity refs); `me` is the caller. */
                assignee?: components["parameters"]["assignee"];
                /** @description Only records of one of these groups (entity refs); `mine` is every group of the caller. */
                assignmentGroup?: components["parameters"]["assignmentGroup"];
                /** @description Text in the title or description, or a human id (INC-12). */
                q?: components["parameters"]["q"];
                /** @description `newest` (the default), `priority` (highest first, then oldest first: a working queue) or `updated` (most recently changed first). */
                sort?: components["parameters"]["sort"];
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of continuity plans. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContinuityPlanPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CreateContinuityPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key unique to this request; repeating it returns the first result. */
                "Idempotency-Key"?: components["parameters"]["idempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateContinuityPlanRequest"];
            };
        };
        responses: {
            /** @description The continuity plan an earlier request with the same Idempotency-Key made. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContinuityPlan"];
                };
            };
            /** @description The continuity plan that was made. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContinuityPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetContinuityPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The continuity plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContinuityPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    UpdateContinuityPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContinuityPlanRequest"];
            };
        };
        responses: {
            /** @description The continuity plan after the edit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContinuityPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    TransitionContinuityPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContinuityPlanTransitionRequest"];
            };
        };
        responses: {
            /** @description The continuity plan after the move. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContinuityPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetContinuityPlanTimeline: {
        parameters: {
            query?: {
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of timeline events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CommentOnContinuityPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentRequest"];
            };
        };
        responses: {
            /** @description The timeline event of the comment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListContinuityPlanLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    LinkContinuityPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLinkRequest"];
            };
        };
        responses: {
            /** @description The link. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListExercises: {
        parameters: {
            query?: {
                /** @description Only records that affect this catalog entity, e.g. `component:default/payments`. */
                entityRef?: components["parameters"]["entityRef"];
                /** @description Only records in one of these states. */
                state?: components["parameters"]["state"];
                /** @description Only records of one of these priorities. */
                priority?: components["parameters"]["priority"];
                /** @description Only records worked by one of these users (entity refs); `me` is the caller. */
                assignee?: components["parameters"]["assignee"];
                /** @description Only records of one of these groups (entity refs); `mine` is every group of the caller. */
                assignmentGroup?: components["parameters"]["assignmentGroup"];
                /** @description Text in the title or description, or a human id (INC-12). */
                q?: components["parameters"]["q"];
                /** @description `newest` (the default), `priority` (highest first, then oldest first: a working queue) or `updated` (most recently changed first). */
                sort?: components["parameters"]["sort"];
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of exercises. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExercisePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CreateExercise: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key unique to this request; repeating it returns the first result. */
                "Idempotency-Key"?: components["parameters"]["idempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateExerciseRequest"];
            };
        };
        responses: {
            /** @description The exercise an earlier request with the same Idempotency-Key made. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exercise"];
                };
            };
            /** @description The exercise that was made. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exercise"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetExercise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The exercise. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exercise"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    UpdateExercise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateExerciseRequest"];
            };
        };
        responses: {
            /** @description The exercise after the edit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exercise"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    TransitionExercise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExerciseTransitionRequest"];
            };
        };
        responses: {
            /** @description The exercise after the move. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exercise"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetExerciseTimeline: {
        parameters: {
            query?: {
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of timeline events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CommentOnExercise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentRequest"];
            };
        };
        responses: {
            /** @description The timeline event of the comment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListExerciseLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    LinkExercise: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLinkRequest"];
            };
        };
        responses: {
            /** @description The link. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    UpdateContinuityPlanContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateContinuityPlanContentRequest"];
            };
        };
        responses: {
            /** @description The plan with its new content. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContinuityPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    TickContinuityPlanMeasure: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
                measureId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TickContinuityMeasureRequest"];
            };
        };
        responses: {
            /** @description The plan with the measure ticked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContinuityPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    DecideContinuityPlanApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalDecisionRequest"];
            };
        };
        responses: {
            /** @description The plan after the decision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContinuityPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListContinuityPlanVersions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The approved versions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContinuityPlanVersionList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetContinuityPlanVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContinuityPlanVersion"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetContinuityPlanObjectives: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The objectives, entity by entity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContinuityPlanObjectives"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetContinuitySummary: {
        parameters: {
            query: {
                entityRef: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContinuitySummary"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    TickExerciseStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
                stepId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExerciseStepRequest"];
            };
        };
        responses: {
            /** @description The exercise. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exercise"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    AddExerciseFinding: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExerciseFindingRequest"];
            };
        };
        responses: {
            /** @description The exercise, with the finding. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Exercise"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetIncidentContinuity: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plans and invocations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentContinuity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    InvokeContinuityPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContinuityInvocationRequest"];
            };
        };
        responses: {
            /** @description The incident's continuity, with the invocation. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentContinuity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    TickContinuityInvocationStep: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
                invocationId: string;
                stepId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExerciseStepRequest"];
            };
        };
        responses: {
            /** @description The incident's continuity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentContinuity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    RecordContinuityRecovery: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
                invocationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContinuityRecoveryRequest"];
            };
        };
        responses: {
            /** @description The incident's continuity. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentContinuity"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetRiskRegister: {
        parameters: {
            query?: {
                /** @description `all` (the default), or the entity ref of a system (its risks and its parts') or a domain (its systems' and their parts'). */
                scope?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The register. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskRegister"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListRiskReports: {
        parameters: {
            query?: {
                scope?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The versions, without their texts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskReportList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CreateRiskReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRiskReportRequest"];
            };
        };
        responses: {
            /** @description The report. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetRiskReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RiskReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListImprovementItems: {
        parameters: {
            query?: {
                /** @description Only records that affect this catalog entity, e.g. `component:default/payments`. */
                entityRef?: components["parameters"]["entityRef"];
                /** @description Only records in one of these states. */
                state?: components["parameters"]["state"];
                /** @description Only records of one of these priorities. */
                priority?: components["parameters"]["priority"];
                /** @description Only records worked by one of these users (entity refs); `me` is the caller. */
                assignee?: components["parameters"]["assignee"];
                /** @description Only records of one of these groups (entity refs); `mine` is every group of the caller. */
                assignmentGroup?: components["parameters"]["assignmentGroup"];
                /** @description Text in the title or description, or a human id (INC-12). */
                q?: components["parameters"]["q"];
                /** @description `newest` (the default), `priority` (highest first, then oldest first: a working queue) or `updated` (most recently changed first). */
                sort?: components["parameters"]["sort"];
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of improvement items. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementItemPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CreateImprovementItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key unique to this request; repeating it returns the first result. */
                "Idempotency-Key"?: components["parameters"]["idempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateImprovementItemRequest"];
            };
        };
        responses: {
            /** @description The improvement item an earlier request with the same Idempotency-Key made. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementItem"];
                };
            };
            /** @description The improvement item that was made. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementItem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetImprovementItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The improvement item. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementItem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    UpdateImprovementItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateImprovementItemRequest"];
            };
        };
        responses: {
            /** @description The improvement item after the edit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementItem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    TransitionImprovementItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ImprovementItemTransitionRequest"];
            };
        };
        responses: {
            /** @description The improvement item after the move. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementItem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetImprovementItemTimeline: {
        parameters: {
            query?: {
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of timeline events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CommentOnImprovementItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentRequest"];
            };
        };
        responses: {
            /** @description The timeline event of the comment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListImprovementItemLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    LinkImprovementItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLinkRequest"];
            };
        };
        responses: {
            /** @description The link. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListTrainingSessions: {
        parameters: {
            query?: {
                /** @description Only records that affect this catalog entity, e.g. `component:default/payments`. */
                entityRef?: components["parameters"]["entityRef"];
                /** @description Only records in one of these states. */
                state?: components["parameters"]["state"];
                /** @description Only records of one of these priorities. */
                priority?: components["parameters"]["priority"];
                /** @description Only records worked by one of these users (entity refs); `me` is the caller. */
                assignee?: components["parameters"]["assignee"];
                /** @description Only records of one of these groups (entity refs); `mine` is every group of the caller. */
                assignmentGroup?: components["parameters"]["assignmentGroup"];
                /** @description Text in the title or description, or a human id (INC-12). */
                q?: components["parameters"]["q"];
                /** @description `newest` (the default), `priority` (highest first, then oldest first: a working queue) or `updated` (most recently changed first). */
                sort?: components["parameters"]["sort"];
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of training sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSessionPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CreateTrainingSession: {
        parameters: {
            query?: never;
            header?: {
                /** @description A key unique to this request; repeating it returns the first result. */
                "Idempotency-Key"?: components["parameters"]["idempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTrainingSessionRequest"];
            };
        };
        responses: {
            /** @description The training session an earlier request with the same Idempotency-Key made. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSession"];
                };
            };
            /** @description The training session that was made. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetTrainingSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The training session. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    UpdateTrainingSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateTrainingSessionRequest"];
            };
        };
        responses: {
            /** @description The training session after the edit. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    TransitionTrainingSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TrainingSessionTransitionRequest"];
            };
        };
        responses: {
            /** @description The training session after the move. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingSession"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetTrainingSessionTimeline: {
        parameters: {
            query?: {
                /** @description The page size; at most 100. */
                limit?: components["parameters"]["limit"];
                /** @description The `nextCursor` of the previous page. */
                cursor?: components["parameters"]["cursor"];
            };
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of timeline events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelinePage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CommentOnTrainingSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CommentRequest"];
            };
        };
        responses: {
            /** @description The timeline event of the comment. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEvent"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListTrainingSessionLinks: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The links. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LinkList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    LinkTrainingSession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLinkRequest"];
            };
        };
        responses: {
            /** @description The link. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecordLink"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetImprovementPlan: {
        parameters: {
            query?: {
                /** @description The year (default the running one, UTC). */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    DecideImprovementItemApproval: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalDecisionRequest"];
            };
        };
        responses: {
            /** @description The item after the decision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementItem"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetImprovementEffect: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The internal id or the human id (`INC-12`). */
                id: components["parameters"]["recordId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The effect. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImprovementEffect"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetKpiScorecard: {
        parameters: {
            query?: {
                /** @description The month, YYYY-MM (UTC); the running month when absent. */
                period?: components["parameters"]["KpiPeriod"];
                /** @description Only the records of this assignment group (a group entity ref). */
                group?: components["parameters"]["KpiGroup"];
                /** @description Only the records that affect this catalog entity. */
                service?: components["parameters"]["KpiService"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scorecard. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiScorecard"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetKpiSeries: {
        parameters: {
            query?: {
                /** @description How many months back, the running one included (default 12). */
                months?: number;
                /** @description Only the records of this assignment group (a group entity ref). */
                group?: components["parameters"]["KpiGroup"];
                /** @description Only the records that affect this catalog entity. */
                service?: components["parameters"]["KpiService"];
            };
            header?: never;
            path: {
                /** @description The id of an indicator of the catalogue, e.g. incident-time-to-resolve. */
                indicatorId: components["parameters"]["KpiIndicatorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiSeries"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetKpiBreakdown: {
        parameters: {
            query: {
                by: "group" | "service" | "priority" | "type" | "model";
                /** @description The month, YYYY-MM (UTC); the running month when absent. */
                period?: components["parameters"]["KpiPeriod"];
                /** @description Only the records of this assignment group (a group entity ref). */
                group?: components["parameters"]["KpiGroup"];
                /** @description Only the records that affect this catalog entity. */
                service?: components["parameters"]["KpiService"];
            };
            header?: never;
            path: {
                /** @description The id of an indicator of the catalogue, e.g. incident-time-to-resolve. */
                indicatorId: components["parameters"]["KpiIndicatorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The breakdown, worst first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiBreakdown"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetKpiRecords: {
        parameters: {
            query?: {
                /** @description The month, YYYY-MM (UTC); the running month when absent. */
                period?: components["parameters"]["KpiPeriod"];
                /** @description Only the records of this assignment group (a group entity ref). */
                group?: components["parameters"]["KpiGroup"];
                /** @description Only the records that affect this catalog entity. */
                service?: components["parameters"]["KpiService"];
                /** @description With `key`, only the records of one breakdown row. */
                by?: "group" | "service" | "priority" | "type" | "model";
                key?: string;
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                /** @description The id of an indicator of the catalogue, e.g. incident-time-to-resolve. */
                indicatorId: components["parameters"]["KpiIndicatorId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of records. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KpiRecordPage"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListPeriodicReports: {
        parameters: {
            query?: {
                /** @description `portal`, or a group's or a service's entity ref. */
                scope?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reports, without their texts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodicReportList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    CreatePeriodicReport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePeriodicReportRequest"];
            };
        };
        responses: {
            /** @description The report. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodicReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetPeriodicReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description `portal`, or an entity ref, URL-encoded. */
                scope: string;
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodicReport"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListSurveys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The surveys. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    ListSurveyInvitations: {
        parameters: {
            query?: {
                mine?: "true";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The open invitations. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyInvitationList"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetSurveyInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invitation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyInvitation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    AnswerSurveyInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AnswerSurveyRequest"];
            };
        };
        responses: {
            /** @description The answered invitation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyInvitation"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetSurveyResults: {
        parameters: {
            query?: {
                /** @description The month, YYYY-MM (UTC); the running one by default. */
                period?: string;
            };
            header?: never;
            path: {
                surveyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The results. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyResults"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            default: components["responses"]["ErrorResponse"];
        };
    };
    GetTrainingPlan: {
        parameters: {
            query: {
                /** @description The group's entity ref, e.g. `group:default/payments-team`. */
                group: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrainingPlan"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            default: components["responses"]["ErrorResponse"];
        };
    };
}
