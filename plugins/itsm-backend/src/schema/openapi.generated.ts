// Generated from plugins/itsm-backend/src/schema/openapi.yaml by `yarn openapi`. Do not edit.
/* eslint-disable */
export const spec = {
  "openapi": "3.1.0",
  "info": {
    "title": "itsm",
    "version": "1",
    "description": "The ITSM backend plugin's API, mounted at /api/itsm. Every record type (incidents now; problems, changes and releases as their workflows land) shares the same shape: a record with a human id (`INC-12`), a version for optimistic concurrency, a workflow state, the catalog entities it affects, a timeline and links.",
    "license": {
      "name": "Apache-2.0"
    }
  },
  "servers": [
    {
      "url": "/"
    }
  ],
  "tags": [
    {
      "name": "Incidents"
    },
    {
      "name": "Changes"
    },
    {
      "name": "Problems"
    },
    {
      "name": "Releases"
    },
    {
      "name": "Service levels"
    },
    {
      "name": "Intake"
    },
    {
      "name": "Configuration"
    },
    {
      "name": "Health"
    },
    {
      "name": "Continuity"
    },
    {
      "name": "Improvement"
    },
    {
      "name": "KPIs"
    }
  ],
  "paths": {
    "/health": {
      "get": {
        "operationId": "GetHealth",
        "tags": [
          "Health"
        ],
        "description": "Unauthenticated liveness check.",
        "security": [],
        "responses": {
          "200": {
            "description": "The plugin is up.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "status"
                  ],
                  "properties": {
                    "status": {
                      "type": "string",
                      "enum": [
                        "ok"
                      ]
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/incidents": {
      "get": {
        "operationId": "ListIncidents",
        "tags": [
          "Incidents"
        ],
        "description": "Incidents, one page at a time, newest first unless `sort` says otherwise; the filters combine (all must hold). `nextCursor` is absent on the last page. These are the service desk's queues: my work (`assignee=me`), my groups (`assignmentGroup=mine`), unassigned, by tier, P1 (`priority=P1`), all open; and an employee's \"My requests\" (`reportedBy=me`).",
        "parameters": [
          {
            "$ref": "#/components/parameters/entityRef"
          },
          {
            "$ref": "#/components/parameters/state"
          },
          {
            "$ref": "#/components/parameters/priority"
          },
          {
            "$ref": "#/components/parameters/category"
          },
          {
            "$ref": "#/components/parameters/assignee"
          },
          {
            "$ref": "#/components/parameters/assignmentGroup"
          },
          {
            "$ref": "#/components/parameters/reportedBy"
          },
          {
            "$ref": "#/components/parameters/unassigned"
          },
          {
            "$ref": "#/components/parameters/supportTier"
          },
          {
            "$ref": "#/components/parameters/q"
          },
          {
            "$ref": "#/components/parameters/sort"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of incidents.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IncidentPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateIncident",
        "tags": [
          "Incidents"
        ],
        "description": "Reports an incident. With an `Idempotency-Key` header, repeating the request returns the record the first one made (status 200) instead of making another.",
        "parameters": [
          {
            "$ref": "#/components/parameters/idempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateIncidentRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The incident an earlier request with the same Idempotency-Key made.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Incident"
                }
              }
            }
          },
          "201": {
            "description": "The incident that was made.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Incident"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/incidents/counts": {
      "get": {
        "operationId": "CountIncidents",
        "tags": [
          "Incidents"
        ],
        "description": "How many incidents there are, by priority, with the same filters as the list (e.g. an entity's open incidents).",
        "parameters": [
          {
            "$ref": "#/components/parameters/entityRef"
          },
          {
            "$ref": "#/components/parameters/state"
          },
          {
            "$ref": "#/components/parameters/priority"
          },
          {
            "$ref": "#/components/parameters/category"
          },
          {
            "$ref": "#/components/parameters/assignee"
          },
          {
            "$ref": "#/components/parameters/assignmentGroup"
          },
          {
            "$ref": "#/components/parameters/reportedBy"
          },
          {
            "$ref": "#/components/parameters/unassigned"
          },
          {
            "$ref": "#/components/parameters/supportTier"
          },
          {
            "$ref": "#/components/parameters/q"
          }
        ],
        "responses": {
          "200": {
            "description": "The counts.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RecordCounts"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/incidents/statistics": {
      "get": {
        "operationId": "GetIncidentStatistics",
        "tags": [
          "Incidents"
        ],
        "description": "Incident statistics (§2.3.4) over the incidents the caller may read: volumes by category, priority, channel and assignment group per period (reported in the range), mean time to accept and to resolve, first-contact resolution rate and reopen rate (of those resolved in the range), and satisfaction (ratings given on closing in the range). The range defaults to the last 30 days; at most 400 days.",
        "parameters": [
          {
            "name": "from",
            "in": "query",
            "required": false,
            "allowReserved": true,
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "to",
            "in": "query",
            "required": false,
            "allowReserved": true,
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "period",
            "in": "query",
            "allowReserved": true,
            "required": false,
            "schema": {
              "type": "string",
              "enum": [
                "day",
                "week",
                "month"
              ]
            }
          },
          {
            "$ref": "#/components/parameters/entityRef"
          },
          {
            "$ref": "#/components/parameters/assignmentGroup"
          }
        ],
        "responses": {
          "200": {
            "description": "The statistics.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IncidentStatistics"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/incidents/bulk-assign": {
      "post": {
        "operationId": "BulkAssignIncidents",
        "tags": [
          "Incidents"
        ],
        "description": "Gives several incidents to a group and/or an assignee. Each item is changed on its own (with its own version check and timeline event): the answer lists the outcome of each, in the order asked.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BulkAssignRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The outcome of each item.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BulkAssignResult"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/incidents/{id}": {
      "get": {
        "operationId": "GetIncident",
        "tags": [
          "Incidents"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The incident.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Incident"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "patch": {
        "operationId": "UpdateIncident",
        "tags": [
          "Incidents"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Changes fields of the incident. `version` is the version the change was based on; when someone else changed the incident since, the answer is 409 with the current record in `current`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateIncidentRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The incident after the change.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Incident"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/incidents/{id}/transitions": {
      "post": {
        "operationId": "TransitionIncident",
        "tags": [
          "Incidents"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Moves the incident through its workflow. The legal actions and the fields each needs are the incident workflow table of `@backstage-itsm/plugin-itsm-common`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TransitionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The incident after the move.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Incident"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/incidents/{id}/escalations": {
      "post": {
        "operationId": "EscalateIncident",
        "tags": [
          "Incidents"
        ],
        "description": "Functional escalation (§3.3.1): hands the incident to another group or a higher tier (by default the group's own tier), with a reason.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/EscalationRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The incident after the escalation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Incident"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/incidents/{id}/priority-requests": {
      "post": {
        "operationId": "RequestIncidentPriority",
        "tags": [
          "Incidents"
        ],
        "description": "Hierarchical escalation (§3.3.2): asks the lead of the assignment group (its `itsm/lead` annotation, a parent group's, or `itsm.escalation.leads`) to approve a higher priority. Raising the priority with PATCH is refused; lowering it is not.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PriorityRaiseRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The incident, with the request in `priorityRequest`.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Incident"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/incidents/{id}/priority-requests/decision": {
      "post": {
        "operationId": "DecideIncidentPriority",
        "tags": [
          "Incidents"
        ],
        "description": "The lead approves (the priority rises; an assignee and a plan may be set) or rejects the waiting raise, with a comment. Only the lead named in `priorityRequest.lead` may decide.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PriorityDecisionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The incident after the decision.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Incident"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/incidents/{id}/major": {
      "post": {
        "operationId": "DeclareMajorIncident",
        "tags": [
          "Incidents"
        ],
        "description": "Declares a P1 incident a major incident; it then closes only after its post-incident review.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MajorIncidentRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The incident, with `major`.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Incident"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/incidents/{id}/review": {
      "post": {
        "operationId": "ReviewMajorIncident",
        "tags": [
          "Incidents"
        ],
        "description": "Records the post-incident review of a resolved major incident.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ReviewRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The incident, with `review`.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Incident"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/incidents/{id}/timeline": {
      "get": {
        "operationId": "GetIncidentTimeline",
        "tags": [
          "Incidents"
        ],
        "description": "Every change to the incident, oldest first, one page at a time.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of timeline events.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelinePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/incidents/{id}/comments": {
      "post": {
        "operationId": "CommentOnIncident",
        "tags": [
          "Incidents"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CommentRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The timeline event of the comment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelineEvent"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/incidents/{id}/changes": {
      "get": {
        "operationId": "GetIncidentChanges",
        "tags": [
          "Incidents"
        ],
        "description": "Changes carried out on the incident's entities whose window it was opened in, or shortly after: suggested as possible causes, confirmed or dismissed.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The changes, by what was decided about them.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Correlation"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/sla/agreement": {
      "get": {
        "operationId": "GetSlaAgreement",
        "tags": [
          "Service levels"
        ],
        "description": "The agreement an entity's incidents fall under (§8.2), by the most specific rule (its `itsm/sla` annotation, the entity, its system (a system is its own), the default), with its objectives per priority. 404 when the entity is not in the catalog or no agreement covers it.",
        "parameters": [
          {
            "name": "entityRef",
            "in": "query",
            "allowReserved": true,
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The agreement.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SlaAgreement"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/sla/reviews": {
      "get": {
        "operationId": "ListSlaReviews",
        "tags": [
          "Service levels"
        ],
        "description": "The reviews of an entity's agreement, newest first (at most 20).",
        "parameters": [
          {
            "name": "entityRef",
            "in": "query",
            "allowReserved": true,
            "required": true,
            "schema": {
              "type": "string"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The reviews.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/SlaReview"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateSlaReview",
        "tags": [
          "Service levels"
        ],
        "description": "Records a review of an entity's agreement (§8.3.2) by the caller, now, with the compliance and satisfaction of the period reviewed (default the last 90 days). Needs `itsm.sla.review`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "entityRef",
                  "decision",
                  "notes"
                ],
                "properties": {
                  "entityRef": {
                    "type": "string",
                    "maxLength": 255
                  },
                  "decision": {
                    "type": "string",
                    "enum": [
                      "keep",
                      "revise",
                      "retire"
                    ]
                  },
                  "notes": {
                    "type": "string",
                    "maxLength": 4000
                  },
                  "from": {
                    "type": "string",
                    "format": "date-time"
                  },
                  "to": {
                    "type": "string",
                    "format": "date-time"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The review.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SlaReview"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/sla/report": {
      "get": {
        "operationId": "GetSlaReport",
        "tags": [
          "Service levels"
        ],
        "description": "The service level report (§8.3) over the incidents opened in the range that the caller may read: response and restore compliance overall and by month, service (affected entity), group, priority and agreement; how much of their target resolved clocks used; satisfaction against each agreement's target; and the open incidents breached or at risk (past 75%) now. Compliance is met over met and breached; clocks still running are pending.",
        "parameters": [
          {
            "name": "from",
            "in": "query",
            "allowReserved": true,
            "description": "Start of the range (inclusive); default 30 days before `to`.",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "name": "to",
            "in": "query",
            "allowReserved": true,
            "description": "End of the range (exclusive); default now.",
            "schema": {
              "type": "string",
              "format": "date-time"
            }
          },
          {
            "$ref": "#/components/parameters/entityRef"
          },
          {
            "$ref": "#/components/parameters/assignmentGroup"
          }
        ],
        "responses": {
          "200": {
            "description": "The report.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SlaReport"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/incidents/{id}/sla": {
      "get": {
        "operationId": "GetIncidentSla",
        "tags": [
          "Incidents"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "The incident's service level clocks (§8.1): response and restore under its agreement, each with its target for the priority, the working time counted so far (as of now), what remains, when it warns and falls due while it runs, the thresholds it crossed, and the spans it stood (on hold, resolved). Empty when no agreement covers the incident.",
        "responses": {
          "200": {
            "description": "The clocks.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SlaClockList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/incidents/{id}/links": {
      "get": {
        "operationId": "ListIncidentLinks",
        "tags": [
          "Incidents"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "The links from and to the incident (at most 500).",
        "responses": {
          "200": {
            "description": "The links.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LinkList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "LinkIncident",
        "tags": [
          "Incidents"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateLinkRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The link.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RecordLink"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/problems": {
      "get": {
        "operationId": "ListProblems",
        "tags": [
          "Problems"
        ],
        "description": "Problems, one page at a time, newest first unless `sort` says otherwise; the filters combine (all must hold).",
        "parameters": [
          {
            "$ref": "#/components/parameters/entityRef"
          },
          {
            "$ref": "#/components/parameters/state"
          },
          {
            "$ref": "#/components/parameters/priority"
          },
          {
            "name": "category",
            "in": "query",
            "allowReserved": true,
            "required": false,
            "style": "form",
            "explode": true,
            "schema": {
              "type": "array",
              "items": {
                "type": "string",
                "enum": [
                  "hardware",
                  "software",
                  "network",
                  "security",
                  "configuration",
                  "other"
                ]
              }
            }
          },
          {
            "$ref": "#/components/parameters/assignee"
          },
          {
            "$ref": "#/components/parameters/assignmentGroup"
          },
          {
            "$ref": "#/components/parameters/q"
          },
          {
            "$ref": "#/components/parameters/sort"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of problems.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProblemPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateProblem",
        "tags": [
          "Problems"
        ],
        "description": "Logs a problem (§4.1): by hand, or from the incidents it is seen in (`incidents`, each linked `caused-by` the problem in the same transaction), a monitoring alert or an inspection. Its priority is the incident priority matrix's for its impact and urgency unless given; the group that investigates it is the support group or owner of its first entity. With an `Idempotency-Key` header, repeating the request returns the record the first one made (status 200).",
        "parameters": [
          {
            "$ref": "#/components/parameters/idempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateProblemRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The problem an earlier request with the same Idempotency-Key logged.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "201": {
            "description": "The problem that was logged.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/problems/known-errors": {
      "get": {
        "operationId": "ListKnownErrors",
        "tags": [
          "Problems"
        ],
        "description": "The known-error base: problems that have a root cause and a workaround and are not closed or cancelled, most urgent first. With `entityRef`, those of an entity (a system with its parts), so agents working its incidents apply the workaround; with `q`, those whose title, description, root cause or workaround hold every word. At most `limit` (20 by default).",
        "parameters": [
          {
            "name": "entityRef",
            "in": "query",
            "allowReserved": true,
            "required": false,
            "schema": {
              "type": "string"
            }
          },
          {
            "name": "q",
            "in": "query",
            "allowReserved": true,
            "required": false,
            "description": "Words in the title, description, root cause or workaround.",
            "schema": {
              "type": "string",
              "maxLength": 200
            }
          },
          {
            "name": "limit",
            "in": "query",
            "allowReserved": true,
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 500
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The known errors.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/KnownErrorList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/problems/{id}": {
      "get": {
        "operationId": "GetProblem",
        "tags": [
          "Problems"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The problem.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "patch": {
        "operationId": "UpdateProblem",
        "tags": [
          "Problems"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Changes fields of the problem. `version` is the version the edit was based on; when someone else changed the problem since, the answer is 409 with the current record in `current`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateProblemRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The problem after the edit.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/problems/{id}/transitions": {
      "post": {
        "operationId": "TransitionProblem",
        "tags": [
          "Problems"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Moves the problem through its workflow (the problem workflow table of `@backstage-itsm/plugin-itsm-common`). `propose_solution` needs the root cause (409 without it) and carries the `solution` plan; it asks the configured approvers, or the lead of the investigating group.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ProblemTransitionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The problem after the move.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/problems/{id}/approvals": {
      "post": {
        "operationId": "DecideProblemApproval",
        "tags": [
          "Problems"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "An approver approves or rejects a proposed solution (§4.3.2): an approval moves the problem to its fix; a rejection returns it to investigation with the comment, and the next proposal is a new revision.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ApprovalDecisionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The problem after the decision.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/problems/{id}/analysis": {
      "put": {
        "operationId": "RecordProblemAnalysis",
        "tags": [
          "Problems"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Records the investigation and analysis of an open problem (§4.2): notes (log excerpts, environment, steps to reproduce, links), the root cause (a 5-whys chain or free text), the workaround, business impact and risk; the parts given replace those recorded. With a root cause and a workaround the problem is a known error.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ProblemAnalysisRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The problem after the edit.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/problems/{id}/change-request": {
      "post": {
        "operationId": "AddProblemChangeRequest",
        "tags": [
          "Problems"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Implements the approved solution (§4.3.3), while the fix is in progress: with `change`, the problem carries that open change request; without, it raises one from its solution plan (same entities; the root cause as the reason; the plan as the description and first step; its expected effect as the test plan), in draft for the requester to submit, with the `window` and `risk` answers given here (checked as a change request's are) and, optionally, its own `plan`, `testPlan` and `backoutPlan`. A problem carries one change request; the two are linked (relates-to). When that change closes successfully the problem is resolved and its incidents are told.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "version"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 2147483647
                  },
                  "change": {
                    "type": "string",
                    "maxLength": 64
                  },
                  "changeType": {
                    "type": "string",
                    "maxLength": 32
                  },
                  "window": {
                    "$ref": "#/components/schemas/CreateChangeRequest/properties/window"
                  },
                  "risk": {
                    "$ref": "#/components/schemas/CreateChangeRequest/properties/risk"
                  },
                  "plan": {
                    "$ref": "#/components/schemas/CreateChangeRequest/properties/plan"
                  },
                  "testPlan": {
                    "type": "string",
                    "maxLength": 20000
                  },
                  "backoutPlan": {
                    "type": "string",
                    "maxLength": 20000
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The problem, now carrying the change request named.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "201": {
            "description": "The problem, carrying the change request raised for it.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/problems/{id}/report": {
      "get": {
        "operationId": "GetProblemReport",
        "tags": [
          "Problems"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "The investigation report (§4.2) as a Markdown document: the problem, its incidents, the investigation notes, the root cause, the workaround, business impact and risk, the solution plan and its approvals, the change request and the timeline.",
        "responses": {
          "200": {
            "description": "The report, as text/markdown (an attachment named after the problem).",
            "content": {
              "text/markdown": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/problems/{id}/timeline": {
      "get": {
        "operationId": "GetProblemTimeline",
        "tags": [
          "Problems"
        ],
        "description": "Every change to the problem record, oldest first, one page at a time.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of timeline events.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelinePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/problems/{id}/comments": {
      "post": {
        "operationId": "CommentOnProblem",
        "tags": [
          "Problems"
        ],
        "description": "A comment, or a work note.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CommentRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The timeline event of the comment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelineEvent"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/problems/{id}/links": {
      "get": {
        "operationId": "ListProblemLinks",
        "tags": [
          "Problems"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "The links from and to the problem (at most 500), e.g. its incidents.",
        "responses": {
          "200": {
            "description": "The links.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LinkList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "LinkProblem",
        "tags": [
          "Problems"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateLinkRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The link.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RecordLink"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/changes": {
      "get": {
        "operationId": "ListChanges",
        "tags": [
          "Changes"
        ],
        "description": "Changes, one page at a time, newest first unless `sort` says otherwise; the filters combine (all must hold).",
        "parameters": [
          {
            "$ref": "#/components/parameters/entityRef"
          },
          {
            "$ref": "#/components/parameters/state"
          },
          {
            "$ref": "#/components/parameters/priority"
          },
          {
            "$ref": "#/components/parameters/assignee"
          },
          {
            "$ref": "#/components/parameters/assignmentGroup"
          },
          {
            "$ref": "#/components/parameters/q"
          },
          {
            "$ref": "#/components/parameters/sort"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of changes.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChangePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateChange",
        "tags": [
          "Changes"
        ],
        "description": "Requests a change (§5.2.1), as a draft its requester then submits. A standard change names its pre-approved `template`; a normal or emergency one answers the risk questionnaire (`GET /changes/form`). With an `Idempotency-Key` header, repeating the request returns the record the first one made (status 200).",
        "parameters": [
          {
            "$ref": "#/components/parameters/idempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateChangeRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The change an earlier request with the same Idempotency-Key made.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Change"
                }
              }
            }
          },
          "201": {
            "description": "The change that was made.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Change"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/changes/form": {
      "get": {
        "operationId": "GetChangeForm",
        "tags": [
          "Changes"
        ],
        "description": "What a change request asks for, as configured: the risk questionnaire and the catalog of standard (pre-approved) changes.",
        "responses": {
          "200": {
            "description": "The questionnaire and the templates.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChangeForm"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/changes/{id}": {
      "get": {
        "operationId": "GetChange",
        "tags": [
          "Changes"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The change.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Change"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "patch": {
        "operationId": "UpdateChange",
        "tags": [
          "Changes"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Changes fields of the change. `version` is the version the change was based on; when someone else changed it since, the answer is 409 with the current record in `current`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateChangeRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The change after the edit.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Change"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/changes/{id}/transitions": {
      "post": {
        "operationId": "TransitionChange",
        "tags": [
          "Changes"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Moves the change through its workflow. The legal actions and the fields each needs are the change workflow table of `@backstage-itsm/plugin-itsm-common`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ChangeTransitionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The change after the move.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Change"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/changes/{id}/approvals": {
      "post": {
        "operationId": "DecideChangeApproval",
        "tags": [
          "Changes"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "An approver approves or rejects a change awaiting approval (§5.2.4), for every approval group they sit in. When every group has the approvals its rule needs, the change is scheduled; a rejection returns it to the requester. Only the derived approvers decide, and never the requester (403).",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ApprovalDecisionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The change after the decision.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Change"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/changes/{id}/steps": {
      "post": {
        "operationId": "UpdateChangeStep",
        "tags": [
          "Changes"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Ticks a step of the implementation plan off (or back on) while the change is implemented (§5.3.2): those who work it, its requester and the step's owner may. `version` is the version the tick was based on (409 with the current record otherwise).",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ChangeStepRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The change after the tick.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Change"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/changes/{id}/incidents": {
      "get": {
        "operationId": "GetChangeIncidents",
        "tags": [
          "Changes"
        ],
        "description": "Incidents opened on the change's entities during its window or within `itsm.changes.incidentCorrelation` after it: suggested as possibly caused by it, confirmed (a caused-by link) or dismissed.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The incidents, by what was decided about them.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Correlation"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "DecideChangeIncident",
        "tags": [
          "Changes"
        ],
        "description": "An agent who works the incident confirms that the change caused it (a caused-by link from the incident to the change; it then counts against the change's success) or dismisses the suggestion.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CorrelationDecisionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The incidents after the decision.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Correlation"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/changes/{id}/timeline": {
      "get": {
        "operationId": "GetChangeTimeline",
        "tags": [
          "Changes"
        ],
        "description": "Every change to the change record, oldest first, one page at a time.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of timeline events.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelinePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/changes/{id}/comments": {
      "post": {
        "operationId": "CommentOnChange",
        "tags": [
          "Changes"
        ],
        "description": "A comment, or a work note such as a monitoring note while implementing (§5.3.3).",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CommentRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The timeline event of the comment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelineEvent"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/changes/{id}/links": {
      "get": {
        "operationId": "ListChangeLinks",
        "tags": [
          "Changes"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "The links from and to the change (at most 500).",
        "responses": {
          "200": {
            "description": "The links.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LinkList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "LinkChange",
        "tags": [
          "Changes"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateLinkRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The link.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RecordLink"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/deployment-gate": {
      "get": {
        "operationId": "GetDeploymentGate",
        "tags": [
          "Changes"
        ],
        "description": "May the entity deploy now (or at `at`)? `allowed` is true only inside the window of an approved (or standard) change that covers the entity or its system, and outside freezes unless that change was let into them with an override; otherwise false, with the reason. For pipelines, with a service token (see the README).",
        "parameters": [
          {
            "name": "entityRef",
            "in": "query",
            "required": true,
            "allowReserved": true,
            "schema": {
              "type": "string",
              "minLength": 3,
              "maxLength": 255
            }
          },
          {
            "name": "at",
            "in": "query",
            "required": false,
            "allowReserved": true,
            "description": "When to ask about, e.g. 2026-12-02T21:00:00Z; now by default.",
            "schema": {
              "type": "string",
              "maxLength": 64
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The gate's answer.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/DeploymentDecision"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases": {
      "get": {
        "operationId": "ListReleases",
        "tags": [
          "Releases"
        ],
        "description": "Releases, one page at a time, newest first unless `sort` says otherwise; the filters combine (all must hold).",
        "parameters": [
          {
            "$ref": "#/components/parameters/entityRef"
          },
          {
            "$ref": "#/components/parameters/state"
          },
          {
            "$ref": "#/components/parameters/priority"
          },
          {
            "$ref": "#/components/parameters/assignee"
          },
          {
            "$ref": "#/components/parameters/assignmentGroup"
          },
          {
            "$ref": "#/components/parameters/q"
          },
          {
            "$ref": "#/components/parameters/sort"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of releases.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReleasePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateRelease",
        "tags": [
          "Releases"
        ],
        "description": "Plans a release (§7.1) of one component, or of a system and the components it releases (`entityRefs`, the component or system first). Its `releaseVersion` must be valid in the entity's scheme (semver unless `itsm/version-scheme` or `itsm.releases.versionScheme` says calver) and is unique per entity: a version planned or released before answers 409, also when two are planned at once. Risk is scored by the changes' questionnaire (`GET /changes/form`). With an `Idempotency-Key` header, repeating the request returns the record the first one made (status 200).",
        "parameters": [
          {
            "$ref": "#/components/parameters/idempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateReleaseRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The release an earlier request with the same Idempotency-Key made.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "201": {
            "description": "The release that was made.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases/free-window": {
      "get": {
        "operationId": "ProposeReleaseWindow",
        "tags": [
          "Releases"
        ],
        "description": "The earliest window of `durationMinutes` (default 120) from `after` (default the next full hour) in the next 90 days that falls in no freeze of the entity (its own, its system's, configuration's) and overlaps no other planned release or change on the entity or its system; with what it stepped over to find it.",
        "parameters": [
          {
            "name": "entityRef",
            "in": "query",
            "required": true,
            "allowReserved": true,
            "schema": {
              "type": "string",
              "minLength": 3,
              "maxLength": 255
            }
          },
          {
            "name": "durationMinutes",
            "in": "query",
            "allowReserved": true,
            "required": false,
            "description": "The length of the window, 5 minutes to a week. Default 120.",
            "schema": {
              "type": "integer",
              "minimum": 5,
              "maximum": 10080
            }
          },
          {
            "name": "after",
            "in": "query",
            "required": false,
            "allowReserved": true,
            "schema": {
              "type": "string",
              "maxLength": 64
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The proposed window.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "window",
                    "avoided"
                  ],
                  "properties": {
                    "window": {
                      "$ref": "#/components/schemas/ChangeWindow"
                    },
                    "avoided": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "required": [
                          "kind",
                          "title",
                          "start",
                          "end"
                        ],
                        "properties": {
                          "kind": {
                            "type": "string",
                            "enum": [
                              "freeze",
                              "release",
                              "change"
                            ]
                          },
                          "title": {
                            "type": "string"
                          },
                          "ref": {
                            "type": "string"
                          },
                          "start": {
                            "type": "string",
                            "format": "date-time"
                          },
                          "end": {
                            "type": "string",
                            "format": "date-time"
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases/{id}": {
      "get": {
        "operationId": "GetRelease",
        "tags": [
          "Releases"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The release.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "patch": {
        "operationId": "UpdateRelease",
        "tags": [
          "Releases"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Changes fields of the release. `version` is the version the edit was based on; when someone else changed the release since, the answer is 409 with the current record in `current`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateReleaseRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The release after the edit.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases/{id}/transitions": {
      "post": {
        "operationId": "TransitionRelease",
        "tags": [
          "Releases"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Moves the release through its workflow. The legal actions and the fields each needs are the release workflow table of `@backstage-itsm/plugin-itsm-common`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ReleaseTransitionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The release after the move.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases/{id}/approvals": {
      "post": {
        "operationId": "DecideReleaseApproval",
        "tags": [
          "Releases"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "An approver approves or rejects a release awaiting approval, by the changes' approval engine: the owners of the released entities, and the CAB for medium and high risk. When every group has the approvals its rule needs, the release is approved; a rejection returns it to planned. Only the derived approvers decide, and never the one who planned it (403).",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ApprovalDecisionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The release after the decision.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases/{id}/contents": {
      "put": {
        "operationId": "ReplaceReleaseContents",
        "tags": [
          "Releases"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Replaces the package's contents (§7.2.2) while the release is planned, awaiting approval or approved; after its audit the package is immutable (409): a change means a new version.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "version",
                  "contents"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 2147483647
                  },
                  "contents": {
                    "$ref": "#/components/schemas/ReleaseContentsInput"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The release after the edit.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases/{id}/verifications": {
      "post": {
        "operationId": "RecordReleaseVerification",
        "tags": [
          "Releases"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Records a verification check of the package (§7.2.3): kind (function, performance, compatibility), the item checked, pass or fail, and a link to the evidence. The same kind and item again replaces the earlier result. Before the audit only; the audit (`sign_off`) needs a passed check of every kind and no failed one.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "version",
                  "kind",
                  "item",
                  "result"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 2147483647
                  },
                  "kind": {
                    "type": "string",
                    "enum": [
                      "function",
                      "performance",
                      "compatibility"
                    ]
                  },
                  "item": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 500
                  },
                  "result": {
                    "type": "string",
                    "enum": [
                      "pass",
                      "fail"
                    ]
                  },
                  "evidenceUrl": {
                    "type": "string",
                    "maxLength": 2000
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The release after the edit.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases/{id}/change-request": {
      "post": {
        "operationId": "AddReleaseChangeRequest",
        "tags": [
          "Releases"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Gives the release its change request (§7.1), before its rollout starts: with `change`, it carries that open change request; without, it raises one from its own plan (same entities, window and risk answers; its phases as the plan steps), in draft for the requester to complete and submit. A release carries one change request; the two are also linked (relates-to).",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "version"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 2147483647
                  },
                  "change": {
                    "type": "string",
                    "maxLength": 64
                  },
                  "changeType": {
                    "type": "string",
                    "maxLength": 32
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The release, now carrying the change request named.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "201": {
            "description": "The release, carrying the change request raised for it.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases/{id}/pre-release": {
      "post": {
        "operationId": "CheckReleasePreRelease",
        "tags": [
          "Releases"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Ticks a pre-release check (environment, backup, notified; §7.3.1) on, or off with `done: false`, while the audited release waits to roll out; `start_rollout` needs all three.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "version",
                  "check"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 2147483647
                  },
                  "check": {
                    "type": "string",
                    "maxLength": 32
                  },
                  "done": {
                    "type": "boolean"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The release after the edit.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases/{id}/phases": {
      "post": {
        "operationId": "ReportReleasePhase",
        "tags": [
          "Releases"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Reports that a rollout phase started (`in_progress`), `succeeded` or `failed`, while the release rolls out; for release managers and pipelines (with a service token, see docs/releases.md). Without `version` the report applies to the release as it is. `complete_rollout` needs every phase to have succeeded.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "required": [
                  "phase",
                  "status"
                ],
                "properties": {
                  "version": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": 2147483647
                  },
                  "phase": {
                    "type": "string",
                    "minLength": 1,
                    "maxLength": 64
                  },
                  "status": {
                    "type": "string",
                    "maxLength": 16
                  },
                  "note": {
                    "type": "string",
                    "maxLength": 2000
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The release after the edit.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Release"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases/{id}/incidents": {
      "get": {
        "operationId": "GetReleaseIncidents",
        "tags": [
          "Releases"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "The incidents opened on the release's entities since its rollout started (until it was released or rolled back), most urgent first; `considerRollback` is true while it rolls out or awaits confirmation and any of them is still open.",
        "responses": {
          "200": {
            "description": "The incidents.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "items",
                    "considerRollback"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/Incident"
                      }
                    },
                    "considerRollback": {
                      "type": "boolean"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases/{id}/timeline": {
      "get": {
        "operationId": "GetReleaseTimeline",
        "tags": [
          "Releases"
        ],
        "description": "Every change to the release record, oldest first, one page at a time.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of timeline events.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelinePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases/{id}/comments": {
      "post": {
        "operationId": "CommentOnRelease",
        "tags": [
          "Releases"
        ],
        "description": "A comment, or a work note (e.g. during the rollout).",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CommentRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The timeline event of the comment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelineEvent"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/releases/{id}/links": {
      "get": {
        "operationId": "ListReleaseLinks",
        "tags": [
          "Releases"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "The links from and to the release (at most 500).",
        "responses": {
          "200": {
            "description": "The links.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LinkList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "LinkRelease",
        "tags": [
          "Releases"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateLinkRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The link.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RecordLink"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/calendar": {
      "get": {
        "operationId": "GetChangeCalendar",
        "tags": [
          "Changes"
        ],
        "description": "The change calendar of a range (at most 400 days): the changes and releases whose window overlaps it (not drafts, rejected or cancelled ones) and every occurrence of the freeze and maintenance windows that configuration and entity annotations declare; for the whole portal, or for one entity and its system. By start; at most 500 changes (`truncated` says when more lay in the range).",
        "parameters": [
          {
            "name": "from",
            "in": "query",
            "required": true,
            "allowReserved": true,
            "schema": {
              "type": "string",
              "maxLength": 64
            }
          },
          {
            "name": "to",
            "in": "query",
            "required": true,
            "allowReserved": true,
            "schema": {
              "type": "string",
              "maxLength": 64
            }
          },
          {
            "name": "entityRef",
            "in": "query",
            "required": false,
            "allowReserved": true,
            "schema": {
              "type": "string",
              "minLength": 3,
              "maxLength": 255
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The calendar.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ChangeCalendar"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/calendar.ics": {
      "get": {
        "operationId": "GetChangeCalendarFeed",
        "tags": [
          "Changes"
        ],
        "description": "The change calendar from 30 days ago to a year ahead as an iCalendar document, for calendar apps: with a Backstage token (and an optional `entityRef`), or, without one, with the `token` of a calendar subscription (see `/calendar/feeds`), which then says which calendar.",
        "security": [],
        "parameters": [
          {
            "name": "entityRef",
            "in": "query",
            "required": false,
            "allowReserved": true,
            "schema": {
              "type": "string",
              "minLength": 3,
              "maxLength": 255
            }
          },
          {
            "name": "token",
            "in": "query",
            "allowReserved": true,
            "required": false,
            "schema": {
              "type": "string",
              "minLength": 16,
              "maxLength": 128
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The calendar, as text/calendar.",
            "content": {
              "text/calendar": {
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/calendar/feeds": {
      "get": {
        "operationId": "ListCalendarFeeds",
        "tags": [
          "Changes"
        ],
        "description": "The caller's calendar subscriptions, newest first (without their tokens).",
        "responses": {
          "200": {
            "description": "The subscriptions.",
            "content": {
              "application/json": {
                "schema": {
                  "type": "object",
                  "required": [
                    "items"
                  ],
                  "properties": {
                    "items": {
                      "type": "array",
                      "items": {
                        "$ref": "#/components/schemas/CalendarFeed"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateCalendarFeed",
        "tags": [
          "Changes"
        ],
        "description": "A new subscription address for calendar apps, for the whole portal or one entity. The address holds a secret token and is shown only now; whoever has it sees the calendar until the subscription is revoked. Needs the `itsm.calendar.subscribe` permission.",
        "requestBody": {
          "required": false,
          "content": {
            "application/json": {
              "schema": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "entityRef": {
                    "type": "string",
                    "minLength": 3,
                    "maxLength": 255
                  }
                }
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The subscription, with its address.",
            "content": {
              "application/json": {
                "schema": {
                  "allOf": [
                    {
                      "$ref": "#/components/schemas/CalendarFeed"
                    },
                    {
                      "type": "object",
                      "required": [
                        "url"
                      ],
                      "properties": {
                        "url": {
                          "type": "string"
                        }
                      }
                    }
                  ]
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/calendar/feeds/{id}": {
      "delete": {
        "operationId": "DeleteCalendarFeed",
        "tags": [
          "Changes"
        ],
        "description": "Revokes one of the caller's calendar subscriptions.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 64
            }
          }
        ],
        "responses": {
          "204": {
            "description": "Revoked."
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/impact": {
      "get": {
        "operationId": "AnalyzeImpact",
        "tags": [
          "Configuration"
        ],
        "description": "Impact analysis: everything in the catalog that depends, transitively, on the given entities (or, upstream, everything they rely on) (through dependencyOf, API consumption and provision, and partOf), nearest first, each with its depth, the path that reaches it and its owners; the owners of all of them are the stakeholders to tell or ask. Reads the catalog as the caller sees it, one bulk request per level; bounded in depth (1-10, default 5) and size (2,000 entities, `truncated` says when more lay beyond).",
        "parameters": [
          {
            "name": "entityRef",
            "in": "query",
            "required": true,
            "description": "The entities to start from, e.g. `resource:default/payments-db`.",
            "style": "form",
            "explode": true,
            "allowReserved": true,
            "schema": {
              "type": "array",
              "items": {
                "type": "string",
                "minLength": 1,
                "maxLength": 255
              },
              "minItems": 1,
              "maxItems": 50
            }
          },
          {
            "name": "depth",
            "in": "query",
            "allowReserved": true,
            "required": false,
            "description": "How many steps to follow. Default 5.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 10
            }
          },
          {
            "name": "direction",
            "in": "query",
            "allowReserved": true,
            "required": false,
            "description": "`downstream` (default): what depends on the entities, the impact of their failure or change. `upstream`: what they rely on.",
            "schema": {
              "type": "string",
              "enum": [
                "downstream",
                "upstream"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The analysis.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImpactAnalysis"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/cis": {
      "get": {
        "operationId": "ListConfigurationItems",
        "tags": [
          "Configuration"
        ],
        "description": "Configuration items (catalog entities of the CI kinds) in entity ref order, from the CMDB's index (kept by the CI history task, so at most one look behind the catalog), as the caller may see them. Every given filter must hold.",
        "parameters": [
          {
            "name": "class",
            "in": "query",
            "required": false,
            "allowReserved": true,
            "description": "A class or class/subclass, e.g. `hardware` (with its subclasses) or `hardware/server`.",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 128
            }
          },
          {
            "name": "kind",
            "in": "query",
            "allowReserved": true,
            "required": false,
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 64
            }
          },
          {
            "name": "type",
            "in": "query",
            "allowReserved": true,
            "required": false,
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 128
            }
          },
          {
            "name": "owner",
            "in": "query",
            "required": false,
            "allowReserved": true,
            "description": "The owner's entity ref, e.g. `group:default/dba-team`.",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 255
            }
          },
          {
            "name": "system",
            "in": "query",
            "required": false,
            "allowReserved": true,
            "description": "The system's entity ref, e.g. `system:default/payments-platform`.",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 255
            }
          },
          {
            "name": "lifecycle",
            "in": "query",
            "allowReserved": true,
            "required": false,
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 64
            }
          },
          {
            "name": "q",
            "in": "query",
            "allowReserved": true,
            "required": false,
            "description": "Words in the title or the entity ref.",
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200
            }
          },
          {
            "name": "attribute",
            "in": "query",
            "required": false,
            "allowReserved": true,
            "description": "A tracked field and its value, as `path=value`, e.g. `metadata.annotations.itsm/supplier=Dell` or `spec.type=server`.",
            "schema": {
              "type": "string",
              "minLength": 3,
              "maxLength": 512
            }
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of configuration items.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CiPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/cis/report": {
      "get": {
        "operationId": "GetConfigurationStatusReport",
        "tags": [
          "Configuration"
        ],
        "description": "The configuration status report (§6.3.3): counts by class, owner and lifecycle; the items with no owner, no class or no support group, and those unchanged for `staleDays` (each list at most 100, with its full count).",
        "parameters": [
          {
            "name": "staleDays",
            "in": "query",
            "allowReserved": true,
            "required": false,
            "description": "Items unchanged for this many days are listed as stale. Default 90.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 3650
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The report.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CiReport"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/ci-changes": {
      "get": {
        "operationId": "ListCiChanges",
        "tags": [
          "Configuration"
        ],
        "description": "The history of configuration items (§6.2), newest first: every change found in the catalog, field by field, with the change record that authorised it, or flagged as unauthorised when no change in implementation covered the item. Filter by item or by the flag.",
        "parameters": [
          {
            "$ref": "#/components/parameters/entityRef"
          },
          {
            "name": "unauthorized",
            "in": "query",
            "allowReserved": true,
            "required": false,
            "description": "Only unauthorised changes (true) or only authorised ones (false).",
            "schema": {
              "type": "boolean"
            }
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "A page of changes.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CiChangePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/intake/alertmanager": {
      "post": {
        "operationId": "ReceiveAlertmanagerNotification",
        "tags": [
          "Intake"
        ],
        "description": "Alertmanager's webhook receiver (`webhook_config`), for service principals only (a static token under `backend.auth.externalAccess`). The body is the notification exactly as Alertmanager sends it (version 4). A firing group without an open incident opens one (201); later deliveries for the group (`groupKey`) note new or changed alerts on it, raise its priority for a more severe alert, or reopen it; a repeated delivery changes nothing. When every alert of the group is resolved, the incident is resolved by monitoring, pending verification by an agent. After the incident is closed or cancelled, the next firing opens a new one.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AlertmanagerNotification"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "What the delivery did to the group's open incident (`updated`, `resolved`, `reopened`, `unchanged`), or `ignored` (resolved alerts without an open incident).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntakeResult"
                }
              }
            }
          },
          "201": {
            "description": "The group's new incident.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntakeResult"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/intake/email": {
      "post": {
        "operationId": "ReceiveEmail",
        "tags": [
          "Intake"
        ],
        "description": "Inbound mail, for service principals only (a mail server's pipe or an inbound-mail service's forwarder with a static token). The body is the raw RFC 822 message, at most 10 MB. A reply whose subject names an existing incident (`Re: [INC-42] ...`) becomes a public comment on it (200, `commented`); anything else opens an incident (201). The Message-ID makes redelivery return what the first delivery did (200, `duplicate`).",
        "requestBody": {
          "required": true,
          "content": {
            "message/rfc822": {
              "schema": {
                "type": "string",
                "format": "binary"
              }
            },
            "text/plain": {
              "schema": {
                "type": "string",
                "format": "binary"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The incident the mail commented on, or a redelivery.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntakeResult"
                }
              }
            }
          },
          "201": {
            "description": "The incident the mail opened.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IntakeResult"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/business-impact-analyses/{id}/facts": {
      "get": {
        "operationId": "GetBusinessImpactAnalysisFacts",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "The facts the analysis starts from, gathered from the portal (§9.1.3(1)): the entity's owner and system, what it depends on and what depends on it (the CMDB's impact analysis both ways), the service level agreement that covers it, and its outage minutes over the last 12 months from P1 and major incidents.",
        "responses": {
          "200": {
            "description": "The facts.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImpactAnalysisFacts"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/business-impact-analyses/{id}/consistency": {
      "get": {
        "operationId": "GetBusinessImpactAnalysisConsistency",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Whether the analysis's RTO is achievable over the catalog's dependency graph: every inconsistency (a dependency with a longer RTO, without an approved analysis or without an approved or active continuity plan) with the path that causes it.",
        "responses": {
          "200": {
            "description": "The check.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RecoveryObjectivesCheck"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/business-impact-analyses/{id}/approvals": {
      "post": {
        "operationId": "DecideBusinessImpactAnalysisApproval",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "The entity's owner approves or rejects a submitted analysis (§9.1.3); whoever submitted it may not. An approval sets the next review date (`itsm.continuity.reviewInterval`); a rejection returns it to draft with the comment.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ApprovalDecisionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The analysis after the decision.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BusinessImpactAnalysis"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/continuity/objectives": {
      "get": {
        "operationId": "GetRecoveryObjectives",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "name": "entityRef",
            "in": "query",
            "allowReserved": true,
            "required": true,
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 512
            }
          }
        ],
        "description": "An entity's recovery objectives (from its analysis that is not retired) checked against the catalog's dependency graph.",
        "responses": {
          "200": {
            "description": "The check.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RecoveryObjectivesCheck"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/continuity/coverage": {
      "get": {
        "operationId": "GetContinuityCoverage",
        "tags": [
          "Continuity"
        ],
        "description": "The coverage report (§9.2, §9.3): critical services (an analysis with an MTPD of at most `itsm.continuity.criticalMtpdMinutes`, or a production component or system under a service level agreement) without an approved or active plan or without a completed exercise in the last 12 months, and every analysed service whose recovery objectives the dependency graph contradicts, with its issue count and its nearest issues, and every inconsistency once at its cause (the entity at fault, with the number of services it affects and the shortest path to it). The graph is the CMDB's index for a caller allowed to read every catalog entity (as fresh as its last look at the catalog, `itsm.cmdb.historyFrequency`), else the catalog as the caller sees it.",
        "responses": {
          "200": {
            "description": "The report.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContinuityCoverageReport"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/risks": {
      "get": {
        "operationId": "ListRisks",
        "tags": [
          "Continuity"
        ],
        "description": "Risks, one page at a time, newest first unless `sort` says otherwise; the filters combine (all must hold).",
        "parameters": [
          {
            "$ref": "#/components/parameters/entityRef"
          },
          {
            "$ref": "#/components/parameters/state"
          },
          {
            "$ref": "#/components/parameters/priority"
          },
          {
            "$ref": "#/components/parameters/assignee"
          },
          {
            "$ref": "#/components/parameters/assignmentGroup"
          },
          {
            "$ref": "#/components/parameters/q"
          },
          {
            "$ref": "#/components/parameters/sort"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of risks.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RiskPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateRisk",
        "tags": [
          "Continuity"
        ],
        "description": "Records a risk to IT service continuity (§9.1): its threat, one of the six areas of §9.1.2 and the catalog entities it threatens. With an `Idempotency-Key` header, repeating the request returns the record the first one made (status 200).",
        "parameters": [
          {
            "$ref": "#/components/parameters/idempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateRiskRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The risk an earlier request with the same Idempotency-Key made.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Risk"
                }
              }
            }
          },
          "201": {
            "description": "The risk that was made.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Risk"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/risks/{id}": {
      "get": {
        "operationId": "GetRisk",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The risk.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Risk"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "patch": {
        "operationId": "UpdateRisk",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Changes fields of the risk. `version` is the version the edit was based on; when someone else changed the risk since, the answer is 409 with the current record in `current`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateRiskRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The risk after the edit.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Risk"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/risks/{id}/transitions": {
      "post": {
        "operationId": "TransitionRisk",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Moves the risk through its workflow. The legal actions and the fields each needs are the risk workflow table of `@backstage-itsm/plugin-itsm-common`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/RiskTransitionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The risk after the move.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Risk"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/risks/{id}/timeline": {
      "get": {
        "operationId": "GetRiskTimeline",
        "tags": [
          "Continuity"
        ],
        "description": "Every change to the risk, oldest first, one page at a time.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of timeline events.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelinePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/risks/{id}/comments": {
      "post": {
        "operationId": "CommentOnRisk",
        "tags": [
          "Continuity"
        ],
        "description": "A comment, or a work note.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CommentRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The timeline event of the comment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelineEvent"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/risks/{id}/links": {
      "get": {
        "operationId": "ListRiskLinks",
        "tags": [
          "Continuity"
        ],
        "description": "The links from and to the risk (at most 500).",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The links.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LinkList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "LinkRisk",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateLinkRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The link.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RecordLink"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/business-impact-analyses": {
      "get": {
        "operationId": "ListBusinessImpactAnalyses",
        "tags": [
          "Continuity"
        ],
        "description": "Business impact analyses, one page at a time, newest first unless `sort` says otherwise; the filters combine (all must hold).",
        "parameters": [
          {
            "$ref": "#/components/parameters/entityRef"
          },
          {
            "$ref": "#/components/parameters/state"
          },
          {
            "$ref": "#/components/parameters/priority"
          },
          {
            "$ref": "#/components/parameters/assignee"
          },
          {
            "$ref": "#/components/parameters/assignmentGroup"
          },
          {
            "$ref": "#/components/parameters/q"
          },
          {
            "$ref": "#/components/parameters/sort"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of business impact analyses.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BusinessImpactAnalysisPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateBusinessImpactAnalysis",
        "tags": [
          "Continuity"
        ],
        "description": "Starts the business impact analysis of one component or system (§9.1.3(1)-(3)), its first entity; one analysis per entity that is not retired, so a second answers 409 naming the first. With an `Idempotency-Key` header, repeating the request returns the record the first one made (status 200).",
        "parameters": [
          {
            "$ref": "#/components/parameters/idempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateBusinessImpactAnalysisRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The business impact analysis an earlier request with the same Idempotency-Key made.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BusinessImpactAnalysis"
                }
              }
            }
          },
          "201": {
            "description": "The business impact analysis that was made.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BusinessImpactAnalysis"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/business-impact-analyses/{id}": {
      "get": {
        "operationId": "GetBusinessImpactAnalysis",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The business impact analysis.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BusinessImpactAnalysis"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "patch": {
        "operationId": "UpdateBusinessImpactAnalysis",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Changes fields of the business impact analysis. `version` is the version the edit was based on; when someone else changed the business impact analysis since, the answer is 409 with the current record in `current`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateBusinessImpactAnalysisRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The business impact analysis after the edit.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BusinessImpactAnalysis"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/business-impact-analyses/{id}/transitions": {
      "post": {
        "operationId": "TransitionBusinessImpactAnalysis",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Moves the business impact analysis through its workflow. The legal actions and the fields each needs are the business impact analysis workflow table of `@backstage-itsm/plugin-itsm-common`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/BusinessImpactAnalysisTransitionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The business impact analysis after the move.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BusinessImpactAnalysis"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/business-impact-analyses/{id}/timeline": {
      "get": {
        "operationId": "GetBusinessImpactAnalysisTimeline",
        "tags": [
          "Continuity"
        ],
        "description": "Every change to the business impact analysis, oldest first, one page at a time.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of timeline events.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelinePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/business-impact-analyses/{id}/comments": {
      "post": {
        "operationId": "CommentOnBusinessImpactAnalysis",
        "tags": [
          "Continuity"
        ],
        "description": "A comment, or a work note.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CommentRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The timeline event of the comment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelineEvent"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/business-impact-analyses/{id}/links": {
      "get": {
        "operationId": "ListBusinessImpactAnalysisLinks",
        "tags": [
          "Continuity"
        ],
        "description": "The links from and to the business impact analysis (at most 500).",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The links.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LinkList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "LinkBusinessImpactAnalysis",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateLinkRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The link.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RecordLink"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/continuity-plans": {
      "get": {
        "operationId": "ListContinuityPlans",
        "tags": [
          "Continuity"
        ],
        "description": "Continuity plans, one page at a time, newest first unless `sort` says otherwise; the filters combine (all must hold).",
        "parameters": [
          {
            "$ref": "#/components/parameters/entityRef"
          },
          {
            "$ref": "#/components/parameters/state"
          },
          {
            "$ref": "#/components/parameters/priority"
          },
          {
            "$ref": "#/components/parameters/assignee"
          },
          {
            "$ref": "#/components/parameters/assignmentGroup"
          },
          {
            "$ref": "#/components/parameters/q"
          },
          {
            "$ref": "#/components/parameters/sort"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of continuity plans.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContinuityPlanPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateContinuityPlan",
        "tags": [
          "Continuity"
        ],
        "description": "Drafts a continuity plan (§9.2) covering one or more components or systems. With an `Idempotency-Key` header, repeating the request returns the record the first one made (status 200).",
        "parameters": [
          {
            "$ref": "#/components/parameters/idempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateContinuityPlanRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The continuity plan an earlier request with the same Idempotency-Key made.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContinuityPlan"
                }
              }
            }
          },
          "201": {
            "description": "The continuity plan that was made.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContinuityPlan"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/continuity-plans/{id}": {
      "get": {
        "operationId": "GetContinuityPlan",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The continuity plan.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContinuityPlan"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "patch": {
        "operationId": "UpdateContinuityPlan",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Changes fields of the continuity plan. `version` is the version the edit was based on; when someone else changed the continuity plan since, the answer is 409 with the current record in `current`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateContinuityPlanRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The continuity plan after the edit.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContinuityPlan"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/continuity-plans/{id}/transitions": {
      "post": {
        "operationId": "TransitionContinuityPlan",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Moves the continuity plan through its workflow. The legal actions and the fields each needs are the continuity plan workflow table of `@backstage-itsm/plugin-itsm-common`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ContinuityPlanTransitionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The continuity plan after the move.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContinuityPlan"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/continuity-plans/{id}/timeline": {
      "get": {
        "operationId": "GetContinuityPlanTimeline",
        "tags": [
          "Continuity"
        ],
        "description": "Every change to the continuity plan, oldest first, one page at a time.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of timeline events.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelinePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/continuity-plans/{id}/comments": {
      "post": {
        "operationId": "CommentOnContinuityPlan",
        "tags": [
          "Continuity"
        ],
        "description": "A comment, or a work note.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CommentRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The timeline event of the comment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelineEvent"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/continuity-plans/{id}/links": {
      "get": {
        "operationId": "ListContinuityPlanLinks",
        "tags": [
          "Continuity"
        ],
        "description": "The links from and to the continuity plan (at most 500).",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The links.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LinkList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "LinkContinuityPlan",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateLinkRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The link.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RecordLink"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/exercises": {
      "get": {
        "operationId": "ListExercises",
        "tags": [
          "Continuity"
        ],
        "description": "Exercises, one page at a time, newest first unless `sort` says otherwise; the filters combine (all must hold).",
        "parameters": [
          {
            "$ref": "#/components/parameters/entityRef"
          },
          {
            "$ref": "#/components/parameters/state"
          },
          {
            "$ref": "#/components/parameters/priority"
          },
          {
            "$ref": "#/components/parameters/assignee"
          },
          {
            "$ref": "#/components/parameters/assignmentGroup"
          },
          {
            "$ref": "#/components/parameters/q"
          },
          {
            "$ref": "#/components/parameters/sort"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of exercises.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ExercisePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateExercise",
        "tags": [
          "Continuity"
        ],
        "description": "Plans an exercise of a continuity plan (§9.3), from its schedule or ad hoc. With an `Idempotency-Key` header, repeating the request returns the record the first one made (status 200).",
        "parameters": [
          {
            "$ref": "#/components/parameters/idempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateExerciseRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The exercise an earlier request with the same Idempotency-Key made.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Exercise"
                }
              }
            }
          },
          "201": {
            "description": "The exercise that was made.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Exercise"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/exercises/{id}": {
      "get": {
        "operationId": "GetExercise",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The exercise.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Exercise"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "patch": {
        "operationId": "UpdateExercise",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Changes fields of the exercise. `version` is the version the edit was based on; when someone else changed the exercise since, the answer is 409 with the current record in `current`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateExerciseRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The exercise after the edit.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Exercise"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/exercises/{id}/transitions": {
      "post": {
        "operationId": "TransitionExercise",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Moves the exercise through its workflow. The legal actions and the fields each needs are the exercise workflow table of `@backstage-itsm/plugin-itsm-common`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ExerciseTransitionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The exercise after the move.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Exercise"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/exercises/{id}/timeline": {
      "get": {
        "operationId": "GetExerciseTimeline",
        "tags": [
          "Continuity"
        ],
        "description": "Every change to the exercise, oldest first, one page at a time.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of timeline events.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelinePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/exercises/{id}/comments": {
      "post": {
        "operationId": "CommentOnExercise",
        "tags": [
          "Continuity"
        ],
        "description": "A comment, or a work note.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CommentRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The timeline event of the comment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelineEvent"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/exercises/{id}/links": {
      "get": {
        "operationId": "ListExerciseLinks",
        "tags": [
          "Continuity"
        ],
        "description": "The links from and to the exercise (at most 500).",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The links.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LinkList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "LinkExercise",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateLinkRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The link.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RecordLink"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/continuity-plans/{id}/content": {
      "put": {
        "operationId": "UpdateContinuityPlanContent",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Replaces the parts of a plan's content that the body names: its measures by phase (§9.2.2(3)), its procedure (§9.2.2(4)), its activation criteria, resources and tools (§9.2.2(5)), who to inform and its drill schedule (§9.2.2(6)). Only its owners, only in an editable state (draft, under revision), on the version read. A measure keeps whether it is done by its id.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateContinuityPlanContentRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The plan with its new content.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContinuityPlan"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/continuity-plans/{id}/measures/{measureId}": {
      "post": {
        "operationId": "TickContinuityPlanMeasure",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          },
          {
            "name": "measureId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 64
            }
          }
        ],
        "description": "Marks a measure done (who, when) or not done again. Its owners and the measure's owner may, in every state but retired: measures are carried out while the plan is approved and in force.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TickContinuityMeasureRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The plan with the measure ticked.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContinuityPlan"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/continuity-plans/{id}/approvals": {
      "post": {
        "operationId": "DecideContinuityPlanApproval",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "An approver (the plan's owner, a continuity manager) approves or rejects a plan in review. Whoever submitted it or last edited its content may not decide. The last approval makes it approved and keeps its content as the next read-only version; a rejection returns it to draft.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ApprovalDecisionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The plan after the decision.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContinuityPlan"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/continuity-plans/{id}/versions": {
      "get": {
        "operationId": "ListContinuityPlanVersions",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "The plan's approved versions, oldest first, without content.",
        "responses": {
          "200": {
            "description": "The approved versions.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContinuityPlanVersionList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/continuity-plans/{id}/versions/{n}": {
      "get": {
        "operationId": "GetContinuityPlanVersion",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          },
          {
            "name": "n",
            "in": "path",
            "required": true,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100000
            }
          }
        ],
        "description": "One approved version of the plan with its content, read-only.",
        "responses": {
          "200": {
            "description": "The version.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContinuityPlanVersion"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/continuity-plans/{id}/objectives": {
      "get": {
        "operationId": "GetContinuityPlanObjectives",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "The plan's objectives (§9.2.2(1)): for each entity it covers, the RTO and RPO of its approved business impact analysis, or none.",
        "responses": {
          "200": {
            "description": "The objectives, entity by entity.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContinuityPlanObjectives"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/continuity/summary": {
      "get": {
        "operationId": "GetContinuitySummary",
        "tags": [
          "Continuity"
        ],
        "parameters": [
          {
            "name": "entityRef",
            "in": "query",
            "allowReserved": true,
            "required": true,
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 512
            }
          }
        ],
        "description": "What continuity says of one entity, as the caller may see it: its business impact analysis (RTO, RPO, MTPD, state, review date), the continuity plans covering it, its last completed exercise with its result, the open findings of its exercises, whether its RTO is achievable over the dependency graph, and the red flags (no approved or active plan, no exercise in 12 months, RTO not achievable).",
        "responses": {
          "200": {
            "description": "The summary.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ContinuitySummary"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/exercises/{id}/steps/{stepId}": {
      "post": {
        "operationId": "TickExerciseStep",
        "tags": [
          "Continuity"
        ],
        "description": "Stamps a step of a running exercise's checklist started or done, by the caller; the measurement follows.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          },
          {
            "name": "stepId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 64
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ExerciseStepRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The exercise.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Exercise"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/exercises/{id}/findings": {
      "post": {
        "operationId": "AddExerciseFinding",
        "tags": [
          "Continuity"
        ],
        "description": "Records a finding of a running or completed exercise, with its owner and due date; `revisePlan` sends the exercised plan into revision.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ExerciseFindingRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The exercise, with the finding.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Exercise"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/incidents/{id}/continuity-plans": {
      "get": {
        "operationId": "GetIncidentContinuity",
        "tags": [
          "Continuity"
        ],
        "description": "The approved and active continuity plans covering the incident's entities, with their procedures and objectives, and the plans invoked for it.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The plans and invocations.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IncidentContinuity"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/incidents/{id}/continuity-invocations": {
      "post": {
        "operationId": "InvokeContinuityPlan",
        "tags": [
          "Continuity"
        ],
        "description": "Invokes a covering plan for a major incident (its workers only): recorded on both records and linked, the plan's contacts told, its procedure a checklist with a recovery clock against the RTO.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ContinuityInvocationRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The incident's continuity, with the invocation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IncidentContinuity"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/incidents/{id}/continuity-invocations/{invocationId}/steps/{stepId}": {
      "post": {
        "operationId": "TickContinuityInvocationStep",
        "tags": [
          "Continuity"
        ],
        "description": "Stamps a step of an invoked plan's checklist started or done.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          },
          {
            "name": "invocationId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 64
            }
          },
          {
            "name": "stepId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 64
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ExerciseStepRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The incident's continuity.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IncidentContinuity"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/incidents/{id}/continuity-invocations/{invocationId}/recovery": {
      "post": {
        "operationId": "RecordContinuityRecovery",
        "tags": [
          "Continuity"
        ],
        "description": "Records the recovery of an invoked plan: the time taken against the RTO and the data lost (minutes) against the RPO, on both records.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          },
          {
            "name": "invocationId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 64
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ContinuityRecoveryRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The incident's continuity.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/IncidentContinuity"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/risks/register": {
      "get": {
        "operationId": "GetRiskRegister",
        "tags": [
          "Continuity"
        ],
        "description": "The ranked risk register (§9.1.3(4)) of a scope: the risks that are not closed, highest level first, then the larger annual loss expectancy, then the larger likelihood × impact; only those the caller may see. With the matrix that gives the levels and the currency of the amounts, for the heat map.",
        "parameters": [
          {
            "name": "scope",
            "in": "query",
            "allowReserved": true,
            "description": "`all` (the default), or the entity ref of a system (its risks and its parts') or a domain (its systems' and their parts').",
            "schema": {
              "type": "string",
              "maxLength": 255
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The register.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RiskRegister"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/risks/reports": {
      "get": {
        "operationId": "ListRiskReports",
        "tags": [
          "Continuity"
        ],
        "description": "The kept versions of the risk assessment report (§9.1.3(5)), newest first (at most 50), of one scope or all; for continuity managers and the management group.",
        "parameters": [
          {
            "name": "scope",
            "in": "query",
            "allowReserved": true,
            "schema": {
              "type": "string",
              "maxLength": 255
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The versions, without their texts.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RiskReportList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateRiskReport",
        "tags": [
          "Continuity"
        ],
        "description": "Generates the risk assessment report (§9.1.3(5)) of a scope's register now, as Markdown and CSV, keeps it as a dated version and sends it to the management group (`itsm.continuity.managementGroup`) through notifications. Needs `itsm.continuity.manage`; audited (`risk-report-create`).",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateRiskReportRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The report.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RiskReport"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/risks/reports/{id}": {
      "get": {
        "operationId": "GetRiskReport",
        "tags": [
          "Continuity"
        ],
        "description": "One version of the risk assessment report, with its Markdown and CSV.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 64
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The report.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RiskReport"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/improvements": {
      "get": {
        "operationId": "ListImprovementItems",
        "tags": [
          "Improvement"
        ],
        "description": "Improvement items, one page at a time, newest first unless `sort` says otherwise; the filters combine (all must hold).",
        "parameters": [
          {
            "$ref": "#/components/parameters/entityRef"
          },
          {
            "$ref": "#/components/parameters/state"
          },
          {
            "$ref": "#/components/parameters/priority"
          },
          {
            "$ref": "#/components/parameters/assignee"
          },
          {
            "$ref": "#/components/parameters/assignmentGroup"
          },
          {
            "$ref": "#/components/parameters/q"
          },
          {
            "$ref": "#/components/parameters/sort"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of improvement items.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImprovementItemPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateImprovementItem",
        "tags": [
          "Improvement"
        ],
        "description": "Proposes an improvement item (§10.2.2): what to improve, where the idea came from, the indicator it should move and by when. A lead or manager who did not propose it approves it. With an `Idempotency-Key` header, repeating the request returns the record the first one made (status 200).",
        "parameters": [
          {
            "$ref": "#/components/parameters/idempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateImprovementItemRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The improvement item an earlier request with the same Idempotency-Key made.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImprovementItem"
                }
              }
            }
          },
          "201": {
            "description": "The improvement item that was made.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImprovementItem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/improvements/{id}": {
      "get": {
        "operationId": "GetImprovementItem",
        "tags": [
          "Improvement"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The improvement item.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImprovementItem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "patch": {
        "operationId": "UpdateImprovementItem",
        "tags": [
          "Improvement"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Changes fields of the improvement item. `version` is the version the edit was based on; when someone else changed the improvement item since, the answer is 409 with the current record in `current`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateImprovementItemRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The improvement item after the edit.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImprovementItem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/improvements/{id}/transitions": {
      "post": {
        "operationId": "TransitionImprovementItem",
        "tags": [
          "Improvement"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Moves the improvement item through its workflow. The legal actions and the fields each needs are the improvement item workflow table of `@backstage-itsm/plugin-itsm-common`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ImprovementItemTransitionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The improvement item after the move.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImprovementItem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/improvements/{id}/timeline": {
      "get": {
        "operationId": "GetImprovementItemTimeline",
        "tags": [
          "Improvement"
        ],
        "description": "Every change to the improvement item, oldest first, one page at a time.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of timeline events.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelinePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/improvements/{id}/comments": {
      "post": {
        "operationId": "CommentOnImprovementItem",
        "tags": [
          "Improvement"
        ],
        "description": "A comment, or a work note.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CommentRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The timeline event of the comment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelineEvent"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/improvements/{id}/links": {
      "get": {
        "operationId": "ListImprovementItemLinks",
        "tags": [
          "Improvement"
        ],
        "description": "The links from and to the improvement item (at most 500).",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The links.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LinkList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "LinkImprovementItem",
        "tags": [
          "Improvement"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateLinkRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The link.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RecordLink"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/trainings": {
      "get": {
        "operationId": "ListTrainingSessions",
        "tags": [
          "Improvement"
        ],
        "description": "Training sessions, one page at a time, newest first unless `sort` says otherwise; the filters combine (all must hold).",
        "parameters": [
          {
            "$ref": "#/components/parameters/entityRef"
          },
          {
            "$ref": "#/components/parameters/state"
          },
          {
            "$ref": "#/components/parameters/priority"
          },
          {
            "$ref": "#/components/parameters/assignee"
          },
          {
            "$ref": "#/components/parameters/assignmentGroup"
          },
          {
            "$ref": "#/components/parameters/q"
          },
          {
            "$ref": "#/components/parameters/sort"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of training sessions.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TrainingSessionPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreateTrainingSession",
        "tags": [
          "Improvement"
        ],
        "description": "Plans a training session (§10.2.3) on a process, for catalog users and groups. With an `Idempotency-Key` header, repeating the request returns the record the first one made (status 200).",
        "parameters": [
          {
            "$ref": "#/components/parameters/idempotencyKey"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateTrainingSessionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The training session an earlier request with the same Idempotency-Key made.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TrainingSession"
                }
              }
            }
          },
          "201": {
            "description": "The training session that was made.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TrainingSession"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/trainings/{id}": {
      "get": {
        "operationId": "GetTrainingSession",
        "tags": [
          "Improvement"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The training session.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TrainingSession"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "patch": {
        "operationId": "UpdateTrainingSession",
        "tags": [
          "Improvement"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Changes fields of the training session. `version` is the version the edit was based on; when someone else changed the training session since, the answer is 409 with the current record in `current`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateTrainingSessionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The training session after the edit.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TrainingSession"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/trainings/{id}/transitions": {
      "post": {
        "operationId": "TransitionTrainingSession",
        "tags": [
          "Improvement"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "Moves the training session through its workflow. The legal actions and the fields each needs are the training session workflow table of `@backstage-itsm/plugin-itsm-common`.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/TrainingSessionTransitionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The training session after the move.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TrainingSession"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/trainings/{id}/timeline": {
      "get": {
        "operationId": "GetTrainingSessionTimeline",
        "tags": [
          "Improvement"
        ],
        "description": "Every change to the training session, oldest first, one page at a time.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          },
          {
            "$ref": "#/components/parameters/limit"
          },
          {
            "$ref": "#/components/parameters/cursor"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of timeline events.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelinePage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/trainings/{id}/comments": {
      "post": {
        "operationId": "CommentOnTrainingSession",
        "tags": [
          "Improvement"
        ],
        "description": "A comment, or a work note.",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CommentRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The timeline event of the comment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TimelineEvent"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/trainings/{id}/links": {
      "get": {
        "operationId": "ListTrainingSessionLinks",
        "tags": [
          "Improvement"
        ],
        "description": "The links from and to the training session (at most 500).",
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "responses": {
          "200": {
            "description": "The links.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/LinkList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "LinkTrainingSession",
        "tags": [
          "Improvement"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateLinkRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The link.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/RecordLink"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/improvements/plan": {
      "get": {
        "operationId": "GetImprovementPlan",
        "tags": [
          "Improvement"
        ],
        "description": "The continual improvement plan (§10.3.1): the approved, in-progress and evaluating improvement items due in a year, by quarter of their due date, with their owners; those without a due date apart. Only the items the caller may read.",
        "parameters": [
          {
            "name": "year",
            "in": "query",
            "allowReserved": true,
            "description": "The year (default the running one, UTC).",
            "schema": {
              "type": "integer",
              "minimum": 2000,
              "maximum": 2200
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The plan.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImprovementPlan"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/improvements/{id}/approvals": {
      "post": {
        "operationId": "DecideImprovementItemApproval",
        "tags": [
          "Improvement"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "The lead of the item's owning group or an improvement manager (`itsm.improvement.manage`, or a member of `itsm.improvement.managementGroup`) approves or rejects a proposed improvement item (§10.2.2). Whoever proposed it may not decide (segregation of duties, 403). One approval makes it approved; a rejection (with a comment) ends it as rejected.",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ApprovalDecisionRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The item after the decision.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImprovementItem"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/improvements/{id}/effect": {
      "get": {
        "operationId": "GetImprovementEffect",
        "tags": [
          "Improvement"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/recordId"
          }
        ],
        "description": "The measured effect of an improvement item in evaluation or closed (§10.3.2): its indicator over the evaluation period (from the month work started, `itsm.improvement.evaluationMonths` months, default 3, or to date) against the baseline and target, month by month, and whether it reached the target and moved the right way. The scope is the item's first entity as a service, else the portal. 409 while the item is not evaluated yet or names no indicator.",
        "responses": {
          "200": {
            "description": "The effect.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ImprovementEffect"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/kpis": {
      "get": {
        "operationId": "GetKpiScorecard",
        "tags": [
          "KPIs"
        ],
        "summary": "The scorecard of every indicator for a month and scope",
        "description": "Each indicator of the catalogue (§10.1.1) for the month, against its target (§10.1.2) and the previous month's figure. A past month is read from its snapshot; the running month is computed now.",
        "parameters": [
          {
            "$ref": "#/components/parameters/KpiPeriod"
          },
          {
            "$ref": "#/components/parameters/KpiGroup"
          },
          {
            "$ref": "#/components/parameters/KpiService"
          }
        ],
        "responses": {
          "200": {
            "description": "The scorecard.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/KpiScorecard"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/kpis/{indicatorId}/series": {
      "get": {
        "operationId": "GetKpiSeries",
        "tags": [
          "KPIs"
        ],
        "summary": "One indicator's monthly figures, oldest first",
        "parameters": [
          {
            "$ref": "#/components/parameters/KpiIndicatorId"
          },
          {
            "name": "months",
            "in": "query",
            "allowReserved": true,
            "description": "How many months back, the running one included (default 12).",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 36
            }
          },
          {
            "$ref": "#/components/parameters/KpiGroup"
          },
          {
            "$ref": "#/components/parameters/KpiService"
          }
        ],
        "responses": {
          "200": {
            "description": "The series.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/KpiSeries"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/kpis/{indicatorId}/breakdown": {
      "get": {
        "operationId": "GetKpiBreakdown",
        "tags": [
          "KPIs"
        ],
        "summary": "One indicator's figure for a month split by group, service, priority, type or model",
        "parameters": [
          {
            "$ref": "#/components/parameters/KpiIndicatorId"
          },
          {
            "name": "by",
            "in": "query",
            "allowReserved": true,
            "required": true,
            "schema": {
              "type": "string",
              "enum": [
                "group",
                "service",
                "priority",
                "type",
                "model"
              ]
            }
          },
          {
            "$ref": "#/components/parameters/KpiPeriod"
          },
          {
            "$ref": "#/components/parameters/KpiGroup"
          },
          {
            "$ref": "#/components/parameters/KpiService"
          }
        ],
        "responses": {
          "200": {
            "description": "The breakdown, worst first.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/KpiBreakdown"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/kpis/{indicatorId}/records": {
      "get": {
        "operationId": "GetKpiRecords",
        "tags": [
          "KPIs"
        ],
        "summary": "The records behind one indicator's figure (the drill-down)",
        "description": "The records the figure was computed from, newest first, of those the caller may read; `hidden` counts the others.",
        "parameters": [
          {
            "$ref": "#/components/parameters/KpiIndicatorId"
          },
          {
            "$ref": "#/components/parameters/KpiPeriod"
          },
          {
            "$ref": "#/components/parameters/KpiGroup"
          },
          {
            "$ref": "#/components/parameters/KpiService"
          },
          {
            "name": "by",
            "in": "query",
            "allowReserved": true,
            "description": "With `key`, only the records of one breakdown row.",
            "schema": {
              "type": "string",
              "enum": [
                "group",
                "service",
                "priority",
                "type",
                "model"
              ]
            }
          },
          {
            "name": "key",
            "in": "query",
            "allowReserved": true,
            "schema": {
              "type": "string",
              "minLength": 1,
              "maxLength": 255
            }
          },
          {
            "name": "cursor",
            "in": "query",
            "allowReserved": true,
            "schema": {
              "type": "string",
              "maxLength": 512
            }
          },
          {
            "name": "limit",
            "in": "query",
            "allowReserved": true,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100
            }
          }
        ],
        "responses": {
          "200": {
            "description": "A page of records.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/KpiRecordPage"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/reports": {
      "get": {
        "operationId": "ListPeriodicReports",
        "tags": [
          "Improvement"
        ],
        "description": "The kept monthly reports, newest period first (at most 200), of one scope or of all; every signed-in user reads them.",
        "parameters": [
          {
            "name": "scope",
            "in": "query",
            "allowReserved": true,
            "description": "`portal`, or a group's or a service's entity ref.",
            "schema": {
              "type": "string",
              "maxLength": 255
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The reports, without their texts.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PeriodicReportList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      },
      "post": {
        "operationId": "CreatePeriodicReport",
        "tags": [
          "Improvement"
        ],
        "description": "Generates the monthly report of a scope and period now (again if it exists: the new text replaces the kept one) and announces it to the recipients (`itsm.improvement.reports.recipients`). Needs `itsm.improvement.manage`; audited (`periodic-report-create`).",
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreatePeriodicReportRequest"
              }
            }
          }
        },
        "responses": {
          "201": {
            "description": "The report.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PeriodicReport"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/reports/{scope}/{period}": {
      "get": {
        "operationId": "GetPeriodicReport",
        "tags": [
          "Improvement"
        ],
        "description": "One monthly report with its Markdown and CSV.",
        "parameters": [
          {
            "name": "scope",
            "in": "path",
            "required": true,
            "description": "`portal`, or an entity ref, URL-encoded.",
            "schema": {
              "type": "string",
              "maxLength": 255
            }
          },
          {
            "name": "period",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "pattern": "^\\d{4}-\\d{2}$"
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The report.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PeriodicReport"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/surveys": {
      "get": {
        "operationId": "ListSurveys",
        "tags": [
          "Improvement"
        ],
        "description": "The satisfaction surveys configured (`itsm.improvement.surveys`) with their questions; for improvement managers (`itsm.improvement.manage`).",
        "responses": {
          "200": {
            "description": "The surveys.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SurveyList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/surveys/invitations": {
      "get": {
        "operationId": "ListSurveyInvitations",
        "tags": [
          "Improvement"
        ],
        "description": "The caller's survey invitations not answered yet, newest first (at most 50). Only one's own: `mine` may be given as `true` and is the only choice.",
        "parameters": [
          {
            "name": "mine",
            "in": "query",
            "allowReserved": true,
            "schema": {
              "type": "string",
              "enum": [
                "true"
              ]
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The open invitations.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SurveyInvitationList"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/surveys/invitations/{id}": {
      "get": {
        "operationId": "GetSurveyInvitation",
        "tags": [
          "Improvement"
        ],
        "description": "One survey invitation with its questions, for its recipient only: anyone else gets 404, as if there were none.",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 64
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The invitation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SurveyInvitation"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/surveys/invitations/{id}/answer": {
      "post": {
        "operationId": "AnswerSurveyInvitation",
        "tags": [
          "Improvement"
        ],
        "description": "Answers the invitation, once (a second answer is a 409), by its recipient only (404 for anyone else). Each answer is checked against its question (a 400 names it, `answers.<id>`). After an incident's closure the overall rating becomes the incident's satisfaction rating when it has none; an overall rating at or below `itsm.improvement.surveys.lowScore` (default 2) tells the incident's assignment group and adds a work note to the incident. Audited (`survey-answer`).",
        "parameters": [
          {
            "name": "id",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 64
            }
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/AnswerSurveyRequest"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The answered invitation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SurveyInvitation"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "409": {
            "$ref": "#/components/responses/Conflict"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/surveys/{surveyId}/results": {
      "get": {
        "operationId": "GetSurveyResults",
        "tags": [
          "Improvement"
        ],
        "description": "A survey's results for a month (§2.3.5): the invitations sent in it and the share answered, each question's mean (a rating's 1-5, a yes/no question's share of yes in percent) over the answers given in it, and their comments (at most 200, newest first). For improvement managers (`itsm.improvement.manage`).",
        "parameters": [
          {
            "name": "surveyId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "maxLength": 64
            }
          },
          {
            "name": "period",
            "in": "query",
            "allowReserved": true,
            "description": "The month, YYYY-MM (UTC); the running one by default.",
            "schema": {
              "type": "string",
              "maxLength": 7
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The results.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SurveyResults"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    },
    "/trainings/plan": {
      "get": {
        "operationId": "GetTrainingPlan",
        "tags": [
          "Improvement"
        ],
        "description": "A group's training plan (§10.2.3): the sessions planned for the group or its members, and those held in the last twelve months, with the group's members (by `memberOf` in the catalog) and which sessions each completed. Only sessions the caller may read.",
        "parameters": [
          {
            "name": "group",
            "in": "query",
            "required": true,
            "allowReserved": true,
            "description": "The group's entity ref, e.g. `group:default/payments-team`.",
            "schema": {
              "type": "string",
              "minLength": 3,
              "maxLength": 255
            }
          }
        ],
        "responses": {
          "200": {
            "description": "The plan.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/TrainingPlan"
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/BadRequest"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "403": {
            "$ref": "#/components/responses/Forbidden"
          },
          "default": {
            "$ref": "#/components/responses/ErrorResponse"
          }
        }
      }
    }
  },
  "components": {
    "parameters": {
      "recordId": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The internal id or the human id (`INC-12`).",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 64
        }
      },
      "entityRef": {
        "name": "entityRef",
        "in": "query",
        "required": false,
        "description": "Only records that affect this catalog entity, e.g. `component:default/payments`.",
        "allowReserved": true,
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 255
        }
      },
      "state": {
        "name": "state",
        "in": "query",
        "allowReserved": true,
        "required": false,
        "description": "Only records in one of these states.",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "maxItems": 20
        }
      },
      "priority": {
        "name": "priority",
        "in": "query",
        "allowReserved": true,
        "required": false,
        "description": "Only records of one of these priorities.",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/Priority"
          },
          "maxItems": 4
        }
      },
      "category": {
        "name": "category",
        "in": "query",
        "allowReserved": true,
        "required": false,
        "description": "Only records of one of these categories.",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/IncidentCategory"
          },
          "maxItems": 10
        }
      },
      "assignee": {
        "name": "assignee",
        "in": "query",
        "required": false,
        "description": "Only records worked by one of these users (entity refs); `me` is the caller.",
        "style": "form",
        "explode": true,
        "allowReserved": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 2,
            "maxLength": 255
          },
          "maxItems": 20
        }
      },
      "assignmentGroup": {
        "name": "assignmentGroup",
        "in": "query",
        "required": false,
        "description": "Only records of one of these groups (entity refs); `mine` is every group of the caller.",
        "style": "form",
        "explode": true,
        "allowReserved": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 3,
            "maxLength": 255
          },
          "maxItems": 20
        }
      },
      "reportedBy": {
        "name": "reportedBy",
        "in": "query",
        "required": false,
        "description": "Only records reported by or for one of these users (entity refs): the reporter, who is the caller when an agent logged the call on their behalf; `me` is the caller (\"My requests\").",
        "style": "form",
        "explode": true,
        "allowReserved": true,
        "schema": {
          "type": "array",
          "items": {
            "type": "string",
            "minLength": 2,
            "maxLength": 255
          },
          "maxItems": 20
        }
      },
      "unassigned": {
        "name": "unassigned",
        "in": "query",
        "allowReserved": true,
        "required": false,
        "description": "Only records nobody works yet (true) or only assigned ones (false).",
        "schema": {
          "type": "boolean"
        }
      },
      "supportTier": {
        "name": "supportTier",
        "in": "query",
        "allowReserved": true,
        "required": false,
        "description": "Only records at one of these tiers.",
        "style": "form",
        "explode": true,
        "schema": {
          "type": "array",
          "items": {
            "$ref": "#/components/schemas/SupportTier"
          },
          "maxItems": 3
        }
      },
      "q": {
        "name": "q",
        "in": "query",
        "allowReserved": true,
        "required": false,
        "description": "Text in the title or description, or a human id (INC-12).",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200
        }
      },
      "sort": {
        "name": "sort",
        "in": "query",
        "allowReserved": true,
        "required": false,
        "description": "`newest` (the default), `priority` (highest first, then oldest first: a working queue) or `updated` (most recently changed first).",
        "schema": {
          "type": "string",
          "enum": [
            "newest",
            "priority",
            "updated"
          ]
        }
      },
      "limit": {
        "name": "limit",
        "in": "query",
        "allowReserved": true,
        "required": false,
        "description": "The page size; at most 100.",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 100
        }
      },
      "cursor": {
        "name": "cursor",
        "in": "query",
        "allowReserved": true,
        "required": false,
        "description": "The `nextCursor` of the previous page.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 512
        }
      },
      "idempotencyKey": {
        "name": "Idempotency-Key",
        "in": "header",
        "required": false,
        "description": "A key unique to this request; repeating it returns the first result.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200
        }
      },
      "KpiIndicatorId": {
        "name": "indicatorId",
        "in": "path",
        "required": true,
        "description": "The id of an indicator of the catalogue, e.g. incident-time-to-resolve.",
        "schema": {
          "type": "string",
          "minLength": 1,
          "maxLength": 64
        }
      },
      "KpiPeriod": {
        "name": "period",
        "in": "query",
        "allowReserved": true,
        "description": "The month, YYYY-MM (UTC); the running month when absent.",
        "schema": {
          "type": "string",
          "pattern": "^\\d{4}-(0[1-9]|1[0-2])$"
        }
      },
      "KpiGroup": {
        "name": "group",
        "in": "query",
        "allowReserved": true,
        "description": "Only the records of this assignment group (a group entity ref).",
        "schema": {
          "type": "string",
          "minLength": 3,
          "maxLength": 255
        }
      },
      "KpiService": {
        "name": "service",
        "in": "query",
        "allowReserved": true,
        "description": "Only the records that affect this catalog entity.",
        "schema": {
          "type": "string",
          "minLength": 3,
          "maxLength": 255
        }
      }
    },
    "responses": {
      "ErrorResponse": {
        "description": "An error, in Backstage's error format.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "BadRequest": {
        "description": "A malformed request: a required field missing, a value that is not allowed, an unknown action. The message starts with the field.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "Unauthorized": {
        "description": "No valid Backstage token.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "Forbidden": {
        "description": "The permission policy, or who may take the move, does not allow the caller.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "NotFound": {
        "description": "No such record (or, where an entity is asked for, no such entity).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      },
      "Conflict": {
        "description": "The record's state forbids the move (not legal from its state, not awaiting approval, an audited release package), or a key is taken; or the request was based on an outdated `version`, and then `current` holds the record as it is now.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/Error"
            }
          }
        }
      }
    },
    "schemas": {
      "Error": {
        "type": "object",
        "required": [
          "error"
        ],
        "properties": {
          "error": {
            "type": "object",
            "required": [
              "name",
              "message"
            ],
            "properties": {
              "name": {
                "type": "string"
              },
              "message": {
                "type": "string"
              }
            }
          },
          "request": {
            "type": "object",
            "properties": {
              "method": {
                "type": "string"
              },
              "url": {
                "type": "string"
              }
            }
          },
          "response": {
            "type": "object",
            "properties": {
              "statusCode": {
                "type": "integer"
              }
            }
          },
          "current": {
            "description": "On 409, the record as it is now.",
            "$ref": "#/components/schemas/Incident"
          }
        }
      },
      "Priority": {
        "type": "string",
        "enum": [
          "P1",
          "P2",
          "P3",
          "P4"
        ]
      },
      "Level": {
        "type": "string",
        "enum": [
          "high",
          "medium",
          "low"
        ]
      },
      "IncidentCategory": {
        "type": "string",
        "enum": [
          "hardware",
          "software",
          "network",
          "service_request",
          "other"
        ]
      },
      "IncidentChannel": {
        "type": "string",
        "enum": [
          "portal",
          "phone",
          "email",
          "chat",
          "monitoring",
          "api"
        ]
      },
      "SupportTier": {
        "type": "string",
        "enum": [
          "L1",
          "L2",
          "L3"
        ]
      },
      "EntityRefs": {
        "type": "array",
        "description": "Catalog entities the record affects, as entity refs (`component:default/payments`).",
        "maxItems": 50,
        "items": {
          "type": "string",
          "minLength": 3,
          "maxLength": 255
        }
      },
      "Incident": {
        "type": "object",
        "required": [
          "id",
          "ref",
          "type",
          "version",
          "state",
          "title",
          "description",
          "priority",
          "entityRefs",
          "createdBy",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The internal id."
          },
          "ref": {
            "type": "string",
            "description": "The human id, e.g. INC-12."
          },
          "type": {
            "type": "string",
            "enum": [
              "incident"
            ]
          },
          "version": {
            "type": "integer",
            "description": "Increases with every change; send it back with a change."
          },
          "state": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "entityRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "resolution": {
            "type": "string"
          },
          "cause": {
            "type": "string"
          },
          "verification": {
            "type": "string"
          },
          "resolvedBy": {
            "type": "string",
            "description": "`monitoring` when an alert's recovery resolved the incident; an agent still has to verify it."
          },
          "holdReason": {
            "type": "string",
            "enum": [
              "caller",
              "vendor",
              "change"
            ]
          },
          "impact": {
            "$ref": "#/components/schemas/Level"
          },
          "urgency": {
            "$ref": "#/components/schemas/Level"
          },
          "priorityReason": {
            "type": "string"
          },
          "category": {
            "$ref": "#/components/schemas/IncidentCategory"
          },
          "channel": {
            "$ref": "#/components/schemas/IncidentChannel"
          },
          "reportedBy": {
            "type": "string"
          },
          "unverifiedSender": {
            "type": "string",
            "description": "Set on an incident opened by mail whose sender the receiving mail server did not authenticate: the address the mail claims, which is not its reporter."
          },
          "occurredAt": {
            "type": "string",
            "format": "date-time"
          },
          "scopeOfImpact": {
            "type": "string"
          },
          "assignmentGroup": {
            "type": "string"
          },
          "assignee": {
            "type": "string"
          },
          "supportTier": {
            "$ref": "#/components/schemas/SupportTier"
          },
          "satisfactionRating": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5,
            "description": "How satisfied the reporter said they were (1-5) when confirming the resolution."
          },
          "feedback": {
            "type": "string",
            "description": "What the reporter said with their rating."
          },
          "plan": {
            "type": "string",
            "description": "The plan a lead set when approving a raise of priority."
          },
          "priorityRequest": {
            "$ref": "#/components/schemas/PriorityRequest"
          },
          "major": {
            "type": "object",
            "description": "Set when the incident was declared a major incident.",
            "required": [
              "declaredBy",
              "declaredAt",
              "reason"
            ],
            "properties": {
              "declaredBy": {
                "type": "string"
              },
              "declaredAt": {
                "type": "string",
                "format": "date-time"
              },
              "reason": {
                "type": "string"
              }
            }
          },
          "review": {
            "$ref": "#/components/schemas/PostIncidentReview"
          },
          "allowed": {
            "$ref": "#/components/schemas/AllowedActions"
          },
          "sla": {
            "$ref": "#/components/schemas/IncidentSlaSummary"
          },
          "createdBy": {
            "type": "string",
            "description": "The entity ref of the user or service that reported it."
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "resolvedAt": {
            "type": "string",
            "format": "date-time"
          },
          "closedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "IncidentSlaSummary": {
        "type": "object",
        "description": "The service level clock a queue shows of an incident under an agreement (`/incidents/{id}/sla` has all of them): the running clock that falls due first, else the paused one with the least time left, else how the restore clock ended. Absent when no clock of the incident has a target. Read for a whole page in one query.",
        "required": [
          "kind",
          "phase",
          "targetMinutes",
          "breached"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "response",
              "restore"
            ]
          },
          "phase": {
            "type": "string",
            "enum": [
              "running",
              "paused",
              "stopped"
            ]
          },
          "targetMinutes": {
            "type": "integer",
            "description": "Working minutes its agreement allows."
          },
          "dueAt": {
            "type": "string",
            "format": "date-time",
            "description": "While it runs, when it falls due."
          },
          "warnAt": {
            "type": "string",
            "format": "date-time",
            "description": "While it runs, when 75% of its target is used."
          },
          "remainingMinutes": {
            "type": "number",
            "description": "While it is paused, the working minutes left of its target (negative when over)."
          },
          "breached": {
            "type": "boolean",
            "description": "Past its target: running past `dueAt`, paused or stopped beyond it, or breached earlier."
          },
          "met": {
            "type": "boolean",
            "description": "Once stopped, whether it stayed within its target."
          }
        }
      },
      "RecordCounts": {
        "type": "object",
        "required": [
          "total",
          "byPriority"
        ],
        "properties": {
          "total": {
            "type": "integer"
          },
          "byPriority": {
            "type": "object",
            "required": [
              "P1",
              "P2",
              "P3",
              "P4"
            ],
            "properties": {
              "P1": {
                "type": "integer"
              },
              "P2": {
                "type": "integer"
              },
              "P3": {
                "type": "integer"
              },
              "P4": {
                "type": "integer"
              }
            }
          }
        }
      },
      "AllowedActions": {
        "type": "object",
        "description": "What the caller may do with the record now, as the permission policy decides: `update` covers field changes, workflow moves and links (the workflow's worker moves); `comment` public replies; `workNote` reading and writing work notes; `respond` the reporter's moves (confirming or rejecting a resolution).",
        "required": [
          "update",
          "comment",
          "workNote",
          "respond"
        ],
        "properties": {
          "update": {
            "type": "boolean"
          },
          "comment": {
            "type": "boolean"
          },
          "workNote": {
            "type": "boolean"
          },
          "respond": {
            "type": "boolean"
          }
        }
      },
      "IncidentPage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Incident"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "CreateIncidentRequest": {
        "type": "object",
        "additionalProperties": false,
        "description": "Give `impact` and `urgency` and the priority follows from the priority matrix; or give `priority` alone. A `priority` that differs from the matrix needs a `priorityReason`. Without `assignmentGroup` the incident goes to the support group of the first affected entity (its `itsm/support-group` annotation, else its owner), or to the service desk.",
        "required": [
          "title",
          "description",
          "entityRefs"
        ],
        "if": {
          "anyOf": [
            {
              "required": [
                "impact"
              ]
            },
            {
              "required": [
                "urgency"
              ]
            }
          ]
        },
        "then": {
          "required": [
            "impact",
            "urgency"
          ]
        },
        "else": {
          "required": [
            "priority"
          ]
        },
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "description": {
            "type": "string",
            "maxLength": 20000
          },
          "entityRefs": {
            "$ref": "#/components/schemas/EntityRefs"
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "impact": {
            "$ref": "#/components/schemas/Level"
          },
          "urgency": {
            "$ref": "#/components/schemas/Level"
          },
          "priorityReason": {
            "type": "string",
            "maxLength": 2000
          },
          "category": {
            "$ref": "#/components/schemas/IncidentCategory"
          },
          "channel": {
            "$ref": "#/components/schemas/IncidentChannel"
          },
          "reportedBy": {
            "type": "string",
            "description": "The user the incident is reported for (an agent logging a call); the caller by default.",
            "minLength": 3,
            "maxLength": 255
          },
          "occurredAt": {
            "type": "string",
            "format": "date-time"
          },
          "scopeOfImpact": {
            "type": "string",
            "maxLength": 2000
          },
          "assignmentGroup": {
            "type": "string",
            "minLength": 3,
            "maxLength": 255
          },
          "assignee": {
            "type": "string",
            "minLength": 3,
            "maxLength": 255
          }
        }
      },
      "UpdateIncidentRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "description": {
            "type": "string",
            "maxLength": 20000
          },
          "entityRefs": {
            "$ref": "#/components/schemas/EntityRefs"
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "category": {
            "$ref": "#/components/schemas/IncidentCategory"
          },
          "assignmentGroup": {
            "type": "string",
            "description": "The group that works the incident from now on (its tier follows).",
            "minLength": 3,
            "maxLength": 255
          },
          "assignee": {
            "type": [
              "string",
              "null"
            ],
            "description": "The user who works the incident from now on; null for nobody.",
            "minLength": 3,
            "maxLength": 255
          }
        }
      },
      "BulkAssignRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "items"
        ],
        "description": "Gives each item to `assignmentGroup` or `assignee` or both.",
        "x-at-least-one-of": [
          "assignmentGroup",
          "assignee"
        ],
        "properties": {
          "items": {
            "type": "array",
            "minItems": 1,
            "maxItems": 100,
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "id",
                "version"
              ],
              "properties": {
                "id": {
                  "type": "string",
                  "minLength": 1,
                  "maxLength": 64
                },
                "version": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 2147483647
                }
              }
            }
          },
          "assignmentGroup": {
            "type": "string",
            "minLength": 3,
            "maxLength": 255
          },
          "assignee": {
            "type": [
              "string",
              "null"
            ],
            "minLength": 3,
            "maxLength": 255
          }
        }
      },
      "BulkAssignResult": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "id",
                "status"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "status": {
                  "type": "integer",
                  "description": "The HTTP status this item would have had alone (200, 400, 403, 404, 409)."
                },
                "incident": {
                  "$ref": "#/components/schemas/Incident"
                },
                "error": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "TransitionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "action",
          "version"
        ],
        "properties": {
          "action": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "assignee": {
            "type": "string",
            "description": "The user who works the incident from now on (accept).",
            "minLength": 3,
            "maxLength": 255
          },
          "category": {
            "$ref": "#/components/schemas/IncidentCategory"
          },
          "holdReason": {
            "type": "string",
            "enum": [
              "caller",
              "vendor",
              "change"
            ]
          },
          "resolution": {
            "type": "string",
            "maxLength": 20000
          },
          "cause": {
            "type": "string",
            "maxLength": 20000
          },
          "verification": {
            "type": "string",
            "maxLength": 20000
          },
          "reason": {
            "type": "string",
            "maxLength": 2000
          },
          "comment": {
            "type": "string",
            "maxLength": 20000
          },
          "rating": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5,
            "description": "The reporter's satisfaction with the resolution (close)."
          },
          "feedback": {
            "type": "string",
            "maxLength": 2000
          }
        }
      },
      "Volume": {
        "type": "object",
        "required": [
          "period",
          "key",
          "count"
        ],
        "properties": {
          "period": {
            "type": "string",
            "description": "The first day of the period (YYYY-MM-DD)."
          },
          "key": {
            "type": "string",
            "description": "The value counted (`none` when absent)."
          },
          "count": {
            "type": "integer"
          }
        }
      },
      "IncidentStatistics": {
        "type": "object",
        "required": [
          "from",
          "to",
          "period",
          "periods",
          "reported",
          "volumes",
          "accepted",
          "resolved",
          "satisfaction"
        ],
        "properties": {
          "from": {
            "type": "string",
            "format": "date-time"
          },
          "to": {
            "type": "string",
            "format": "date-time"
          },
          "period": {
            "type": "string",
            "enum": [
              "day",
              "week",
              "month"
            ]
          },
          "periods": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "reported": {
            "type": "integer"
          },
          "volumes": {
            "type": "object",
            "required": [
              "category",
              "priority",
              "channel",
              "assignmentGroup"
            ],
            "properties": {
              "category": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Volume"
                }
              },
              "priority": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Volume"
                }
              },
              "channel": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Volume"
                }
              },
              "assignmentGroup": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/Volume"
                }
              }
            }
          },
          "accepted": {
            "type": "object",
            "required": [
              "count",
              "meanHours"
            ],
            "properties": {
              "count": {
                "type": "integer"
              },
              "meanHours": {
                "type": [
                  "number",
                  "null"
                ]
              }
            }
          },
          "resolved": {
            "type": "object",
            "required": [
              "count",
              "meanHours",
              "firstContactRate",
              "reopenRate"
            ],
            "properties": {
              "count": {
                "type": "integer"
              },
              "meanHours": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "firstContactRate": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "reopenRate": {
                "type": [
                  "number",
                  "null"
                ]
              }
            }
          },
          "satisfaction": {
            "type": "object",
            "required": [
              "count",
              "average",
              "distribution"
            ],
            "properties": {
              "count": {
                "type": "integer"
              },
              "average": {
                "type": [
                  "number",
                  "null"
                ]
              },
              "distribution": {
                "type": "object",
                "required": [
                  "1",
                  "2",
                  "3",
                  "4",
                  "5"
                ],
                "properties": {
                  "1": {
                    "type": "integer"
                  },
                  "2": {
                    "type": "integer"
                  },
                  "3": {
                    "type": "integer"
                  },
                  "4": {
                    "type": "integer"
                  },
                  "5": {
                    "type": "integer"
                  }
                }
              }
            }
          }
        }
      },
      "ChangeType": {
        "type": "string",
        "enum": [
          "system",
          "business",
          "management",
          "emergency"
        ]
      },
      "ChangeModel": {
        "type": "string",
        "enum": [
          "standard",
          "normal",
          "emergency"
        ]
      },
      "RiskLevel": {
        "type": "string",
        "enum": [
          "low",
          "medium",
          "high"
        ]
      },
      "ChangeWindow": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "start",
          "end"
        ],
        "properties": {
          "start": {
            "type": "string",
            "format": "date-time"
          },
          "end": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ChangePlanStep": {
        "type": "object",
        "required": [
          "title"
        ],
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 500
          },
          "owner": {
            "type": "string",
            "description": "The user or group who carries the step out.",
            "maxLength": 255
          },
          "done": {
            "type": "boolean"
          },
          "doneAt": {
            "type": "string",
            "format": "date-time"
          },
          "doneBy": {
            "type": "string"
          }
        }
      },
      "ChangeRisk": {
        "type": "object",
        "required": [
          "level",
          "computed"
        ],
        "properties": {
          "level": {
            "$ref": "#/components/schemas/RiskLevel"
          },
          "computed": {
            "$ref": "#/components/schemas/RiskLevel"
          },
          "stated": {
            "$ref": "#/components/schemas/RiskLevel"
          },
          "statedReason": {
            "type": "string"
          },
          "score": {
            "type": "number"
          },
          "answers": {
            "type": "object",
            "additionalProperties": {
              "type": "string"
            }
          },
          "preApproved": {
            "type": "boolean",
            "description": "A standard change's risk, set by its template."
          }
        }
      },
      "ApprovalRule": {
        "type": "object",
        "required": [
          "kind"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "all",
              "any",
              "quorum"
            ]
          },
          "count": {
            "type": "integer"
          }
        }
      },
      "ChangeApproval": {
        "type": "object",
        "required": [
          "round",
          "requestedAt",
          "status",
          "groups",
          "decisions"
        ],
        "properties": {
          "round": {
            "type": "integer"
          },
          "requestedAt": {
            "type": "string",
            "format": "date-time"
          },
          "status": {
            "type": "string",
            "enum": [
              "pending",
              "approved",
              "rejected"
            ]
          },
          "groups": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "key",
                "label",
                "rule",
                "approvers"
              ],
              "properties": {
                "key": {
                  "type": "string"
                },
                "label": {
                  "type": "string"
                },
                "rule": {
                  "$ref": "#/components/schemas/ApprovalRule"
                },
                "approvers": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "decisions": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "group",
                "approver",
                "decidedBy",
                "decision",
                "decidedAt"
              ],
              "properties": {
                "group": {
                  "type": "string"
                },
                "approver": {
                  "type": "string"
                },
                "decidedBy": {
                  "type": "string"
                },
                "decision": {
                  "type": "string",
                  "enum": [
                    "approve",
                    "reject"
                  ]
                },
                "comment": {
                  "type": "string"
                },
                "decidedAt": {
                  "type": "string",
                  "format": "date-time"
                }
              }
            }
          },
          "covers": {
            "type": "object",
            "additionalProperties": true,
            "description": "What the approvers decide on, as it was when approval was asked (a change's entities, window, type, model, plans and risk answers; a release's entities, window, version, scope, phases, package and risk answers; a problem's solution plan). While the round is pending or approved the record cannot differ from it."
          },
          "preApproved": {
            "type": "object",
            "required": [
              "template"
            ],
            "description": "A standard change, approved in advance by its template.",
            "properties": {
              "template": {
                "type": "string"
              }
            }
          }
        }
      },
      "ChangeImpact": {
        "type": "object",
        "description": "The impact analysis attached when the change was accepted (§5.2.3).",
        "required": [
          "analysedAt",
          "dependents",
          "dependentCount",
          "stakeholders",
          "openIncidents",
          "truncated"
        ],
        "properties": {
          "analysedAt": {
            "type": "string",
            "format": "date-time"
          },
          "dependents": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "entityRef",
                "title",
                "kind",
                "depth",
                "owners"
              ],
              "properties": {
                "entityRef": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "kind": {
                  "type": "string"
                },
                "depth": {
                  "type": "integer"
                },
                "owners": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "dependentCount": {
            "type": "integer"
          },
          "stakeholders": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "servicesUnderSla": {
            "type": "array",
            "description": "The touched and dependent entities a service level agreement covers, with the agreement (absent on changes assessed before agreements were known).",
            "items": {
              "type": "object",
              "required": [
                "entityRef",
                "agreement"
              ],
              "properties": {
                "entityRef": {
                  "type": "string"
                },
                "agreement": {
                  "type": "object",
                  "required": [
                    "id",
                    "name"
                  ],
                  "properties": {
                    "id": {
                      "type": "string"
                    },
                    "name": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "openIncidents": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "ref",
                "title",
                "priority",
                "entityRefs"
              ],
              "properties": {
                "ref": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "priority": {
                  "type": "string"
                },
                "entityRefs": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                }
              }
            }
          },
          "truncated": {
            "type": "boolean"
          }
        }
      },
      "Change": {
        "type": "object",
        "required": [
          "id",
          "ref",
          "type",
          "version",
          "state",
          "title",
          "description",
          "priority",
          "entityRefs",
          "model",
          "changeType",
          "reportedBy",
          "createdBy",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "ref": {
            "type": "string",
            "description": "The human id, e.g. CHG-12."
          },
          "type": {
            "type": "string",
            "enum": [
              "change"
            ]
          },
          "version": {
            "type": "integer"
          },
          "state": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "entityRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "model": {
            "$ref": "#/components/schemas/ChangeModel"
          },
          "changeType": {
            "$ref": "#/components/schemas/ChangeType"
          },
          "template": {
            "type": "string",
            "description": "The standard change it follows."
          },
          "reason": {
            "type": "string"
          },
          "window": {
            "$ref": "#/components/schemas/ChangeWindow"
          },
          "plan": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ChangePlanStep"
            }
          },
          "backoutPlan": {
            "type": "string"
          },
          "testPlan": {
            "type": "string"
          },
          "risk": {
            "$ref": "#/components/schemas/ChangeRisk"
          },
          "impact": {
            "$ref": "#/components/schemas/ChangeImpact"
          },
          "assessment": {
            "type": "string"
          },
          "approval": {
            "$ref": "#/components/schemas/ChangeApproval"
          },
          "returnedReason": {
            "type": "string",
            "description": "Why it was last returned to its requester."
          },
          "outcome": {
            "type": "string",
            "enum": [
              "successful",
              "successful_with_issues",
              "failed",
              "backed_out"
            ]
          },
          "satisfaction": {
            "type": "string"
          },
          "lessons": {
            "type": "string"
          },
          "submittedAt": {
            "type": "string",
            "format": "date-time"
          },
          "acceptanceDueAt": {
            "type": "string",
            "format": "date-time",
            "description": "When acceptance (§5.2.2) is due."
          },
          "acceptedAt": {
            "type": "string",
            "format": "date-time"
          },
          "assessedAt": {
            "type": "string",
            "format": "date-time"
          },
          "scheduledAt": {
            "type": "string",
            "format": "date-time"
          },
          "startedAt": {
            "type": "string",
            "format": "date-time"
          },
          "completedAt": {
            "type": "string",
            "format": "date-time"
          },
          "reviewedAt": {
            "type": "string",
            "format": "date-time"
          },
          "reviewedBy": {
            "type": "string"
          },
          "causedIncidents": {
            "type": "array",
            "description": "The incidents confirmed as caused by it, when it closed.",
            "items": {
              "type": "string"
            }
          },
          "conflicts": {
            "type": "array",
            "description": "What the window ran into when it was last checked (on submission and on scheduling): freezes, other changes on the same, dependent or depended-on entities at overlapping times, and entities whose maintenance windows it is outside of.",
            "items": {
              "$ref": "#/components/schemas/ChangeConflict"
            }
          },
          "conflictsCheckedAt": {
            "type": "string",
            "format": "date-time"
          },
          "freezeOverride": {
            "type": "object",
            "description": "Who let the change happen in a freeze, why, and which freezes.",
            "required": [
              "justification",
              "by",
              "at",
              "freezes"
            ],
            "properties": {
              "justification": {
                "type": "string"
              },
              "by": {
                "type": "string"
              },
              "at": {
                "type": "string",
                "format": "date-time"
              },
              "freezes": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              }
            }
          },
          "windowProblems": {
            "type": "array",
            "description": "Window annotations of its entities that could not be read.",
            "items": {
              "type": "string"
            }
          },
          "assignmentGroup": {
            "type": "string",
            "description": "The group that works the change (the change managers)."
          },
          "assignee": {
            "type": "string"
          },
          "reportedBy": {
            "type": "string",
            "description": "The requester."
          },
          "allowed": {
            "$ref": "#/components/schemas/AllowedActions"
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "closedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ChangeConflict": {
        "type": "object",
        "required": [
          "kind"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "freeze",
              "overlap",
              "outside-maintenance"
            ]
          },
          "name": {
            "type": "string"
          },
          "source": {
            "type": "string"
          },
          "ref": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "start": {
            "type": "string",
            "format": "date-time"
          },
          "end": {
            "type": "string",
            "format": "date-time"
          },
          "entityRef": {
            "type": "string"
          },
          "entityRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "windows": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "ChangePage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Change"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "CreateChangeRequest": {
        "type": "object",
        "description": "A standard change names its `template`, which brings its type, reason and plans (a `reason` or `plan` given here replaces the template's). A normal or emergency change states its `changeType`, `reason`, `plan`, `backoutPlan`, `testPlan` and `risk`.",
        "additionalProperties": false,
        "required": [
          "title",
          "description",
          "entityRefs",
          "model",
          "window"
        ],
        "if": {
          "required": [
            "model"
          ],
          "properties": {
            "model": {
              "const": "standard"
            }
          }
        },
        "then": {
          "required": [
            "template"
          ]
        },
        "else": {
          "required": [
            "changeType",
            "reason",
            "plan",
            "backoutPlan",
            "testPlan",
            "risk"
          ]
        },
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": {
            "type": "string",
            "maxLength": 20000
          },
          "entityRefs": {
            "$ref": "#/components/schemas/EntityRefs"
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "model": {
            "$ref": "#/components/schemas/ChangeModel"
          },
          "changeType": {
            "$ref": "#/components/schemas/ChangeType"
          },
          "template": {
            "type": "string",
            "maxLength": 200,
            "description": "The standard change to follow (model standard)."
          },
          "reason": {
            "type": "string",
            "maxLength": 20000,
            "description": "Why the change is needed."
          },
          "window": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "start",
              "end"
            ],
            "properties": {
              "start": {
                "type": "string",
                "maxLength": 64
              },
              "end": {
                "type": "string",
                "maxLength": 64
              }
            }
          },
          "plan": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "type": "object",
              "additionalProperties": false,
              "required": [
                "title"
              ],
              "properties": {
                "title": {
                  "type": "string",
                  "maxLength": 500
                },
                "owner": {
                  "type": "string",
                  "maxLength": 255
                }
              }
            }
          },
          "backoutPlan": {
            "type": "string",
            "maxLength": 20000
          },
          "testPlan": {
            "type": "string",
            "maxLength": 20000
          },
          "risk": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "answers"
            ],
            "properties": {
              "answers": {
                "type": "object",
                "additionalProperties": {
                  "type": "string",
                  "maxLength": 100
                }
              },
              "stated": {
                "$ref": "#/components/schemas/RiskLevel"
              },
              "statedReason": {
                "type": "string",
                "maxLength": 2000
              }
            }
          }
        }
      },
      "UpdateChangeRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": {
            "type": "string",
            "maxLength": 20000
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "entityRefs": {
            "$ref": "#/components/schemas/EntityRefs"
          }
        }
      },
      "ChangeTransitionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "action",
          "version"
        ],
        "properties": {
          "action": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "reason": {
            "type": "string",
            "maxLength": 2000,
            "description": "Why it is returned, rejected or cancelled."
          },
          "comment": {
            "type": "string",
            "maxLength": 20000
          },
          "assessment": {
            "type": "string",
            "maxLength": 20000,
            "description": "The assessor's notes (assess)."
          },
          "outcome": {
            "type": "string",
            "maxLength": 64,
            "description": "successful, successful_with_issues, failed or backed_out (close)."
          },
          "satisfaction": {
            "type": "string",
            "maxLength": 8,
            "description": "The business's satisfaction, 1-5 (close after review)."
          },
          "lessons": {
            "type": "string",
            "maxLength": 20000
          },
          "freezeOverride": {
            "type": "string",
            "maxLength": 2000,
            "description": "Why the change must happen in a freeze its window falls in (submit); without it such a change is refused, naming the freeze."
          }
        }
      },
      "Release": {
        "type": "object",
        "required": [
          "id",
          "ref",
          "type",
          "version",
          "state",
          "title",
          "description",
          "priority",
          "entityRefs",
          "entityRef",
          "releaseVersion",
          "versionScheme",
          "goals",
          "phases",
          "contents",
          "reportedBy",
          "createdBy",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "ref": {
            "type": "string",
            "description": "The human id, e.g. REL-12."
          },
          "type": {
            "type": "string",
            "enum": [
              "release"
            ]
          },
          "version": {
            "type": "integer",
            "description": "The record's version, for optimistic concurrency."
          },
          "state": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "entityRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "entityRef": {
            "type": "string",
            "description": "The component or system released."
          },
          "releaseVersion": {
            "type": "string",
            "description": "The version released, e.g. 2.4.1."
          },
          "versionScheme": {
            "type": "string",
            "enum": [
              "semver",
              "calver"
            ]
          },
          "changeRequest": {
            "type": "string",
            "description": "The change request that authorises the release, e.g. CHG-12."
          },
          "goals": {
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "business",
                "optimisation",
                "fix"
              ]
            }
          },
          "modules": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "window": {
            "$ref": "#/components/schemas/ChangeWindow"
          },
          "phases": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "name",
                "status"
              ],
              "properties": {
                "name": {
                  "type": "string"
                },
                "status": {
                  "type": "string",
                  "enum": [
                    "pending",
                    "in_progress",
                    "succeeded",
                    "failed"
                  ]
                },
                "startedAt": {
                  "type": "string",
                  "format": "date-time"
                },
                "finishedAt": {
                  "type": "string",
                  "format": "date-time"
                },
                "note": {
                  "type": "string"
                },
                "by": {
                  "type": "string"
                }
              }
            }
          },
          "risk": {
            "$ref": "#/components/schemas/ChangeRisk"
          },
          "contents": {
            "$ref": "#/components/schemas/ReleaseContents"
          },
          "approval": {
            "$ref": "#/components/schemas/ChangeApproval"
          },
          "returnedReason": {
            "type": "string",
            "description": "Why it was last returned to planned (a rejection)."
          },
          "approvedAt": {
            "type": "string",
            "format": "date-time"
          },
          "verification": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "kind",
                "item",
                "result",
                "by",
                "at"
              ],
              "properties": {
                "kind": {
                  "type": "string",
                  "enum": [
                    "function",
                    "performance",
                    "compatibility"
                  ]
                },
                "item": {
                  "type": "string"
                },
                "result": {
                  "type": "string",
                  "enum": [
                    "pass",
                    "fail"
                  ]
                },
                "evidenceUrl": {
                  "type": "string"
                },
                "by": {
                  "type": "string"
                },
                "at": {
                  "type": "string",
                  "format": "date-time"
                }
              }
            }
          },
          "rolloutOverride": {
            "type": "object",
            "description": "Why the rollout started outside its window or without an approved change request, and what was missing.",
            "required": [
              "reason",
              "gaps",
              "by",
              "at"
            ],
            "properties": {
              "reason": {
                "type": "string"
              },
              "gaps": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "by": {
                "type": "string"
              },
              "at": {
                "type": "string",
                "format": "date-time"
              }
            }
          },
          "audit": {
            "type": "object",
            "description": "The package's audit sign-off; from then on it is immutable.",
            "required": [
              "by",
              "at"
            ],
            "properties": {
              "by": {
                "type": "string"
              },
              "at": {
                "type": "string",
                "format": "date-time"
              },
              "comment": {
                "type": "string"
              }
            }
          },
          "preRelease": {
            "type": "object",
            "description": "The pre-release checks done, by check (environment, backup, notified).",
            "additionalProperties": {
              "type": "object",
              "required": [
                "by",
                "at"
              ],
              "properties": {
                "by": {
                  "type": "string"
                },
                "at": {
                  "type": "string",
                  "format": "date-time"
                }
              }
            }
          },
          "startedAt": {
            "type": "string",
            "format": "date-time"
          },
          "completedAt": {
            "type": "string",
            "format": "date-time"
          },
          "releasedAt": {
            "type": "string",
            "format": "date-time"
          },
          "rolledBackAt": {
            "type": "string",
            "format": "date-time"
          },
          "restoredVersion": {
            "type": [
              "string",
              "null"
            ],
            "description": "The version a rollback made current again (null when none was released before)."
          },
          "outcome": {
            "type": "string"
          },
          "confirmation": {
            "type": "string"
          },
          "reason": {
            "type": "string"
          },
          "assignmentGroup": {
            "type": "string"
          },
          "assignee": {
            "type": "string"
          },
          "reportedBy": {
            "type": "string"
          },
          "allowed": {
            "$ref": "#/components/schemas/AllowedActions"
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "closedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ReleaseArtifact": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "url",
          "checksum"
        ],
        "properties": {
          "name": {
            "type": "string",
            "maxLength": 255
          },
          "url": {
            "type": "string",
            "maxLength": 2000
          },
          "checksum": {
            "type": "string",
            "maxLength": 200,
            "description": "algorithm:hex digest, e.g. sha256:9f86d0..."
          }
        }
      },
      "ReleaseLinkedFile": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "url"
        ],
        "properties": {
          "name": {
            "type": "string",
            "maxLength": 255
          },
          "url": {
            "type": "string",
            "maxLength": 2000
          }
        }
      },
      "ReleaseDocument": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "url"
        ],
        "properties": {
          "title": {
            "type": "string",
            "maxLength": 255
          },
          "url": {
            "type": "string",
            "maxLength": 2000
          }
        }
      },
      "ReleaseContentsInput": {
        "type": "object",
        "additionalProperties": false,
        "description": "A package's contents (§7.2.2).",
        "properties": {
          "artifacts": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/ReleaseArtifact"
            }
          },
          "configurationFiles": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/ReleaseLinkedFile"
            }
          },
          "documents": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/ReleaseDocument"
            }
          },
          "fixes": {
            "type": "array",
            "maxItems": 100,
            "description": "The changes, problems and incidents it fixes, e.g. CHG-4.",
            "items": {
              "type": "string",
              "maxLength": 32
            }
          }
        }
      },
      "ReleaseContents": {
        "type": "object",
        "required": [
          "artifacts",
          "configurationFiles",
          "documents",
          "fixes"
        ],
        "properties": {
          "artifacts": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ReleaseArtifact"
            }
          },
          "configurationFiles": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ReleaseLinkedFile"
            }
          },
          "documents": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ReleaseDocument"
            }
          },
          "fixes": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "RootCause": {
        "type": "object",
        "description": "A 5-whys chain (`whys`, `cause`) or a free-text analysis (`text`).",
        "required": [
          "method"
        ],
        "properties": {
          "method": {
            "type": "string",
            "enum": [
              "five_whys",
              "free_text"
            ]
          },
          "whys": {
            "type": "array",
            "maxItems": 5,
            "items": {
              "type": "string",
              "maxLength": 2000
            }
          },
          "cause": {
            "type": "string",
            "maxLength": 2000
          },
          "text": {
            "type": "string",
            "maxLength": 20000
          }
        }
      },
      "ProblemInvestigation": {
        "type": "object",
        "properties": {
          "logExcerpts": {
            "type": "string"
          },
          "environment": {
            "type": "string"
          },
          "stepsToReproduce": {
            "type": "string"
          },
          "links": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "title",
                "url"
              ],
              "properties": {
                "title": {
                  "type": "string"
                },
                "url": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "Problem": {
        "type": "object",
        "required": [
          "id",
          "ref",
          "type",
          "version",
          "state",
          "title",
          "description",
          "priority",
          "entityRefs",
          "category",
          "knownError",
          "createdBy",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "ref": {
            "type": "string",
            "description": "The human id, e.g. PRB-4."
          },
          "type": {
            "type": "string",
            "enum": [
              "problem"
            ]
          },
          "version": {
            "type": "integer"
          },
          "state": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "entityRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "category": {
            "type": "string",
            "enum": [
              "hardware",
              "software",
              "network",
              "security",
              "configuration",
              "other"
            ]
          },
          "source": {
            "type": "string",
            "enum": [
              "incidents",
              "monitoring",
              "inspection",
              "proactive",
              "manual"
            ]
          },
          "impact": {
            "type": "string"
          },
          "urgency": {
            "type": "string"
          },
          "knownError": {
            "type": "boolean",
            "description": "It has a root cause and a workaround."
          },
          "investigation": {
            "$ref": "#/components/schemas/ProblemInvestigation"
          },
          "rootCause": {
            "$ref": "#/components/schemas/RootCause"
          },
          "workaround": {
            "type": "string"
          },
          "businessImpact": {
            "type": "string"
          },
          "risk": {
            "type": "string"
          },
          "solutionPlan": {
            "type": "object",
            "required": [
              "description",
              "expectedEffect",
              "revision",
              "proposedBy",
              "proposedAt"
            ],
            "properties": {
              "description": {
                "type": "string"
              },
              "estimatedHours": {
                "type": "number"
              },
              "expectedEffect": {
                "type": "string"
              },
              "revision": {
                "type": "integer"
              },
              "proposedBy": {
                "type": "string"
              },
              "proposedAt": {
                "type": "string",
                "format": "date-time"
              }
            }
          },
          "approval": {
            "$ref": "#/components/schemas/ChangeApproval"
          },
          "returnedReason": {
            "type": "string"
          },
          "resolution": {
            "type": "string"
          },
          "verification": {
            "type": "string"
          },
          "changeRequest": {
            "type": "string",
            "description": "The change request that implements the solution, e.g. CHG-7 (§4.3.3)."
          },
          "fixedBy": {
            "type": "string",
            "description": "The change request whose successful closure resolved the problem."
          },
          "failedChangeRequests": {
            "type": "array",
            "description": "Change requests that closed without putting the fix in place.",
            "items": {
              "type": "string"
            }
          },
          "detection": {
            "type": "object",
            "description": "Why proactive detection suggested the problem.",
            "required": [
              "basis",
              "value",
              "incidents",
              "windowHours"
            ],
            "properties": {
              "basis": {
                "type": "string",
                "enum": [
                  "entity",
                  "category"
                ]
              },
              "value": {
                "type": "string"
              },
              "incidents": {
                "type": "integer"
              },
              "windowHours": {
                "type": "number"
              }
            }
          },
          "assignmentGroup": {
            "type": "string"
          },
          "assignee": {
            "type": "string"
          },
          "reportedBy": {
            "type": "string"
          },
          "allowed": {
            "$ref": "#/components/schemas/AllowedActions"
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "resolvedAt": {
            "type": "string",
            "format": "date-time"
          },
          "closedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "KnownErrorList": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "id",
                "ref",
                "title",
                "description",
                "state",
                "priority",
                "category",
                "workaround",
                "entityRefs",
                "updatedAt"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "ref": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "description": {
                  "type": "string"
                },
                "state": {
                  "type": "string"
                },
                "priority": {
                  "$ref": "#/components/schemas/Priority"
                },
                "category": {
                  "type": "string"
                },
                "workaround": {
                  "type": "string"
                },
                "rootCause": {
                  "$ref": "#/components/schemas/RootCause"
                },
                "entityRefs": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "updatedAt": {
                  "type": "string",
                  "format": "date-time"
                }
              }
            }
          }
        }
      },
      "ProblemPage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Problem"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "CreateProblemRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "description",
          "entityRefs",
          "category"
        ],
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": {
            "type": "string",
            "maxLength": 20000
          },
          "entityRefs": {
            "$ref": "#/components/schemas/EntityRefs"
          },
          "category": {
            "type": "string",
            "enum": [
              "hardware",
              "software",
              "network",
              "security",
              "configuration",
              "other"
            ]
          },
          "source": {
            "type": "string",
            "enum": [
              "incidents",
              "monitoring",
              "inspection",
              "proactive",
              "manual"
            ]
          },
          "impact": {
            "type": "string",
            "enum": [
              "high",
              "medium",
              "low"
            ]
          },
          "urgency": {
            "type": "string",
            "enum": [
              "high",
              "medium",
              "low"
            ]
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "incidents": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "type": "string",
              "maxLength": 64
            },
            "description": "The incidents it is seen in, e.g. INC-3."
          }
        }
      },
      "UpdateProblemRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": {
            "type": "string",
            "maxLength": 20000
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "assignee": {
            "type": "string",
            "nullable": true,
            "maxLength": 255
          },
          "assignmentGroup": {
            "type": "string",
            "maxLength": 255
          }
        }
      },
      "ProblemTransitionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "action",
          "version"
        ],
        "properties": {
          "action": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "reason": {
            "type": "string",
            "maxLength": 2000
          },
          "resolution": {
            "type": "string",
            "maxLength": 20000
          },
          "verification": {
            "type": "string",
            "maxLength": 20000
          },
          "solution": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "description": {
                "type": "string",
                "maxLength": 20000
              },
              "estimatedHours": {
                "type": "number",
                "exclusiveMinimum": 0,
                "maximum": 100000
              },
              "expectedEffect": {
                "type": "string",
                "maxLength": 20000
              }
            }
          }
        }
      },
      "ProblemAnalysisRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version"
        ],
        "description": "Records at least one of the investigation, root cause, workaround, business impact or risk.",
        "x-at-least-one-of": [
          "investigation",
          "rootCause",
          "workaround",
          "businessImpact",
          "risk"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "investigation": {
            "type": "object",
            "additionalProperties": false,
            "properties": {
              "logExcerpts": {
                "type": "string",
                "maxLength": 20000
              },
              "environment": {
                "type": "string",
                "maxLength": 20000
              },
              "stepsToReproduce": {
                "type": "string",
                "maxLength": 20000
              },
              "links": {
                "type": "array",
                "maxItems": 20,
                "items": {
                  "type": "object",
                  "additionalProperties": false,
                  "properties": {
                    "title": {
                      "type": "string",
                      "maxLength": 255
                    },
                    "url": {
                      "type": "string",
                      "maxLength": 2000
                    }
                  }
                }
              }
            }
          },
          "rootCause": {
            "$ref": "#/components/schemas/RootCause"
          },
          "workaround": {
            "type": "string",
            "maxLength": 20000
          },
          "businessImpact": {
            "type": "string",
            "maxLength": 20000
          },
          "risk": {
            "type": "string",
            "maxLength": 20000
          }
        }
      },
      "ReleasePage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Release"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "CreateReleaseRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "description",
          "entityRefs",
          "releaseVersion",
          "goals",
          "window",
          "risk"
        ],
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": {
            "type": "string",
            "maxLength": 20000
          },
          "entityRefs": {
            "$ref": "#/components/schemas/EntityRefs"
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "releaseVersion": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "description": "The version to release, e.g. 2.4.1 (semver) or 2026.12.1 (calver)."
          },
          "goals": {
            "type": "array",
            "minItems": 1,
            "maxItems": 3,
            "items": {
              "type": "string",
              "maxLength": 32
            }
          },
          "modules": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "type": "string",
              "maxLength": 255
            }
          },
          "window": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "start",
              "end"
            ],
            "properties": {
              "start": {
                "type": "string",
                "maxLength": 64
              },
              "end": {
                "type": "string",
                "maxLength": 64
              }
            }
          },
          "phases": {
            "type": "array",
            "maxItems": 10,
            "items": {
              "type": "string",
              "maxLength": 64
            }
          },
          "risk": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "answers"
            ],
            "properties": {
              "answers": {
                "type": "object",
                "additionalProperties": {
                  "type": "string",
                  "maxLength": 100
                }
              },
              "stated": {
                "$ref": "#/components/schemas/RiskLevel"
              },
              "statedReason": {
                "type": "string",
                "maxLength": 2000
              }
            }
          },
          "contents": {
            "$ref": "#/components/schemas/ReleaseContentsInput"
          }
        }
      },
      "UpdateReleaseRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": {
            "type": "string",
            "maxLength": 20000
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          }
        }
      },
      "ReleaseTransitionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "action",
          "version"
        ],
        "properties": {
          "action": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "reason": {
            "type": "string",
            "maxLength": 2000,
            "description": "Why it is rolled back or cancelled."
          },
          "comment": {
            "type": "string",
            "maxLength": 20000
          },
          "outcome": {
            "type": "string",
            "maxLength": 64,
            "description": "successful or successful_with_issues (confirm)."
          },
          "confirmation": {
            "type": "string",
            "maxLength": 20000,
            "description": "What the business confirmed (confirm)."
          },
          "rolloutOverride": {
            "type": "string",
            "maxLength": 2000,
            "description": "Why the release must roll out outside its window or without an approved change request (start_rollout); without it such a rollout is refused with 409, naming what is missing."
          }
        }
      },
      "CalendarEvent": {
        "type": "object",
        "required": [
          "kind",
          "id",
          "title",
          "start",
          "end",
          "entityRefs"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "change",
              "release",
              "freeze",
              "maintenance"
            ]
          },
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "start": {
            "type": "string",
            "format": "date-time"
          },
          "end": {
            "type": "string",
            "format": "date-time"
          },
          "entityRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "ref": {
            "type": "string"
          },
          "state": {
            "type": "string"
          },
          "model": {
            "type": "string"
          },
          "risk": {
            "type": "string"
          },
          "source": {
            "type": "string"
          }
        }
      },
      "ChangeCalendar": {
        "type": "object",
        "required": [
          "from",
          "to",
          "events",
          "truncated",
          "problems"
        ],
        "properties": {
          "from": {
            "type": "string",
            "format": "date-time"
          },
          "to": {
            "type": "string",
            "format": "date-time"
          },
          "entityRef": {
            "type": "string"
          },
          "events": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CalendarEvent"
            }
          },
          "truncated": {
            "type": "boolean"
          },
          "problems": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "CalendarFeed": {
        "type": "object",
        "required": [
          "id",
          "owner",
          "createdAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "owner": {
            "type": "string"
          },
          "entityRef": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "lastUsedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "DeploymentDecision": {
        "type": "object",
        "required": [
          "allowed",
          "reason",
          "entityRef",
          "at",
          "freezes"
        ],
        "properties": {
          "allowed": {
            "type": "boolean"
          },
          "reason": {
            "type": "string"
          },
          "entityRef": {
            "type": "string"
          },
          "at": {
            "type": "string",
            "format": "date-time"
          },
          "change": {
            "type": "object",
            "required": [
              "ref",
              "title",
              "window"
            ],
            "properties": {
              "ref": {
                "type": "string"
              },
              "title": {
                "type": "string"
              },
              "window": {
                "$ref": "#/components/schemas/ChangeWindow"
              }
            }
          },
          "freezes": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "name",
                "start",
                "end"
              ],
              "properties": {
                "name": {
                  "type": "string"
                },
                "start": {
                  "type": "string",
                  "format": "date-time"
                },
                "end": {
                  "type": "string",
                  "format": "date-time"
                }
              }
            }
          }
        }
      },
      "CorrelatedRecord": {
        "type": "object",
        "required": [
          "id",
          "ref",
          "type",
          "title",
          "state",
          "priority",
          "createdAt",
          "entityRefs"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "ref": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "state": {
            "type": "string"
          },
          "priority": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "entityRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "window": {
            "$ref": "#/components/schemas/ChangeWindow"
          }
        }
      },
      "Correlation": {
        "type": "object",
        "required": [
          "suggested",
          "confirmed",
          "dismissed"
        ],
        "properties": {
          "suggested": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CorrelatedRecord"
            }
          },
          "confirmed": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CorrelatedRecord"
            }
          },
          "dismissed": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CorrelatedRecord"
            }
          }
        }
      },
      "CorrelationDecisionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "incident",
          "decision"
        ],
        "properties": {
          "incident": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "description": "The incident, e.g. INC-5."
          },
          "decision": {
            "type": "string",
            "enum": [
              "confirm",
              "dismiss"
            ]
          }
        }
      },
      "ChangeStepRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "index",
          "done",
          "version"
        ],
        "properties": {
          "index": {
            "type": "integer",
            "minimum": 0,
            "maximum": 49,
            "description": "The step, counted from 0 (a plan has at most 50)."
          },
          "done": {
            "type": "boolean"
          },
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          }
        }
      },
      "ApprovalDecisionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "decision"
        ],
        "properties": {
          "decision": {
            "type": "string",
            "enum": [
              "approve",
              "reject"
            ]
          },
          "comment": {
            "type": "string",
            "maxLength": 2000,
            "description": "Required to reject."
          }
        }
      },
      "ChangeForm": {
        "type": "object",
        "required": [
          "riskQuestionnaire",
          "standardChanges"
        ],
        "properties": {
          "riskQuestionnaire": {
            "type": "object",
            "required": [
              "questions",
              "thresholds"
            ],
            "properties": {
              "questions": {
                "type": "array",
                "items": {
                  "type": "object",
                  "required": [
                    "id",
                    "text"
                  ],
                  "properties": {
                    "id": {
                      "type": "string"
                    },
                    "text": {
                      "type": "string"
                    },
                    "weight": {
                      "type": "number"
                    },
                    "options": {
                      "type": "array",
                      "items": {
                        "type": "object",
                        "required": [
                          "value",
                          "label",
                          "weight"
                        ],
                        "properties": {
                          "value": {
                            "type": "string"
                          },
                          "label": {
                            "type": "string"
                          },
                          "weight": {
                            "type": "number"
                          }
                        }
                      }
                    }
                  }
                }
              },
              "thresholds": {
                "type": "object",
                "required": [
                  "medium",
                  "high"
                ],
                "properties": {
                  "medium": {
                    "type": "number"
                  },
                  "high": {
                    "type": "number"
                  }
                }
              }
            }
          },
          "standardChanges": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "id",
                "title",
                "description",
                "changeType",
                "plan",
                "backoutPlan",
                "testPlan"
              ],
              "properties": {
                "id": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "description": {
                  "type": "string"
                },
                "changeType": {
                  "$ref": "#/components/schemas/ChangeType"
                },
                "plan": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/ChangePlanStep"
                  }
                },
                "backoutPlan": {
                  "type": "string"
                },
                "testPlan": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "ImpactRelation": {
        "type": "string",
        "description": "How the analysis reached an entity from the previous one. Downstream (what depends on it): the entity depends on the previous one (dependencyOf), consumes it as an API (apiConsumedBy), is an API the previous one provides (providesApi), or contains it (partOf). Upstream (what it relies on): the previous one depends on it (dependsOn), consumes it as an API (consumesApi), is an API it provides (apiProvidedBy), or is one of its parts (hasPart).",
        "enum": [
          "dependencyOf",
          "apiConsumedBy",
          "providesApi",
          "partOf",
          "dependsOn",
          "consumesApi",
          "apiProvidedBy",
          "hasPart"
        ]
      },
      "ImpactedEntity": {
        "type": "object",
        "required": [
          "entityRef",
          "kind",
          "title",
          "ciClass",
          "owners",
          "depth",
          "path"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "kind": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "ciClass": {
            "type": "string",
            "description": "Its configuration item class, e.g. `hardware/server`."
          },
          "owners": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "depth": {
            "type": "integer",
            "description": "0 for the entities the analysis started from."
          },
          "path": {
            "type": "array",
            "description": "The entity refs from a starting entity to this one.",
            "items": {
              "type": "string"
            }
          },
          "relation": {
            "$ref": "#/components/schemas/ImpactRelation"
          }
        }
      },
      "ImpactAnalysis": {
        "type": "object",
        "required": [
          "roots",
          "missing",
          "impacted",
          "edges",
          "stakeholders",
          "maxDepth",
          "truncated"
        ],
        "properties": {
          "roots": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ImpactedEntity"
            }
          },
          "missing": {
            "type": "array",
            "description": "Starting entities the catalog does not have (or the caller cannot see).",
            "items": {
              "type": "string"
            }
          },
          "impacted": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ImpactedEntity"
            }
          },
          "edges": {
            "type": "array",
            "description": "Every relation between two entities of the result.",
            "items": {
              "type": "object",
              "required": [
                "from",
                "to",
                "relation"
              ],
              "properties": {
                "from": {
                  "type": "string"
                },
                "to": {
                  "type": "string"
                },
                "relation": {
                  "$ref": "#/components/schemas/ImpactRelation"
                }
              }
            }
          },
          "stakeholders": {
            "type": "array",
            "description": "The owners of the starting and impacted entities.",
            "items": {
              "type": "string"
            }
          },
          "maxDepth": {
            "type": "integer"
          },
          "truncated": {
            "type": "boolean",
            "description": "Whether more depended on them than the depth or size bound let in."
          }
        }
      },
      "CiItem": {
        "type": "object",
        "required": [
          "entityRef",
          "kind",
          "title",
          "ciClass",
          "classified"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "kind": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "ciClass": {
            "type": "string"
          },
          "classified": {
            "type": "boolean",
            "description": "Whether a rule or the itsm/ci-class annotation gave the class."
          },
          "owner": {
            "type": "string"
          },
          "system": {
            "type": "string"
          },
          "lifecycle": {
            "type": "string"
          },
          "supportGroup": {
            "type": "string"
          },
          "changedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When its tracked fields last changed (or it was first seen)."
          }
        }
      },
      "CiPage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CiItem"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "CiCount": {
        "type": "object",
        "required": [
          "key",
          "count"
        ],
        "properties": {
          "key": {
            "type": "string"
          },
          "count": {
            "type": "integer"
          }
        }
      },
      "CiReport": {
        "type": "object",
        "required": [
          "total",
          "byClass",
          "byOwner",
          "byLifecycle",
          "noOwner",
          "unclassified",
          "noSupportGroup",
          "stale",
          "counts",
          "staleDays"
        ],
        "properties": {
          "total": {
            "type": "integer"
          },
          "byClass": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CiCount"
            }
          },
          "byOwner": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CiCount"
            }
          },
          "byLifecycle": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CiCount"
            }
          },
          "noOwner": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CiItem"
            }
          },
          "unclassified": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CiItem"
            }
          },
          "noSupportGroup": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CiItem"
            }
          },
          "stale": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CiItem"
            }
          },
          "counts": {
            "type": "object",
            "required": [
              "noOwner",
              "unclassified",
              "noSupportGroup",
              "stale"
            ],
            "properties": {
              "noOwner": {
                "type": "integer"
              },
              "unclassified": {
                "type": "integer"
              },
              "noSupportGroup": {
                "type": "integer"
              },
              "stale": {
                "type": "integer"
              }
            }
          },
          "staleDays": {
            "type": "integer"
          }
        }
      },
      "CiChange": {
        "type": "object",
        "required": [
          "id",
          "entityRef",
          "kind",
          "differences",
          "unauthorized",
          "detectedAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "entityRef": {
            "type": "string"
          },
          "entityUid": {
            "type": "string"
          },
          "kind": {
            "type": "string",
            "enum": [
              "added",
              "modified",
              "removed"
            ]
          },
          "differences": {
            "type": "array",
            "description": "The fields that changed, by path (e.g. `spec.owner`); no `before` means added, no `after` removed.",
            "items": {
              "type": "object",
              "required": [
                "path"
              ],
              "properties": {
                "path": {
                  "type": "string"
                },
                "before": {},
                "after": {}
              }
            }
          },
          "sourceLocation": {
            "type": "string",
            "description": "Where the entity came from (its managed-by location)."
          },
          "authorizedBy": {
            "type": "object",
            "description": "The change record in implementation that covered the item.",
            "required": [
              "id",
              "ref"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "ref": {
                "type": "string"
              }
            }
          },
          "unauthorized": {
            "type": "boolean"
          },
          "detectedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "CiChangePage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CiChange"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "PriorityRequest": {
        "type": "object",
        "description": "A raise of priority waiting for the decision of the assignment group's lead.",
        "required": [
          "priority",
          "reason",
          "requestedBy",
          "requestedAt",
          "group",
          "lead"
        ],
        "properties": {
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "reason": {
            "type": "string"
          },
          "requestedBy": {
            "type": "string"
          },
          "requestedAt": {
            "type": "string",
            "format": "date-time"
          },
          "group": {
            "type": "string"
          },
          "lead": {
            "type": "string"
          }
        }
      },
      "PostIncidentReview": {
        "type": "object",
        "required": [
          "summary",
          "impact",
          "timeline",
          "rootCause",
          "followUpActions"
        ],
        "properties": {
          "summary": {
            "type": "string"
          },
          "impact": {
            "type": "string"
          },
          "timeline": {
            "type": "string"
          },
          "rootCause": {
            "type": "string"
          },
          "followUpActions": {
            "type": "string"
          },
          "reviewedBy": {
            "type": "string"
          },
          "reviewedAt": {
            "type": "string",
            "format": "date-time"
          },
          "continuity": {
            "type": "array",
            "description": "The continuity plans invoked for the incident and how their recovery went, as the review found them (see `/incidents/{id}/continuity-plans`).",
            "items": {
              "type": "object",
              "required": [
                "plan",
                "invocationId",
                "invokedAt"
              ],
              "properties": {
                "plan": {
                  "type": "string"
                },
                "invocationId": {
                  "type": "string"
                },
                "invokedAt": {
                  "type": "string",
                  "format": "date-time"
                },
                "recoveredAt": {
                  "type": "string",
                  "format": "date-time"
                },
                "recoveryMinutes": {
                  "type": "integer"
                },
                "rtoMinutes": {
                  "type": "integer"
                },
                "withinRto": {
                  "type": "boolean"
                },
                "dataLossMinutes": {
                  "type": "integer"
                },
                "rpoMinutes": {
                  "type": "integer"
                },
                "withinRpo": {
                  "type": "boolean"
                }
              }
            }
          }
        }
      },
      "EscalationRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version",
          "assignmentGroup",
          "reason"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "assignmentGroup": {
            "type": "string",
            "minLength": 3,
            "maxLength": 255
          },
          "supportTier": {
            "$ref": "#/components/schemas/SupportTier"
          },
          "assignee": {
            "type": "string",
            "minLength": 3,
            "maxLength": 255
          },
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000
          }
        }
      },
      "PriorityRaiseRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version",
          "priority",
          "reason"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000
          }
        }
      },
      "PriorityDecisionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version",
          "decision",
          "comment"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "decision": {
            "type": "string",
            "enum": [
              "approve",
              "reject"
            ]
          },
          "comment": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000
          },
          "assignee": {
            "type": "string",
            "minLength": 3,
            "maxLength": 255
          },
          "plan": {
            "type": "string",
            "maxLength": 20000
          }
        }
      },
      "MajorIncidentRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version",
          "reason"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "reason": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000
          }
        }
      },
      "ReviewRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version",
          "summary",
          "impact",
          "timeline",
          "rootCause",
          "followUpActions"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "summary": {
            "type": "string",
            "minLength": 1,
            "maxLength": 20000
          },
          "impact": {
            "type": "string",
            "minLength": 1,
            "maxLength": 20000
          },
          "timeline": {
            "type": "string",
            "minLength": 1,
            "maxLength": 20000
          },
          "rootCause": {
            "type": "string",
            "minLength": 1,
            "maxLength": 20000
          },
          "followUpActions": {
            "type": "string",
            "minLength": 1,
            "maxLength": 20000
          }
        }
      },
      "CommentVisibility": {
        "type": "string",
        "enum": [
          "public",
          "work_note"
        ],
        "description": "Public replies are seen by everyone who sees the record; work notes only by those who work it."
      },
      "CommentRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "body"
        ],
        "properties": {
          "body": {
            "type": "string",
            "minLength": 1,
            "maxLength": 20000
          },
          "visibility": {
            "$ref": "#/components/schemas/CommentVisibility"
          }
        }
      },
      "TimelineEvent": {
        "type": "object",
        "required": [
          "id",
          "recordId",
          "kind",
          "actor",
          "createdAt",
          "data",
          "visibility"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "recordId": {
            "type": "string"
          },
          "visibility": {
            "$ref": "#/components/schemas/CommentVisibility"
          },
          "kind": {
            "type": "string",
            "enum": [
              "created",
              "transition",
              "updated",
              "comment",
              "linked",
              "escalated",
              "reviewed",
              "approval",
              "sla"
            ]
          },
          "actor": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "data": {
            "type": "object",
            "description": "What changed. `created`: state, priority, entityRefs, the channel it came in by, and reportedBy when it was logged for someone else than its actor (a caller); `transition`: action, from, to; `updated`: changes, a list of field, from and to; `comment`: body; `linked`: kind and target; `escalated`: type (functional, hierarchical, major) and its details; `reviewed`: the post-incident review; `approval`: an approver's decision (decision, comment, groups, outcome); `sla`: a service level clock crossed a threshold (clock, threshold 50, 75 or 100, agreement, priority, dueAt).",
            "additionalProperties": true
          }
        }
      },
      "TimelinePage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TimelineEvent"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "LinkKind": {
        "type": "string",
        "enum": [
          "caused-by",
          "fixes",
          "duplicates",
          "part-of",
          "relates-to"
        ]
      },
      "CreateLinkRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "target",
          "kind"
        ],
        "properties": {
          "target": {
            "type": "string",
            "description": "The human id (INC-3, PRB-2, ...) or internal id of the other record.",
            "minLength": 1,
            "maxLength": 64
          },
          "kind": {
            "$ref": "#/components/schemas/LinkKind"
          }
        }
      },
      "RecordLink": {
        "type": "object",
        "required": [
          "id",
          "kind",
          "source",
          "target",
          "createdBy",
          "createdAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "kind": {
            "$ref": "#/components/schemas/LinkKind"
          },
          "source": {
            "$ref": "#/components/schemas/LinkEnd"
          },
          "target": {
            "$ref": "#/components/schemas/LinkEnd"
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "LinkEnd": {
        "type": "object",
        "required": [
          "id",
          "ref",
          "type",
          "title",
          "state"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "ref": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "state": {
            "type": "string"
          }
        }
      },
      "SlaAgreement": {
        "type": "object",
        "required": [
          "entityRef",
          "id",
          "name",
          "match",
          "objectives"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "id": {
            "type": "string"
          },
          "name": {
            "type": "string"
          },
          "match": {
            "type": "string",
            "enum": [
              "annotation",
              "entity",
              "system",
              "category",
              "default"
            ],
            "description": "The rule by which it applies."
          },
          "satisfactionTarget": {
            "type": "number"
          },
          "objectives": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "priority",
                "calendar"
              ],
              "properties": {
                "priority": {
                  "$ref": "#/components/schemas/Priority"
                },
                "responseMinutes": {
                  "type": "integer"
                },
                "restoreMinutes": {
                  "type": "integer"
                },
                "calendar": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "SlaReview": {
        "type": "object",
        "required": [
          "id",
          "entityRef",
          "agreementId",
          "decision",
          "notes",
          "reviewedBy",
          "reviewedAt",
          "period",
          "figures"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "entityRef": {
            "type": "string"
          },
          "agreementId": {
            "type": "string"
          },
          "decision": {
            "type": "string",
            "enum": [
              "keep",
              "revise",
              "retire"
            ]
          },
          "notes": {
            "type": "string"
          },
          "reviewedBy": {
            "type": "string"
          },
          "reviewedAt": {
            "type": "string",
            "format": "date-time"
          },
          "period": {
            "type": "object",
            "required": [
              "from",
              "to"
            ],
            "properties": {
              "from": {
                "type": "string",
                "format": "date-time"
              },
              "to": {
                "type": "string",
                "format": "date-time"
              }
            }
          },
          "figures": {
            "type": "object",
            "description": "The response and restore outcomes and the satisfaction of the period, as the reviewer saw them.",
            "properties": {
              "response": {
                "$ref": "#/components/schemas/SlaOutcome"
              },
              "restore": {
                "$ref": "#/components/schemas/SlaOutcome"
              },
              "satisfaction": {
                "type": "object",
                "properties": {
                  "rated": {
                    "type": "integer"
                  },
                  "satisfied": {
                    "type": "integer"
                  },
                  "percent": {
                    "type": "number",
                    "nullable": true
                  },
                  "target": {
                    "type": "number"
                  }
                }
              }
            },
            "additionalProperties": true
          }
        }
      },
      "SlaOutcome": {
        "type": "object",
        "required": [
          "met",
          "breached",
          "pending"
        ],
        "properties": {
          "met": {
            "type": "integer"
          },
          "breached": {
            "type": "integer"
          },
          "pending": {
            "type": "integer",
            "description": "Still running within target."
          },
          "percent": {
            "type": "number",
            "nullable": true,
            "description": "Met of met and breached, 0-100; null when none is decided."
          }
        }
      },
      "SlaOutcomeRow": {
        "type": "object",
        "required": [
          "key",
          "met",
          "breached",
          "pending"
        ],
        "properties": {
          "key": {
            "type": "string"
          },
          "met": {
            "type": "integer"
          },
          "breached": {
            "type": "integer"
          },
          "pending": {
            "type": "integer"
          },
          "percent": {
            "type": "number",
            "nullable": true
          }
        }
      },
      "SlaCompliance": {
        "type": "object",
        "required": [
          "overall",
          "byMonth",
          "byService",
          "byGroup",
          "byPriority",
          "byAgreement"
        ],
        "properties": {
          "overall": {
            "$ref": "#/components/schemas/SlaOutcome"
          },
          "byMonth": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SlaOutcomeRow"
            }
          },
          "byService": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SlaOutcomeRow"
            }
          },
          "byGroup": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SlaOutcomeRow"
            }
          },
          "byPriority": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SlaOutcomeRow"
            }
          },
          "byAgreement": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SlaOutcomeRow"
            }
          }
        }
      },
      "SlaDistribution": {
        "type": "array",
        "description": "Stopped clocks by the share of their target they used.",
        "items": {
          "type": "object",
          "required": [
            "bucket",
            "count"
          ],
          "properties": {
            "bucket": {
              "type": "string",
              "enum": [
                "<=25%",
                "<=50%",
                "<=75%",
                "<=100%",
                "<=150%",
                ">150%"
              ]
            },
            "count": {
              "type": "integer"
            }
          }
        }
      },
      "SlaReport": {
        "type": "object",
        "required": [
          "from",
          "to",
          "compliance",
          "distributions",
          "satisfaction",
          "atRisk"
        ],
        "properties": {
          "from": {
            "type": "string",
            "format": "date-time"
          },
          "to": {
            "type": "string",
            "format": "date-time"
          },
          "compliance": {
            "type": "object",
            "required": [
              "response",
              "restore"
            ],
            "properties": {
              "response": {
                "$ref": "#/components/schemas/SlaCompliance"
              },
              "restore": {
                "$ref": "#/components/schemas/SlaCompliance"
              }
            }
          },
          "distributions": {
            "type": "object",
            "required": [
              "response",
              "restore"
            ],
            "properties": {
              "response": {
                "$ref": "#/components/schemas/SlaDistribution"
              },
              "restore": {
                "$ref": "#/components/schemas/SlaDistribution"
              }
            }
          },
          "satisfaction": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "agreement",
                "rated",
                "satisfied"
              ],
              "properties": {
                "agreement": {
                  "type": "object",
                  "required": [
                    "id",
                    "name"
                  ],
                  "properties": {
                    "id": {
                      "type": "string"
                    },
                    "name": {
                      "type": "string"
                    }
                  }
                },
                "target": {
                  "type": "number",
                  "description": "The agreement's target",
                  "percent.": null
                },
                "rated": {
                  "type": "integer"
                },
                "satisfied": {
                  "type": "integer",
                  "description": "Rated 4 or 5."
                },
                "percent": {
                  "type": "number",
                  "nullable": true
                },
                "met": {
                  "type": "boolean",
                  "description": "Whether the target is reached."
                }
              }
            }
          },
          "atRisk": {
            "type": "array",
            "description": "Open incidents whose clock is breached or past 75%, soonest due first (at most 100).",
            "items": {
              "type": "object",
              "required": [
                "ref",
                "title",
                "priority",
                "kind",
                "crossed",
                "breached",
                "agreement"
              ],
              "properties": {
                "ref": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "priority": {
                  "$ref": "#/components/schemas/Priority"
                },
                "assignmentGroup": {
                  "type": "string"
                },
                "kind": {
                  "type": "string",
                  "enum": [
                    "response",
                    "restore"
                  ]
                },
                "crossed": {
                  "type": "integer"
                },
                "breached": {
                  "type": "boolean"
                },
                "onHold": {
                  "type": "boolean"
                },
                "dueAt": {
                  "type": "string",
                  "format": "date-time"
                },
                "breachedAt": {
                  "type": "string",
                  "format": "date-time"
                },
                "agreement": {
                  "type": "string"
                }
              }
            }
          }
        }
      },
      "SlaClockList": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SlaClock"
            }
          }
        }
      },
      "SlaClock": {
        "type": "object",
        "required": [
          "kind",
          "agreement",
          "priority",
          "calendar",
          "targetMinutes",
          "phase",
          "startedAt",
          "elapsedMinutes",
          "crossed",
          "idle"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "response",
              "restore"
            ]
          },
          "agreement": {
            "type": "object",
            "required": [
              "id",
              "name"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "name": {
                "type": "string"
              }
            }
          },
          "priority": {
            "type": "string",
            "description": "The priority whose target it counts against."
          },
          "calendar": {
            "type": "string",
            "description": "The business calendar it counts in (e.g. 24x7)."
          },
          "targetMinutes": {
            "type": "integer",
            "nullable": true,
            "description": "Working minutes; null when the agreement sets none for the priority."
          },
          "phase": {
            "type": "string",
            "enum": [
              "running",
              "paused",
              "stopped"
            ]
          },
          "startedAt": {
            "type": "string",
            "format": "date-time"
          },
          "elapsedMinutes": {
            "type": "number",
            "description": "Working time counted so far."
          },
          "remainingMinutes": {
            "type": "number",
            "description": "Working time left before it is due (negative when overdue)."
          },
          "warn50At": {
            "type": "string",
            "format": "date-time"
          },
          "warn75At": {
            "type": "string",
            "format": "date-time"
          },
          "dueAt": {
            "type": "string",
            "format": "date-time"
          },
          "crossed": {
            "type": "integer",
            "enum": [
              0,
              50,
              75,
              100
            ],
            "description": "The highest threshold announced."
          },
          "breachedAt": {
            "type": "string",
            "format": "date-time"
          },
          "met": {
            "type": "boolean",
            "description": "Once stopped, whether it stayed within its target."
          },
          "idle": {
            "type": "array",
            "description": "The spans it stands or stood.",
            "items": {
              "type": "object",
              "required": [
                "start",
                "reason"
              ],
              "properties": {
                "start": {
                  "type": "string",
                  "format": "date-time"
                },
                "end": {
                  "type": "string",
                  "format": "date-time"
                },
                "reason": {
                  "type": "string",
                  "enum": [
                    "paused",
                    "stopped",
                    "maintenance"
                  ],
                  "description": "On hold, stopped until reopened, or an approved maintenance window of its entities."
                }
              }
            }
          }
        }
      },
      "LinkList": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/RecordLink"
            }
          }
        }
      },
      "IntakeResult": {
        "type": "object",
        "required": [
          "outcome"
        ],
        "properties": {
          "outcome": {
            "type": "string",
            "enum": [
              "created",
              "updated",
              "resolved",
              "reopened",
              "unchanged",
              "ignored",
              "commented",
              "duplicate"
            ]
          },
          "incident": {
            "$ref": "#/components/schemas/Incident"
          }
        }
      },
      "LabelSet": {
        "type": "object",
        "additionalProperties": {
          "type": "string"
        }
      },
      "AlertStatus": {
        "type": "string",
        "enum": [
          "firing",
          "resolved"
        ]
      },
      "AlertmanagerNotification": {
        "type": "object",
        "description": "Alertmanager's webhook notification, version 4: the alerts of one aggregation group. Fields Alertmanager may add later are accepted.",
        "required": [
          "version",
          "groupKey",
          "status",
          "alerts"
        ],
        "properties": {
          "version": {
            "type": "string",
            "enum": [
              "4"
            ]
          },
          "groupKey": {
            "type": "string",
            "minLength": 1,
            "maxLength": 10000
          },
          "truncatedAlerts": {
            "type": "integer",
            "minimum": 0
          },
          "status": {
            "$ref": "#/components/schemas/AlertStatus"
          },
          "receiver": {
            "type": "string"
          },
          "groupLabels": {
            "$ref": "#/components/schemas/LabelSet"
          },
          "commonLabels": {
            "$ref": "#/components/schemas/LabelSet"
          },
          "commonAnnotations": {
            "$ref": "#/components/schemas/LabelSet"
          },
          "externalURL": {
            "type": "string"
          },
          "alerts": {
            "type": "array",
            "minItems": 1,
            "items": {
              "$ref": "#/components/schemas/AlertmanagerAlert"
            }
          }
        }
      },
      "AlertmanagerAlert": {
        "type": "object",
        "required": [
          "status",
          "labels",
          "startsAt",
          "fingerprint"
        ],
        "properties": {
          "status": {
            "$ref": "#/components/schemas/AlertStatus"
          },
          "labels": {
            "$ref": "#/components/schemas/LabelSet"
          },
          "annotations": {
            "$ref": "#/components/schemas/LabelSet"
          },
          "startsAt": {
            "type": "string"
          },
          "endsAt": {
            "type": "string"
          },
          "generatorURL": {
            "type": "string"
          },
          "fingerprint": {
            "type": "string",
            "minLength": 1,
            "maxLength": 128
          }
        }
      },
      "ContinuityRecordBase": {
        "type": "object",
        "description": "What every continuity record shows, as every record does.",
        "required": [
          "id",
          "ref",
          "type",
          "version",
          "state",
          "title",
          "description",
          "priority",
          "entityRefs",
          "createdBy",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "ref": {
            "type": "string",
            "description": "The human id, e.g. RSK-4."
          },
          "type": {
            "type": "string",
            "enum": [
              "risk",
              "impact-analysis",
              "continuity-plan",
              "exercise"
            ]
          },
          "version": {
            "type": "integer"
          },
          "state": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "entityRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "owner": {
            "type": "string",
            "description": "The user or group answerable for it."
          },
          "assignmentGroup": {
            "type": "string"
          },
          "assignee": {
            "type": "string"
          },
          "reportedBy": {
            "type": "string"
          },
          "allowed": {
            "$ref": "#/components/schemas/AllowedActions"
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "resolvedAt": {
            "type": "string",
            "format": "date-time"
          },
          "closedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "RiskPage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Risk"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "RiskTransitionRequest": {
        "$ref": "#/components/schemas/ContinuityTransitionRequest"
      },
      "BusinessImpactAnalysis": {
        "allOf": [
          {
            "$ref": "#/components/schemas/ContinuityRecordBase"
          },
          {
            "type": "object",
            "required": [
              "businessProcesses",
              "impactIntervals",
              "impacts"
            ],
            "properties": {
              "businessProcesses": {
                "type": "array",
                "items": {
                  "type": "string"
                }
              },
              "impactIntervals": {
                "type": "array",
                "description": "The points after an outage starts it is rated at, in minutes.",
                "items": {
                  "type": "integer"
                }
              },
              "impacts": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/ImpactRating"
                }
              },
              "rtoMinutes": {
                "type": "integer"
              },
              "rpoMinutes": {
                "type": "integer"
              },
              "mtpdMinutes": {
                "type": "integer",
                "description": "The first point rated 4 or more in any category."
              },
              "submittedBy": {
                "type": "string"
              },
              "submittedAt": {
                "type": "string",
                "format": "date-time"
              },
              "approvedAt": {
                "type": "string",
                "format": "date-time"
              },
              "reviewDueAt": {
                "type": "string",
                "format": "date-time"
              },
              "returnedReason": {
                "type": "string"
              },
              "approval": {
                "$ref": "#/components/schemas/ChangeApproval"
              }
            }
          }
        ]
      },
      "ImpactRating": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "category",
          "afterMinutes",
          "rating"
        ],
        "properties": {
          "category": {
            "type": "string",
            "enum": [
              "financial",
              "customers",
              "legal",
              "reputation",
              "operations"
            ]
          },
          "afterMinutes": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "rating": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5
          }
        }
      },
      "ImpactAnalysisFacts": {
        "type": "object",
        "required": [
          "entityRef",
          "dependsOn",
          "dependents",
          "outage"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "owner": {
            "type": "string"
          },
          "system": {
            "type": "string"
          },
          "dependsOn": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ImpactedEntity"
            }
          },
          "dependents": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ImpactedEntity"
            }
          },
          "sla": {
            "type": "object",
            "required": [
              "id",
              "name",
              "match"
            ],
            "properties": {
              "id": {
                "type": "string"
              },
              "name": {
                "type": "string"
              },
              "match": {
                "type": "string"
              }
            }
          },
          "outage": {
            "type": "object",
            "required": [
              "since",
              "minutes",
              "incidents"
            ],
            "properties": {
              "since": {
                "type": "string",
                "format": "date-time"
              },
              "minutes": {
                "type": "integer"
              },
              "incidents": {
                "type": "integer"
              }
            }
          }
        }
      },
      "RecoveryObjectiveIssue": {
        "type": "object",
        "required": [
          "kind",
          "entityRef",
          "path",
          "message"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "longer-rto",
              "no-approved-analysis",
              "no-plan"
            ]
          },
          "entityRef": {
            "type": "string"
          },
          "path": {
            "type": "array",
            "description": "From the service to the entity at fault.",
            "items": {
              "type": "string"
            }
          },
          "message": {
            "type": "string"
          },
          "rtoMinutes": {
            "type": "integer"
          },
          "serviceRtoMinutes": {
            "type": "integer"
          },
          "analysisRef": {
            "type": "string"
          }
        }
      },
      "RecoveryObjectivesCheck": {
        "type": "object",
        "required": [
          "entityRef",
          "achievable",
          "issues",
          "issueCount",
          "truncated"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "analysis": {
            "type": "object",
            "required": [
              "ref",
              "state"
            ],
            "properties": {
              "ref": {
                "type": "string"
              },
              "state": {
                "type": "string"
              }
            }
          },
          "rtoMinutes": {
            "type": "integer"
          },
          "rpoMinutes": {
            "type": "integer"
          },
          "mtpdMinutes": {
            "type": "integer"
          },
          "achievable": {
            "type": "boolean"
          },
          "issues": {
            "type": "array",
            "description": "The first issues, nearest first: up to 200 on a service's check, up to `issuesPerService` in the coverage report.",
            "items": {
              "$ref": "#/components/schemas/RecoveryObjectiveIssue"
            }
          },
          "issueCount": {
            "type": "integer",
            "description": "How many issues in all, listed or not."
          },
          "truncated": {
            "type": "boolean",
            "description": "More issues than listed (`issueCount` says how many)."
          }
        }
      },
      "ContinuityCoverageGap": {
        "type": "object",
        "required": [
          "entityRef",
          "reasons",
          "planCovered",
          "gaps"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "reasons": {
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "mtpd",
                "sla"
              ]
            }
          },
          "analysis": {
            "type": "object",
            "required": [
              "ref",
              "state"
            ],
            "properties": {
              "ref": {
                "type": "string"
              },
              "state": {
                "type": "string"
              },
              "mtpdMinutes": {
                "type": "integer"
              }
            }
          },
          "planCovered": {
            "type": "boolean"
          },
          "lastExerciseAt": {
            "type": "string",
            "format": "date-time"
          },
          "gaps": {
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "no-approved-plan",
                "no-recent-exercise"
              ]
            }
          }
        }
      },
      "RecoveryObjectiveCause": {
        "description": "An entity at fault, once: why, the analysed services whose objectives it contradicts, and the shortest path from one of them.",
        "allOf": [
          {
            "$ref": "#/components/schemas/RecoveryObjectiveIssue"
          },
          {
            "type": "object",
            "required": [
              "services"
            ],
            "properties": {
              "services": {
                "type": "integer"
              }
            }
          }
        ]
      },
      "ContinuityCoverageReport": {
        "type": "object",
        "required": [
          "generatedAt",
          "criticalMtpdMinutes",
          "criticalServices",
          "gaps",
          "inconsistent",
          "issuesPerService",
          "causes",
          "graphSource"
        ],
        "properties": {
          "generatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "criticalMtpdMinutes": {
            "type": "integer"
          },
          "criticalServices": {
            "type": "integer"
          },
          "gaps": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ContinuityCoverageGap"
            }
          },
          "inconsistent": {
            "type": "array",
            "description": "Each analysed service whose objectives the graph contradicts, with its `issueCount` and its first `issuesPerService` issues.",
            "items": {
              "$ref": "#/components/schemas/RecoveryObjectivesCheck"
            }
          },
          "issuesPerService": {
            "type": "integer"
          },
          "causes": {
            "type": "array",
            "description": "Every inconsistency at its cause, the most services first.",
            "items": {
              "$ref": "#/components/schemas/RecoveryObjectiveCause"
            }
          },
          "graphSource": {
            "type": "string",
            "enum": [
              "cmdb-index",
              "catalog"
            ],
            "description": "Where the dependency graph was read: the CMDB's index (callers allowed every entity) or the catalog."
          }
        }
      },
      "BusinessImpactAnalysisPage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/BusinessImpactAnalysis"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "CreateBusinessImpactAnalysisRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "description",
          "entityRefs"
        ],
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": {
            "type": "string",
            "maxLength": 20000
          },
          "entityRefs": {
            "$ref": "#/components/schemas/EntityRefs"
          },
          "owner": {
            "type": "string",
            "maxLength": 255
          },
          "businessProcesses": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "type": "string",
              "maxLength": 255
            },
            "description": "The business processes the service serves."
          },
          "impacts": {
            "type": "array",
            "maxItems": 200,
            "items": {
              "$ref": "#/components/schemas/ImpactRating"
            },
            "description": "Impact per category rated 1-5 at the configured points after an outage starts (`itsm.continuity.impactIntervals`)."
          },
          "rtoMinutes": {
            "type": "integer",
            "minimum": 0,
            "maximum": 2147483647,
            "description": "Recovery time objective; at most the MTPD the ratings give."
          },
          "rpoMinutes": {
            "type": "integer",
            "minimum": 0,
            "maximum": 2147483647,
            "description": "Recovery point objective."
          }
        }
      },
      "UpdateBusinessImpactAnalysisRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version"
        ],
        "description": "An edit of a draft analysis: its title and description, and its own fields (null clears the RTO or RPO); the MTPD follows from the ratings and the RTO may not exceed it.",
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": {
            "type": "string",
            "maxLength": 20000
          },
          "businessProcesses": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "type": "string",
              "maxLength": 255
            }
          },
          "impacts": {
            "type": "array",
            "maxItems": 200,
            "items": {
              "$ref": "#/components/schemas/ImpactRating"
            }
          },
          "rtoMinutes": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0,
            "maximum": 2147483647
          },
          "rpoMinutes": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 0,
            "maximum": 2147483647
          }
        }
      },
      "BusinessImpactAnalysisTransitionRequest": {
        "$ref": "#/components/schemas/ContinuityTransitionRequest"
      },
      "ContinuityPlan": {
        "allOf": [
          {
            "$ref": "#/components/schemas/ContinuityRecordBase"
          },
          {
            "$ref": "#/components/schemas/ContinuityPlanOwn"
          }
        ]
      },
      "ContinuityPlanPage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ContinuityPlan"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "CreateContinuityPlanRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "description",
          "entityRefs"
        ],
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": {
            "type": "string",
            "maxLength": 20000
          },
          "entityRefs": {
            "$ref": "#/components/schemas/EntityRefs"
          },
          "owner": {
            "type": "string",
            "maxLength": 255
          }
        }
      },
      "UpdateContinuityPlanRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version"
        ],
        "description": "A plan's title, description and what it covers, in its editable states; its content has its own route (PUT .../content).",
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": {
            "type": "string",
            "maxLength": 20000
          },
          "entityRefs": {
            "$ref": "#/components/schemas/EntityRefs"
          }
        }
      },
      "ContinuityPlanTransitionRequest": {
        "$ref": "#/components/schemas/ContinuityTransitionRequest"
      },
      "ExercisePage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Exercise"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "UpdateExerciseRequest": {
        "$ref": "#/components/schemas/UpdateContinuityRecordRequest"
      },
      "UpdateContinuityRecordRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": {
            "type": "string",
            "maxLength": 20000
          }
        }
      },
      "ContinuityTransitionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "action",
          "version"
        ],
        "properties": {
          "action": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "reason": {
            "type": "string",
            "maxLength": 2000
          },
          "comment": {
            "type": "string",
            "maxLength": 20000
          }
        }
      },
      "ContinuityMeasure": {
        "type": "object",
        "required": [
          "id",
          "phase",
          "title",
          "owner",
          "dueDate"
        ],
        "description": "A measure of the plan (§9.2.2(3)) in one of the four phases of §9.2.3(2), with its owner and due date, tracked to done.",
        "properties": {
          "id": {
            "type": "string"
          },
          "phase": {
            "type": "string",
            "enum": [
              "prevention",
              "detection",
              "response",
              "recovery"
            ]
          },
          "title": {
            "type": "string"
          },
          "owner": {
            "type": "string",
            "description": "A user or group entity ref."
          },
          "dueDate": {
            "type": "string",
            "format": "date"
          },
          "doneBy": {
            "type": "string"
          },
          "doneAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ContinuityMeasureInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "phase",
          "title",
          "owner",
          "dueDate"
        ],
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64,
            "description": "An existing measure's id (keeps its done state); absent for a new one."
          },
          "phase": {
            "type": "string",
            "enum": [
              "prevention",
              "detection",
              "response",
              "recovery"
            ]
          },
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 500
          },
          "owner": {
            "type": "string",
            "minLength": 3,
            "maxLength": 255
          },
          "dueDate": {
            "type": "string",
            "format": "date"
          }
        }
      },
      "ContinuityProcedureStep": {
        "type": "object",
        "required": [
          "id",
          "title",
          "role",
          "expectedMinutes"
        ],
        "description": "One step of the contingency plan and emergency response procedure (§9.2.2(4)), in order.",
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "role": {
            "type": "string"
          },
          "expectedMinutes": {
            "type": "integer"
          },
          "runbookUrl": {
            "type": "string"
          }
        }
      },
      "ContinuityProcedureStepInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "role",
          "expectedMinutes"
        ],
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 500
          },
          "role": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "expectedMinutes": {
            "type": "integer",
            "minimum": 1,
            "maximum": 100000
          },
          "runbookUrl": {
            "type": "string",
            "maxLength": 2000
          }
        }
      },
      "ContinuityActivationCriteria": {
        "type": "object",
        "additionalProperties": false,
        "description": "Which incidents call for the plan: in words, and as rules an incident is checked against (any that holds calls for it).",
        "properties": {
          "text": {
            "type": "string",
            "maxLength": 5000
          },
          "priorityAtOrAbove": {
            "type": "string",
            "enum": [
              "P1",
              "P2",
              "P3",
              "P4"
            ]
          },
          "majorIncident": {
            "type": "boolean"
          },
          "coveredEntityAffected": {
            "type": "boolean"
          }
        }
      },
      "ContinuityResources": {
        "type": "object",
        "additionalProperties": false,
        "description": "The resources and tools the plan needs (§9.2.2(5)).",
        "properties": {
          "entityRefs": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string",
              "minLength": 3,
              "maxLength": 255
            }
          },
          "items": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string",
              "minLength": 1,
              "maxLength": 500
            }
          }
        }
      },
      "ContinuityContact": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "name",
          "reach"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "reach": {
            "type": "string",
            "minLength": 1,
            "maxLength": 500,
            "description": "How to reach them (a phone number, an address)."
          }
        }
      },
      "ContinuityContacts": {
        "type": "object",
        "additionalProperties": false,
        "description": "Who to inform when the plan is invoked.",
        "properties": {
          "refs": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string",
              "minLength": 3,
              "maxLength": 255
            }
          },
          "others": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "$ref": "#/components/schemas/ContinuityContact"
            }
          }
        }
      },
      "ContinuityDrill": {
        "type": "object",
        "required": [
          "id",
          "title",
          "rrule",
          "start"
        ],
        "description": "A recurring exercise of the training and drill schedule (§9.2.2(6)): an iCalendar RRULE from its first date.",
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "kind": {
            "type": "string",
            "enum": [
              "tabletop",
              "walkthrough",
              "simulation",
              "failover",
              "full_interruption"
            ]
          },
          "rrule": {
            "type": "string"
          },
          "start": {
            "type": "string",
            "format": "date-time"
          },
          "nextDates": {
            "type": "array",
            "description": "The next occurrences from now (at most three).",
            "items": {
              "type": "string",
              "format": "date-time"
            }
          }
        }
      },
      "ContinuityDrillInput": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "rrule",
          "start"
        ],
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 500
          },
          "kind": {
            "type": "string",
            "enum": [
              "tabletop",
              "walkthrough",
              "simulation",
              "failover",
              "full_interruption"
            ]
          },
          "rrule": {
            "type": "string",
            "minLength": 1,
            "maxLength": 500,
            "description": "An RRULE value, e.g. `FREQ=MONTHLY;INTERVAL=6`."
          },
          "start": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ContinuityPlanVersionSummary": {
        "type": "object",
        "required": [
          "version",
          "approvedAt",
          "approvedBy"
        ],
        "properties": {
          "version": {
            "type": "integer"
          },
          "approvedAt": {
            "type": "string",
            "format": "date-time"
          },
          "approvedBy": {
            "type": "array",
            "items": {
              "type": "string"
            }
          }
        }
      },
      "ContinuityPlanContent": {
        "type": "object",
        "description": "A plan's content, as approved in a version.",
        "properties": {
          "entityRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "measures": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ContinuityMeasure"
            }
          },
          "procedure": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ContinuityProcedureStep"
            }
          },
          "activation": {
            "$ref": "#/components/schemas/ContinuityActivationCriteria"
          },
          "resources": {
            "$ref": "#/components/schemas/ContinuityResources"
          },
          "contacts": {
            "$ref": "#/components/schemas/ContinuityContacts"
          },
          "schedule": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ContinuityDrill"
            }
          }
        }
      },
      "ContinuityPlanOwn": {
        "allOf": [
          {
            "$ref": "#/components/schemas/ContinuityPlanContent"
          },
          {
            "type": "object",
            "properties": {
              "approval": {
                "$ref": "#/components/schemas/ChangeApproval"
              },
              "returnedReason": {
                "type": "string"
              },
              "submittedBy": {
                "type": "string"
              },
              "contentEditedBy": {
                "type": "string"
              },
              "contentEditedAt": {
                "type": "string",
                "format": "date-time"
              },
              "versions": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/ContinuityPlanVersionSummary"
                }
              }
            }
          }
        ]
      },
      "ContinuityPlanVersion": {
        "allOf": [
          {
            "$ref": "#/components/schemas/ContinuityPlanVersionSummary"
          },
          {
            "type": "object",
            "required": [
              "content"
            ],
            "properties": {
              "content": {
                "$ref": "#/components/schemas/ContinuityPlanContent"
              }
            }
          }
        ]
      },
      "ContinuityPlanVersionList": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ContinuityPlanVersionSummary"
            }
          }
        }
      },
      "ContinuityPlanObjective": {
        "type": "object",
        "required": [
          "entityRef"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "analysis": {
            "type": "string",
            "description": "The approved business impact analysis, e.g. BIA-3."
          },
          "rtoMinutes": {
            "type": "integer"
          },
          "rpoMinutes": {
            "type": "integer"
          },
          "mtpdMinutes": {
            "type": "integer"
          }
        }
      },
      "ContinuityPlanObjectives": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ContinuityPlanObjective"
            }
          }
        }
      },
      "UpdateContinuityPlanContentRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version"
        ],
        "x-at-least-one-of": [
          "measures",
          "procedure",
          "activation",
          "resources",
          "contacts",
          "schedule"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "measures": {
            "type": "array",
            "maxItems": 200,
            "items": {
              "$ref": "#/components/schemas/ContinuityMeasureInput"
            }
          },
          "procedure": {
            "type": "array",
            "maxItems": 200,
            "items": {
              "$ref": "#/components/schemas/ContinuityProcedureStepInput"
            }
          },
          "activation": {
            "$ref": "#/components/schemas/ContinuityActivationCriteria"
          },
          "resources": {
            "$ref": "#/components/schemas/ContinuityResources"
          },
          "contacts": {
            "$ref": "#/components/schemas/ContinuityContacts"
          },
          "schedule": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "$ref": "#/components/schemas/ContinuityDrillInput"
            }
          }
        }
      },
      "TickContinuityMeasureRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version",
          "done"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "done": {
            "type": "boolean"
          }
        }
      },
      "ContinuitySummary": {
        "type": "object",
        "required": [
          "entityRef",
          "plans",
          "covered",
          "flags",
          "objectives"
        ],
        "properties": {
          "entityRef": {
            "type": "string"
          },
          "analysis": {
            "type": "object",
            "description": "Its business impact analysis that is not retired.",
            "required": [
              "ref",
              "state"
            ],
            "properties": {
              "ref": {
                "type": "string"
              },
              "state": {
                "type": "string"
              },
              "rtoMinutes": {
                "type": "integer"
              },
              "rpoMinutes": {
                "type": "integer"
              },
              "mtpdMinutes": {
                "type": "integer"
              },
              "reviewDueAt": {
                "type": "string",
                "format": "date-time"
              }
            }
          },
          "plans": {
            "type": "array",
            "description": "The continuity plans covering it that are not retired.",
            "items": {
              "type": "object",
              "required": [
                "ref",
                "title",
                "state"
              ],
              "properties": {
                "ref": {
                  "type": "string"
                },
                "title": {
                  "type": "string"
                },
                "state": {
                  "type": "string"
                }
              }
            }
          },
          "covered": {
            "type": "boolean",
            "description": "Whether an approved or active plan covers it."
          },
          "lastExercise": {
            "type": "object",
            "description": "Its newest completed exercise.",
            "required": [
              "ref",
              "title",
              "completedAt"
            ],
            "properties": {
              "ref": {
                "type": "string"
              },
              "title": {
                "type": "string"
              },
              "kind": {
                "type": "string"
              },
              "result": {
                "type": "string",
                "enum": [
                  "passed",
                  "passed_with_findings",
                  "failed"
                ]
              },
              "completedAt": {
                "type": "string",
                "format": "date-time"
              }
            }
          },
          "findings": {
            "type": "object",
            "description": "The open findings of its exercises; absent when its exercises record no findings.",
            "required": [
              "open",
              "items"
            ],
            "properties": {
              "open": {
                "type": "integer"
              },
              "items": {
                "type": "array",
                "description": "The first open findings, soonest due first.",
                "items": {
                  "type": "object",
                  "required": [
                    "exerciseRef",
                    "title"
                  ],
                  "properties": {
                    "exerciseRef": {
                      "type": "string"
                    },
                    "title": {
                      "type": "string"
                    },
                    "owner": {
                      "type": "string"
                    },
                    "dueDate": {
                      "type": "string"
                    }
                  }
                }
              }
            }
          },
          "objectives": {
            "type": "object",
            "required": [
              "achievable",
              "issues",
              "truncated"
            ],
            "properties": {
              "achievable": {
                "type": "boolean"
              },
              "issues": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/RecoveryObjectiveIssue"
                }
              },
              "truncated": {
                "type": "boolean"
              }
            }
          },
          "flags": {
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "no-plan",
                "no-recent-exercise",
                "rto-not-achievable"
              ]
            }
          }
        }
      },
      "Exercise": {
        "allOf": [
          {
            "$ref": "#/components/schemas/ContinuityRecordBase"
          },
          {
            "type": "object",
            "required": [
              "kind"
            ],
            "properties": {
              "kind": {
                "type": "string",
                "enum": [
                  "tabletop",
                  "walkthrough",
                  "simulation",
                  "failover",
                  "full_interruption"
                ]
              },
              "result": {
                "type": "string",
                "enum": [
                  "passed",
                  "passed_with_findings",
                  "failed"
                ]
              },
              "plan": {
                "type": "string",
                "description": "The continuity plan exercised, e.g. CP-3 (none when ad hoc)."
              },
              "scope": {
                "type": "string"
              },
              "scenario": {
                "type": "string"
              },
              "participants": {
                "type": "array",
                "items": {
                  "type": "string"
                },
                "description": "Users and groups taking part, as entity refs."
              },
              "plannedStart": {
                "type": "string",
                "format": "date-time"
              },
              "window": {
                "$ref": "#/components/schemas/ChangeWindow"
              },
              "changeRequest": {
                "type": "string",
                "description": "The change request an exercise that interrupts service (failover, full interruption) carries, e.g. CHG-12."
              },
              "startedAt": {
                "type": "string",
                "format": "date-time"
              },
              "objectives": {
                "$ref": "#/components/schemas/RunObjectives"
              },
              "checklist": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/RecoveryRunStep"
                }
              },
              "dataLossMinutes": {
                "type": "integer"
              },
              "measurement": {
                "$ref": "#/components/schemas/RecoveryMeasurement"
              },
              "findings": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/ExerciseFinding"
                }
              }
            }
          }
        ]
      },
      "RunObjectives": {
        "type": "object",
        "description": "The recovery objectives a run is measured against, in minutes: the strictest of the approved business impact analyses of the services its plan covers.",
        "properties": {
          "rtoMinutes": {
            "type": "integer"
          },
          "rpoMinutes": {
            "type": "integer"
          }
        }
      },
      "RecoveryRunStep": {
        "type": "object",
        "required": [
          "id",
          "title",
          "role",
          "expectedMinutes"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "role": {
            "type": "string"
          },
          "expectedMinutes": {
            "type": "number"
          },
          "runbookUrl": {
            "type": "string"
          },
          "startedAt": {
            "type": "string",
            "format": "date-time"
          },
          "doneAt": {
            "type": "string",
            "format": "date-time"
          },
          "by": {
            "type": "string"
          }
        }
      },
      "RecoveryMeasurement": {
        "type": "object",
        "required": [
          "recoveryMinutes",
          "recovered",
          "stepsDone",
          "stepsTotal"
        ],
        "properties": {
          "recoveryMinutes": {
            "type": "integer"
          },
          "recovered": {
            "type": "boolean"
          },
          "stepsDone": {
            "type": "integer"
          },
          "stepsTotal": {
            "type": "integer"
          },
          "rtoMinutes": {
            "type": "integer"
          },
          "rpoMinutes": {
            "type": "integer"
          },
          "rtoRemainingMinutes": {
            "type": "integer"
          },
          "withinRto": {
            "type": "boolean"
          },
          "dataLossMinutes": {
            "type": "integer"
          },
          "withinRpo": {
            "type": "boolean"
          }
        }
      },
      "ExerciseFinding": {
        "type": "object",
        "required": [
          "id",
          "title",
          "owner",
          "dueDate",
          "createdAt",
          "createdBy"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "owner": {
            "type": "string"
          },
          "dueDate": {
            "type": "string",
            "format": "date"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "createdBy": {
            "type": "string"
          },
          "planRevised": {
            "type": "string",
            "description": "The plan this finding sent into revision, e.g. CP-3."
          }
        }
      },
      "ExerciseStepRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version",
          "status"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "status": {
            "type": "string",
            "enum": [
              "started",
              "done"
            ],
            "description": "started stamps its start; done stamps it done (and started, if it was not)."
          }
        }
      },
      "ExerciseFindingRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version",
          "title",
          "owner",
          "dueDate"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 500
          },
          "owner": {
            "type": "string",
            "maxLength": 255,
            "description": "The user or group who deals with it."
          },
          "dueDate": {
            "type": "string",
            "format": "date"
          },
          "revisePlan": {
            "type": "boolean",
            "description": "Sends the exercised plan into revision (approved or active to under revision), with the finding as the reason."
          }
        }
      },
      "ContinuityPlanCovering": {
        "type": "object",
        "required": [
          "ref",
          "title",
          "state",
          "entityRefs",
          "procedure",
          "objectives"
        ],
        "properties": {
          "ref": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "state": {
            "type": "string"
          },
          "entityRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "procedure": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/RecoveryRunStep"
            }
          },
          "objectives": {
            "$ref": "#/components/schemas/RunObjectives"
          }
        }
      },
      "ContinuityInvocation": {
        "type": "object",
        "required": [
          "id",
          "plan",
          "planTitle",
          "invokedAt",
          "invokedBy",
          "steps",
          "objectives"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "plan": {
            "type": "string",
            "description": "The plan invoked, e.g. CP-3."
          },
          "planTitle": {
            "type": "string"
          },
          "invokedAt": {
            "type": "string",
            "format": "date-time"
          },
          "invokedBy": {
            "type": "string"
          },
          "steps": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/RecoveryRunStep"
            }
          },
          "objectives": {
            "$ref": "#/components/schemas/RunObjectives"
          },
          "recoveredAt": {
            "type": "string",
            "format": "date-time"
          },
          "recoveredBy": {
            "type": "string"
          },
          "dataLossMinutes": {
            "type": "integer"
          },
          "measurement": {
            "$ref": "#/components/schemas/RecoveryMeasurement"
          }
        }
      },
      "IncidentContinuity": {
        "type": "object",
        "required": [
          "version",
          "plans",
          "invocations"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "description": "The incident's version, for the next invocation, step or recovery."
          },
          "plans": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ContinuityPlanCovering"
            }
          },
          "invocations": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ContinuityInvocation"
            }
          }
        }
      },
      "ContinuityInvocationRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version",
          "plan"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "plan": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          }
        }
      },
      "ContinuityRecoveryRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "dataLossMinutes": {
            "type": "integer",
            "minimum": 0,
            "maximum": 5256000
          }
        }
      },
      "CreateExerciseRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "description",
          "entityRefs",
          "kind"
        ],
        "description": "An exercise of a plan (`plan`) or ad hoc. One that interrupts service (failover, full interruption) needs its `window` and the change `risk` answers: a change request is raised and submitted for it, so it is on the change calendar and checked against freezes (a freeze answers 409 naming it).",
        "if": {
          "required": [
            "kind"
          ],
          "anyOf": [
            {
              "properties": {
                "kind": {
                  "const": "failover"
                }
              }
            },
            {
              "properties": {
                "kind": {
                  "const": "full_interruption"
                }
              }
            }
          ]
        },
        "then": {
          "required": [
            "window",
            "risk"
          ]
        },
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": {
            "type": "string",
            "maxLength": 20000
          },
          "entityRefs": {
            "$ref": "#/components/schemas/EntityRefs"
          },
          "kind": {
            "type": "string",
            "enum": [
              "tabletop",
              "walkthrough",
              "simulation",
              "failover",
              "full_interruption"
            ]
          },
          "owner": {
            "type": "string",
            "maxLength": 255
          },
          "plan": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "scope": {
            "type": "string",
            "maxLength": 2000
          },
          "scenario": {
            "type": "string",
            "maxLength": 20000
          },
          "participants": {
            "type": "array",
            "maxItems": 100,
            "items": {
              "type": "string",
              "maxLength": 255
            }
          },
          "plannedStart": {
            "type": "string",
            "format": "date-time"
          },
          "window": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "start",
              "end"
            ],
            "properties": {
              "start": {
                "type": "string",
                "maxLength": 64
              },
              "end": {
                "type": "string",
                "maxLength": 64
              }
            }
          },
          "risk": {
            "type": "object",
            "additionalProperties": false,
            "required": [
              "answers"
            ],
            "description": "The answers to the change risk questionnaire.",
            "properties": {
              "answers": {
                "type": "object",
                "additionalProperties": {
                  "type": "string",
                  "maxLength": 100
                }
              },
              "stated": {
                "$ref": "#/components/schemas/RiskLevel"
              },
              "statedReason": {
                "type": "string",
                "maxLength": 2000
              }
            }
          }
        }
      },
      "ExerciseTransitionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "action",
          "version"
        ],
        "properties": {
          "action": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "reason": {
            "type": "string",
            "maxLength": 2000
          },
          "comment": {
            "type": "string",
            "maxLength": 20000
          },
          "result": {
            "type": "string",
            "enum": [
              "passed",
              "passed_with_findings",
              "failed"
            ],
            "description": "How the exercise ended (complete)."
          },
          "dataLossMinutes": {
            "type": "integer",
            "minimum": 0,
            "maximum": 5256000,
            "description": "The data lost in the exercise, in minutes (complete)."
          }
        }
      },
      "RiskRegister": {
        "type": "object",
        "required": [
          "scope",
          "matrix",
          "currency",
          "items",
          "truncated"
        ],
        "properties": {
          "scope": {
            "type": "string"
          },
          "matrix": {
            "type": "array",
            "description": "The levels by likelihood (rows, 1 first) and impact (columns, 1 first).",
            "items": {
              "type": "array",
              "items": {
                "type": "string",
                "enum": [
                  "low",
                  "medium",
                  "high",
                  "critical"
                ]
              }
            }
          },
          "currency": {
            "type": "string"
          },
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Risk"
            }
          },
          "truncated": {
            "type": "boolean",
            "description": "Whether the register holds more risks than were read (2,000)."
          }
        }
      },
      "CreateRiskReportRequest": {
        "type": "object",
        "additionalProperties": false,
        "properties": {
          "scope": {
            "type": "string",
            "maxLength": 255,
            "description": "`all` (the default), or the entity ref of a system or a domain."
          }
        }
      },
      "RiskReportSummary": {
        "type": "object",
        "required": [
          "id",
          "scope",
          "riskCount",
          "generatedBy",
          "generatedAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "scope": {
            "type": "string"
          },
          "riskCount": {
            "type": "integer"
          },
          "generatedBy": {
            "type": "string"
          },
          "generatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "sentTo": {
            "type": "string",
            "description": "The management group it was sent to."
          }
        }
      },
      "RiskReport": {
        "allOf": [
          {
            "$ref": "#/components/schemas/RiskReportSummary"
          },
          {
            "type": "object",
            "required": [
              "markdown",
              "csv"
            ],
            "properties": {
              "markdown": {
                "type": "string"
              },
              "csv": {
                "type": "string"
              }
            }
          }
        ]
      },
      "RiskReportList": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/RiskReportSummary"
            }
          }
        }
      },
      "RiskAssessmentFields": {
        "type": "object",
        "description": "A risk's assessment and treatment (§9.1.3(2), (4)), as far as they are given.",
        "properties": {
          "likelihood": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5,
            "description": "How likely it is to occur, 1 (rare) to 5 (almost certain)."
          },
          "impact": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5,
            "description": "How hard it would hit the services, 1 (negligible) to 5 (severe)."
          },
          "level": {
            "type": "string",
            "enum": [
              "low",
              "medium",
              "high",
              "critical"
            ],
            "description": "The level the configured matrix (`itsm.continuity.riskMatrix`) gives its likelihood and impact; absent until both are rated."
          },
          "singleLossExpectancy": {
            "type": "number",
            "description": "What one occurrence would cost, in `currency`."
          },
          "annualRateOfOccurrence": {
            "type": "number",
            "description": "How many times a year it is expected to occur."
          },
          "annualLossExpectancy": {
            "type": "number",
            "description": "The single loss expectancy times the annual rate of occurrence, when both are given (semi-quantitative)."
          },
          "currency": {
            "type": "string",
            "description": "The currency of the amounts (`itsm.continuity.currency`)."
          },
          "existingControls": {
            "type": "string",
            "description": "The controls already in place."
          },
          "treatment": {
            "type": "string",
            "enum": [
              "accept",
              "reduce",
              "transfer",
              "avoid"
            ]
          },
          "treatmentOwner": {
            "type": "string",
            "description": "The user or group who carries out the treatment."
          },
          "treatmentDueDate": {
            "type": "string",
            "format": "date"
          },
          "reviewDate": {
            "type": "string",
            "format": "date",
            "description": "When the risk is next reviewed."
          }
        }
      },
      "Risk": {
        "allOf": [
          {
            "$ref": "#/components/schemas/ContinuityRecordBase"
          },
          {
            "$ref": "#/components/schemas/RiskAssessmentFields"
          },
          {
            "type": "object",
            "required": [
              "area"
            ],
            "properties": {
              "area": {
                "type": "string",
                "enum": [
                  "hardware",
                  "software",
                  "network",
                  "data",
                  "people",
                  "external"
                ]
              }
            }
          }
        ]
      },
      "CreateRiskRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "description",
          "entityRefs",
          "area"
        ],
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255,
            "description": "The threat, in a line."
          },
          "description": {
            "type": "string",
            "maxLength": 20000
          },
          "entityRefs": {
            "$ref": "#/components/schemas/EntityRefs"
          },
          "area": {
            "type": "string",
            "enum": [
              "hardware",
              "software",
              "network",
              "data",
              "people",
              "external"
            ],
            "description": "The area of §9.1.2 the risk lies in."
          },
          "owner": {
            "type": "string",
            "maxLength": 255,
            "description": "The user or group answerable for the risk."
          },
          "likelihood": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5
          },
          "impact": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5
          },
          "singleLossExpectancy": {
            "type": "number",
            "minimum": 0,
            "maximum": 1000000000000000,
            "description": "What one occurrence would cost, in the configured currency."
          },
          "annualRateOfOccurrence": {
            "type": "number",
            "minimum": 0,
            "maximum": 1000,
            "description": "How many times a year it is expected (0.1 is once in ten years)."
          },
          "existingControls": {
            "type": "string",
            "maxLength": 4000
          },
          "treatment": {
            "type": "string",
            "enum": [
              "accept",
              "reduce",
              "transfer",
              "avoid"
            ]
          },
          "treatmentOwner": {
            "type": "string",
            "maxLength": 255,
            "description": "A user or group entity ref."
          },
          "treatmentDueDate": {
            "type": "string",
            "format": "date"
          },
          "reviewDate": {
            "type": "string",
            "format": "date"
          }
        }
      },
      "UpdateRiskRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version"
        ],
        "description": "An edit of a risk: its threat, description, area, assessment and treatment. A field sent as null is cleared; the level, the annual loss expectancy and the priority (critical P1, high P2, medium P3, low P4) follow, and each change is on the timeline.",
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": {
            "type": "string",
            "maxLength": 20000
          },
          "area": {
            "type": "string",
            "enum": [
              "hardware",
              "software",
              "network",
              "data",
              "people",
              "external"
            ]
          },
          "likelihood": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "maximum": 5
          },
          "impact": {
            "type": [
              "integer",
              "null"
            ],
            "minimum": 1,
            "maximum": 5
          },
          "singleLossExpectancy": {
            "type": [
              "number",
              "null"
            ],
            "minimum": 0,
            "maximum": 1000000000000000
          },
          "annualRateOfOccurrence": {
            "type": [
              "number",
              "null"
            ],
            "minimum": 0,
            "maximum": 1000
          },
          "existingControls": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 4000
          },
          "treatment": {
            "type": [
              "string",
              "null"
            ],
            "enum": [
              "accept",
              "reduce",
              "transfer",
              "avoid",
              null
            ]
          },
          "treatmentOwner": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 255
          },
          "treatmentDueDate": {
            "type": [
              "string",
              "null"
            ],
            "format": "date"
          },
          "reviewDate": {
            "type": [
              "string",
              "null"
            ],
            "format": "date"
          }
        }
      },
      "ImprovementRecordBase": {
        "type": "object",
        "description": "What every continual improvement record shows.",
        "required": [
          "id",
          "ref",
          "type",
          "version",
          "state",
          "title",
          "description",
          "priority",
          "entityRefs",
          "createdBy",
          "createdAt",
          "updatedAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "ref": {
            "type": "string",
            "description": "The human id, e.g. IMP-4."
          },
          "type": {
            "type": "string",
            "enum": [
              "improvement",
              "training"
            ]
          },
          "version": {
            "type": "integer"
          },
          "state": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "entityRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "owner": {
            "type": "string",
            "description": "The user or group answerable for it."
          },
          "assignmentGroup": {
            "type": "string"
          },
          "assignee": {
            "type": "string"
          },
          "reportedBy": {
            "type": "string"
          },
          "allowed": {
            "$ref": "#/components/schemas/AllowedActions"
          },
          "createdBy": {
            "type": "string"
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "resolvedAt": {
            "type": "string",
            "format": "date-time"
          },
          "closedAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "ImprovementSource": {
        "type": "string",
        "enum": [
          "indicator",
          "post-incident-review",
          "problem",
          "change-review",
          "sla-review",
          "exercise-finding",
          "survey",
          "manual"
        ],
        "description": "Where the improvement came from (§10.2.2)."
      },
      "ImprovementItem": {
        "allOf": [
          {
            "$ref": "#/components/schemas/ImprovementRecordBase"
          },
          {
            "type": "object",
            "required": [
              "source"
            ],
            "properties": {
              "source": {
                "$ref": "#/components/schemas/ImprovementSource"
              },
              "sourceRef": {
                "type": "string",
                "description": "The record (PRB-4, EX-2), indicator id or survey answer it came from."
              },
              "expectedBenefit": {
                "type": "string"
              },
              "indicatorId": {
                "type": "string",
                "description": "The indicator of the catalogue it should move."
              },
              "baseline": {
                "type": "number",
                "description": "The indicator's figure when the item was proposed."
              },
              "target": {
                "type": "number",
                "description": "The figure the item should bring the indicator to."
              },
              "dueDate": {
                "type": "string",
                "format": "date"
              },
              "outcome": {
                "type": "string",
                "enum": [
                  "effective",
                  "not_effective"
                ]
              },
              "approval": {
                "$ref": "#/components/schemas/ChangeApproval"
              },
              "returnedReason": {
                "type": "string",
                "description": "Why the item was rejected."
              },
              "approvedAt": {
                "type": "string",
                "format": "date-time"
              },
              "resubmittedBy": {
                "type": "string",
                "description": "Who last resubmitted it for approval (`resubmit`), to change what its approval covers; they do not decide on it."
              },
              "startedAt": {
                "type": "string",
                "format": "date-time",
                "description": "When work started; the evaluation period begins in its month."
              },
              "evaluatingSince": {
                "type": "string",
                "format": "date-time"
              }
            }
          }
        ]
      },
      "ImprovementItemPage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ImprovementItem"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "CreateImprovementItemRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "description",
          "entityRefs"
        ],
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": {
            "type": "string",
            "maxLength": 20000
          },
          "entityRefs": {
            "$ref": "#/components/schemas/EntityRefs"
          },
          "owner": {
            "type": "string",
            "maxLength": 255,
            "description": "The user or group answerable for the item."
          },
          "source": {
            "$ref": "#/components/schemas/ImprovementSource"
          },
          "sourceRef": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "expectedBenefit": {
            "type": "string",
            "maxLength": 2000
          },
          "indicatorId": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "baseline": {
            "type": "number",
            "minimum": -1000000000000,
            "maximum": 1000000000000
          },
          "target": {
            "type": "number",
            "minimum": -1000000000000,
            "maximum": 1000000000000
          },
          "dueDate": {
            "type": "string",
            "format": "date"
          }
        }
      },
      "UpdateImprovementItemRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version"
        ],
        "description": "An edit of an improvement item (§10.2.2): its title, description, owner, expected benefit, indicator with baseline and target, and due date. A field sent as null is cleared; naming a new indicator without a baseline takes its figure of the last complete month. Each change is on the timeline. While the item is proposed, its approval round is asked about the new content; once approved, the fields its approval covers (owner, expected benefit, indicator, baseline, target, due date) answer 409 naming them until it is resubmitted (`resubmit`); the title and description still change.",
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": {
            "type": "string",
            "maxLength": 20000
          },
          "owner": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255,
            "description": "The user or group answerable for the item."
          },
          "expectedBenefit": {
            "type": [
              "string",
              "null"
            ],
            "maxLength": 2000
          },
          "indicatorId": {
            "type": [
              "string",
              "null"
            ],
            "minLength": 1,
            "maxLength": 64
          },
          "baseline": {
            "type": [
              "number",
              "null"
            ],
            "minimum": -1000000000000,
            "maximum": 1000000000000
          },
          "target": {
            "type": [
              "number",
              "null"
            ],
            "minimum": -1000000000000,
            "maximum": 1000000000000
          },
          "dueDate": {
            "type": [
              "string",
              "null"
            ],
            "format": "date"
          }
        }
      },
      "ImprovementItemTransitionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "action",
          "version"
        ],
        "properties": {
          "action": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "reason": {
            "type": "string",
            "maxLength": 2000,
            "description": "Why: on `resume` (back to work) and on `resubmit` (approved or in progress back to proposed, in a new approval round)."
          },
          "comment": {
            "type": "string",
            "maxLength": 20000
          },
          "outcome": {
            "type": "string",
            "enum": [
              "effective",
              "not_effective"
            ]
          },
          "note": {
            "type": "string",
            "maxLength": 20000
          }
        }
      },
      "TrainingSession": {
        "allOf": [
          {
            "$ref": "#/components/schemas/ImprovementRecordBase"
          },
          {
            "type": "object",
            "properties": {
              "process": {
                "type": "string",
                "description": "The process the session trains (§10.2.3)."
              },
              "scheduledAt": {
                "type": "string",
                "format": "date-time"
              },
              "attendees": {
                "type": "array",
                "items": {
                  "type": "string"
                },
                "description": "Users and groups to attend."
              },
              "completedBy": {
                "type": "array",
                "items": {
                  "type": "string"
                },
                "description": "The users who completed it."
              },
              "materials": {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/TrainingMaterial"
                },
                "description": "The runbooks and other material it uses."
              }
            }
          }
        ]
      },
      "TrainingMaterial": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "url"
        ],
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "url": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000,
            "description": "An http(s) address, e.g. a runbook's page."
          }
        }
      },
      "TrainingSessionPage": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TrainingSession"
            }
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "CreateTrainingSessionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "title",
          "description",
          "entityRefs"
        ],
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": {
            "type": "string",
            "maxLength": 20000
          },
          "entityRefs": {
            "$ref": "#/components/schemas/EntityRefs"
          },
          "owner": {
            "type": "string",
            "maxLength": 255
          },
          "process": {
            "type": "string",
            "enum": [
              "service-desk",
              "incidents",
              "problems",
              "changes",
              "configuration",
              "releases",
              "service-levels",
              "continuity",
              "improvement"
            ]
          },
          "scheduledAt": {
            "type": "string",
            "format": "date-time"
          },
          "attendees": {
            "type": "array",
            "maxItems": 500,
            "items": {
              "type": "string",
              "minLength": 3,
              "maxLength": 255
            },
            "description": "Catalog users and groups to attend."
          },
          "materials": {
            "type": "array",
            "maxItems": 50,
            "items": {
              "$ref": "#/components/schemas/TrainingMaterial"
            }
          }
        }
      },
      "UpdateTrainingSessionRequest": {
        "$ref": "#/components/schemas/UpdateImprovementRecordRequest"
      },
      "TrainingSessionTransitionRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "action",
          "version"
        ],
        "properties": {
          "action": {
            "type": "string",
            "minLength": 1,
            "maxLength": 64
          },
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "reason": {
            "type": "string",
            "maxLength": 2000
          },
          "comment": {
            "type": "string",
            "maxLength": 20000
          },
          "completedBy": {
            "type": "array",
            "maxItems": 500,
            "items": {
              "type": "string",
              "minLength": 3,
              "maxLength": 255
            },
            "description": "On `hold`: the users who completed the session, each an attendee or a member of an attendee group."
          }
        }
      },
      "UpdateImprovementRecordRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "version"
        ],
        "properties": {
          "version": {
            "type": "integer",
            "minimum": 1,
            "maximum": 2147483647
          },
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255
          },
          "description": {
            "type": "string",
            "maxLength": 20000
          }
        }
      },
      "ImprovementPlanItem": {
        "type": "object",
        "required": [
          "id",
          "ref",
          "title",
          "state",
          "source"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "ref": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "state": {
            "type": "string"
          },
          "owner": {
            "type": "string"
          },
          "dueDate": {
            "type": "string",
            "format": "date"
          },
          "source": {
            "$ref": "#/components/schemas/ImprovementSource"
          },
          "sourceRef": {
            "type": "string"
          },
          "indicatorId": {
            "type": "string"
          },
          "baseline": {
            "type": "number"
          },
          "target": {
            "type": "number"
          },
          "expectedBenefit": {
            "type": "string"
          }
        }
      },
      "ImprovementPlan": {
        "type": "object",
        "required": [
          "year",
          "quarters",
          "undated"
        ],
        "properties": {
          "year": {
            "type": "integer"
          },
          "quarters": {
            "type": "array",
            "description": "The four quarters, Q1 first, each with its items by due date.",
            "items": {
              "type": "object",
              "required": [
                "quarter",
                "label",
                "items"
              ],
              "properties": {
                "quarter": {
                  "type": "integer",
                  "minimum": 1,
                  "maximum": 4
                },
                "label": {
                  "type": "string",
                  "description": "e.g. Q2 2027"
                },
                "items": {
                  "type": "array",
                  "items": {
                    "$ref": "#/components/schemas/ImprovementPlanItem"
                  }
                }
              }
            }
          },
          "undated": {
            "type": "array",
            "description": "The planned items without a due date.",
            "items": {
              "$ref": "#/components/schemas/ImprovementPlanItem"
            }
          }
        }
      },
      "ImprovementEffect": {
        "type": "object",
        "required": [
          "indicatorId",
          "scope",
          "from",
          "to",
          "value",
          "series",
          "reachedTarget",
          "trend"
        ],
        "properties": {
          "indicatorId": {
            "type": "string"
          },
          "scope": {
            "type": "object",
            "required": [
              "kind"
            ],
            "properties": {
              "kind": {
                "type": "string",
                "enum": [
                  "portal",
                  "service"
                ]
              },
              "ref": {
                "type": "string"
              }
            }
          },
          "from": {
            "type": "string",
            "format": "date-time",
            "description": "When the evaluation period starts (the month work started)."
          },
          "to": {
            "type": "string",
            "format": "date-time",
            "description": "Its end, exclusive (now while it runs)."
          },
          "baseline": {
            "type": "number"
          },
          "target": {
            "type": "number"
          },
          "value": {
            "type": [
              "number",
              "null"
            ],
            "description": "The indicator over the period; null when nothing was measured."
          },
          "sample": {
            "type": "integer"
          },
          "series": {
            "type": "array",
            "items": {
              "type": "object",
              "required": [
                "period",
                "value"
              ],
              "properties": {
                "period": {
                  "type": "string",
                  "description": "YYYY-MM"
                },
                "value": {
                  "type": [
                    "number",
                    "null"
                  ]
                }
              }
            }
          },
          "reachedTarget": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "At or better than the target; null without a target or value."
          },
          "trend": {
            "type": "string",
            "enum": [
              "better",
              "worse",
              "same",
              "unknown"
            ],
            "description": "How the value moved from the baseline, for the indicator's direction."
          }
        }
      },
      "KpiTarget": {
        "type": "object",
        "required": [
          "target"
        ],
        "properties": {
          "target": {
            "type": "number"
          },
          "warning": {
            "type": "number"
          },
          "critical": {
            "type": "number"
          },
          "source": {
            "type": "string",
            "enum": [
              "portal",
              "group",
              "service"
            ],
            "description": "Where the target in force was set."
          }
        }
      },
      "KpiStatus": {
        "type": "string",
        "enum": [
          "met",
          "warning",
          "critical",
          "none"
        ]
      },
      "KpiFigure": {
        "type": "object",
        "required": [
          "indicatorId",
          "value",
          "sample",
          "status",
          "trend"
        ],
        "properties": {
          "indicatorId": {
            "type": "string"
          },
          "value": {
            "type": "number",
            "nullable": true,
            "description": "Null when nothing was measured in the period."
          },
          "numerator": {
            "type": "number"
          },
          "denominator": {
            "type": "number"
          },
          "sample": {
            "type": "integer",
            "description": "How many records are behind the figure."
          },
          "previousValue": {
            "type": "number",
            "nullable": true
          },
          "target": {
            "$ref": "#/components/schemas/KpiTarget"
          },
          "status": {
            "$ref": "#/components/schemas/KpiStatus"
          },
          "missesTarget": {
            "type": "boolean"
          },
          "trend": {
            "type": "string",
            "enum": [
              "better",
              "worse",
              "same",
              "unknown"
            ]
          },
          "source": {
            "type": "string",
            "enum": [
              "snapshot",
              "live"
            ],
            "description": "The month's kept snapshot, or computed now (the running month, or a past one without a snapshot)."
          }
        }
      },
      "KpiScope": {
        "type": "object",
        "required": [
          "kind"
        ],
        "properties": {
          "kind": {
            "type": "string",
            "enum": [
              "portal",
              "group",
              "service"
            ]
          },
          "ref": {
            "type": "string"
          }
        }
      },
      "KpiScorecard": {
        "type": "object",
        "required": [
          "period",
          "previousPeriod",
          "scope",
          "figures"
        ],
        "properties": {
          "period": {
            "type": "string",
            "description": "The month, YYYY-MM."
          },
          "previousPeriod": {
            "type": "string"
          },
          "scope": {
            "$ref": "#/components/schemas/KpiScope"
          },
          "figures": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/KpiFigure"
            }
          }
        }
      },
      "KpiSeriesPoint": {
        "type": "object",
        "required": [
          "period",
          "value",
          "sample",
          "status",
          "source"
        ],
        "properties": {
          "period": {
            "type": "string"
          },
          "value": {
            "type": "number",
            "nullable": true
          },
          "sample": {
            "type": "integer"
          },
          "target": {
            "$ref": "#/components/schemas/KpiTarget"
          },
          "status": {
            "$ref": "#/components/schemas/KpiStatus"
          },
          "source": {
            "type": "string",
            "enum": [
              "snapshot",
              "live"
            ],
            "description": "A kept monthly snapshot, or computed now (the running month)."
          }
        }
      },
      "KpiSeries": {
        "type": "object",
        "required": [
          "indicatorId",
          "scope",
          "points"
        ],
        "properties": {
          "indicatorId": {
            "type": "string"
          },
          "scope": {
            "$ref": "#/components/schemas/KpiScope"
          },
          "points": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/KpiSeriesPoint"
            }
          }
        }
      },
      "KpiBreakdownRow": {
        "type": "object",
        "required": [
          "key",
          "value",
          "sample",
          "status"
        ],
        "properties": {
          "key": {
            "type": "string",
            "description": "The group or entity ref, priority, change type or model."
          },
          "value": {
            "type": "number",
            "nullable": true
          },
          "sample": {
            "type": "integer"
          },
          "target": {
            "$ref": "#/components/schemas/KpiTarget"
          },
          "status": {
            "$ref": "#/components/schemas/KpiStatus"
          }
        }
      },
      "KpiBreakdown": {
        "type": "object",
        "required": [
          "indicatorId",
          "by",
          "period",
          "rows"
        ],
        "properties": {
          "indicatorId": {
            "type": "string"
          },
          "by": {
            "type": "string",
            "enum": [
              "group",
              "service",
              "priority",
              "type",
              "model"
            ]
          },
          "period": {
            "type": "string"
          },
          "rows": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/KpiBreakdownRow"
            }
          }
        }
      },
      "KpiRecord": {
        "type": "object",
        "required": [
          "ref",
          "type",
          "title",
          "state",
          "priority"
        ],
        "properties": {
          "ref": {
            "type": "string"
          },
          "type": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "state": {
            "type": "string"
          },
          "priority": {
            "$ref": "#/components/schemas/Priority"
          },
          "assignmentGroup": {
            "type": "string"
          },
          "entityRefs": {
            "type": "array",
            "items": {
              "type": "string"
            }
          },
          "createdAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "KpiRecordPage": {
        "type": "object",
        "required": [
          "items",
          "hidden"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/KpiRecord"
            }
          },
          "hidden": {
            "type": "integer",
            "description": "Records behind the figure the caller may not read."
          },
          "nextCursor": {
            "type": "string"
          }
        }
      },
      "PeriodicReportSummary": {
        "type": "object",
        "required": [
          "scope",
          "scopeKind",
          "period",
          "generatedAt",
          "generatedBy"
        ],
        "properties": {
          "scope": {
            "type": "string",
            "description": "`portal`, or the group's or service's entity ref."
          },
          "scopeKind": {
            "type": "string",
            "enum": [
              "portal",
              "group",
              "service"
            ]
          },
          "period": {
            "type": "string",
            "description": "The month, YYYY-MM."
          },
          "generatedAt": {
            "type": "string",
            "format": "date-time"
          },
          "generatedBy": {
            "type": "string",
            "description": "The user who asked, or `schedule`."
          }
        }
      },
      "PeriodicReport": {
        "allOf": [
          {
            "$ref": "#/components/schemas/PeriodicReportSummary"
          },
          {
            "type": "object",
            "required": [
              "markdown",
              "csv"
            ],
            "properties": {
              "markdown": {
                "type": "string"
              },
              "csv": {
                "type": "string"
              }
            }
          }
        ]
      },
      "PeriodicReportList": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PeriodicReportSummary"
            }
          }
        }
      },
      "CreatePeriodicReportRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "scope",
          "period"
        ],
        "properties": {
          "scope": {
            "type": "string",
            "minLength": 1,
            "maxLength": 255,
            "description": "`portal`, or a group's or a service's entity ref."
          },
          "period": {
            "type": "string",
            "description": "The month, YYYY-MM; not a month still running.",
            "minLength": 7,
            "maxLength": 7
          }
        }
      },
      "SurveyQuestion": {
        "type": "object",
        "required": [
          "id",
          "text",
          "scale",
          "required"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "text": {
            "type": "string"
          },
          "scale": {
            "type": "string",
            "enum": [
              "rating",
              "yes-no",
              "text"
            ],
            "description": "A rating 1-5, yes or no, or free text."
          },
          "required": {
            "type": "boolean"
          },
          "overall": {
            "type": "boolean",
            "description": "The rating that is the answer's overall rating."
          }
        }
      },
      "Survey": {
        "type": "object",
        "required": [
          "id",
          "title",
          "kind",
          "questions"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "kind": {
            "type": "string",
            "enum": [
              "after-closure",
              "periodic"
            ]
          },
          "questions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SurveyQuestion"
            }
          }
        }
      },
      "SurveyList": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Survey"
            }
          }
        }
      },
      "SurveyInvitation": {
        "type": "object",
        "required": [
          "id",
          "surveyId",
          "title",
          "kind",
          "questions",
          "sentAt"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "surveyId": {
            "type": "string"
          },
          "title": {
            "type": "string"
          },
          "kind": {
            "type": "string",
            "enum": [
              "after-closure",
              "periodic"
            ]
          },
          "recordRef": {
            "type": "string",
            "description": "The closed incident asked about (after closure)."
          },
          "serviceRef": {
            "type": "string",
            "description": "The service asked about (periodic)."
          },
          "questions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SurveyQuestion"
            }
          },
          "sentAt": {
            "type": "string",
            "format": "date-time"
          },
          "answeredAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "SurveyInvitationList": {
        "type": "object",
        "required": [
          "items"
        ],
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SurveyInvitation"
            }
          }
        }
      },
      "AnswerSurveyRequest": {
        "type": "object",
        "additionalProperties": false,
        "required": [
          "answers"
        ],
        "properties": {
          "answers": {
            "type": "object",
            "description": "The answer to each question by its id: a rating a whole number from 1 to 5, yes/no a boolean, text a string.",
            "maxProperties": 50,
            "additionalProperties": {
              "oneOf": [
                {
                  "type": "number"
                },
                {
                  "type": "boolean"
                },
                {
                  "type": "string",
                  "maxLength": 4000
                }
              ]
            }
          }
        }
      },
      "SurveyQuestionResult": {
        "type": "object",
        "required": [
          "id",
          "text",
          "scale",
          "count",
          "mean"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "text": {
            "type": "string"
          },
          "scale": {
            "type": "string",
            "enum": [
              "rating",
              "yes-no",
              "text"
            ]
          },
          "count": {
            "type": "integer",
            "description": "How many answered it."
          },
          "mean": {
            "type": "number",
            "nullable": true,
            "description": "A rating's mean (1-5), a yes/no question's share of yes (percent); null for text or when nobody answered."
          }
        }
      },
      "SurveyComment": {
        "type": "object",
        "required": [
          "invitationId",
          "questionId",
          "text",
          "answeredAt"
        ],
        "properties": {
          "invitationId": {
            "type": "string"
          },
          "questionId": {
            "type": "string"
          },
          "text": {
            "type": "string"
          },
          "overallRating": {
            "type": "integer"
          },
          "recordRef": {
            "type": "string"
          },
          "serviceRef": {
            "type": "string"
          },
          "answeredAt": {
            "type": "string",
            "format": "date-time"
          }
        }
      },
      "SurveyResults": {
        "type": "object",
        "required": [
          "survey",
          "period",
          "sent",
          "answered",
          "responseRate",
          "overallMean",
          "questions",
          "comments"
        ],
        "properties": {
          "survey": {
            "$ref": "#/components/schemas/Survey"
          },
          "period": {
            "type": "string"
          },
          "sent": {
            "type": "integer",
            "description": "Invitations sent in the month."
          },
          "answered": {
            "type": "integer",
            "description": "Of those, how many are answered."
          },
          "responseRate": {
            "type": "number",
            "nullable": true,
            "description": "Answered over sent, percent; null when none was sent."
          },
          "overallMean": {
            "type": "number",
            "nullable": true,
            "description": "The mean overall rating of the answers given in the month."
          },
          "questions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SurveyQuestionResult"
            }
          },
          "comments": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/SurveyComment"
            }
          }
        }
      },
      "TrainingPlan": {
        "type": "object",
        "required": [
          "group",
          "since",
          "sessions",
          "members"
        ],
        "properties": {
          "group": {
            "type": "string"
          },
          "since": {
            "type": "string",
            "format": "date-time",
            "description": "Held sessions count from here (twelve months back)."
          },
          "sessions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TrainingSession"
            },
            "description": "Planned sessions first (soonest first), then held ones (newest first)."
          },
          "members": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TrainingPlanMember"
            }
          }
        }
      },
      "TrainingPlanMember": {
        "type": "object",
        "required": [
          "userRef",
          "completed",
          "processes"
        ],
        "properties": {
          "userRef": {
            "type": "string"
          },
          "completed": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "The refs of the held sessions the member completed."
          },
          "processes": {
            "type": "array",
            "items": {
              "type": "string"
            },
            "description": "The processes the member was trained on."
          }
        }
      }
    }
  }
} as const;
