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
      "name": "Intake"
    },
    {
      "name": "Health"
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
        "description": "Incidents, newest first, one page at a time. `nextCursor` is absent on the last page.",
        "parameters": [
          {
            "$ref": "#/components/parameters/entityRef"
          },
          {
            "$ref": "#/components/parameters/state"
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
      "limit": {
        "name": "limit",
        "in": "query",
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
          "allowed": {
            "$ref": "#/components/schemas/AllowedActions"
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
        "description": "What the caller may do with the record now, as the permission policy decides: `update` covers field changes, workflow moves and links.",
        "required": [
          "update",
          "comment"
        ],
        "properties": {
          "update": {
            "type": "boolean"
          },
          "comment": {
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
            "minimum": 1
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
            "minimum": 1
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
          }
        }
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
          "data"
        ],
        "properties": {
          "id": {
            "type": "string"
          },
          "recordId": {
            "type": "string"
          },
          "kind": {
            "type": "string",
            "enum": [
              "created",
              "transition",
              "updated",
              "comment",
              "linked"
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
            "description": "What changed. `transition`: action, from, to; `updated`: changes, a list of field, from and to; `comment`: body; `linked`: kind and target.",
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
      }
    }
  }
} as const;
