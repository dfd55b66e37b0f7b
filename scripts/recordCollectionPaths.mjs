// The paths of a record type served by the shared record routes
// (plugins/itsm-backend/src/core/router/mountRecordRoutes.ts): list,
// create, get, patch, transitions, timeline, comments and links, written
// from one template so every such type's contract says the same.
//
// A collection names its path, tag, the record in words and its schemas:
//   { path: /risks, tag: Continuity, name: Risk, plural: Risks,
//     one: risk, many: risks, createDescription: ... }
// and the part declares the schemas `<name>`, `<name>Page`,
// `Create<name>Request`, `Update<name>Request` and
// `<name>TransitionRequest`.

const ref = name => ({ $ref: `#/components/schemas/${name}` });
const param = name => ({ $ref: `#/components/parameters/${name}` });
const response = name => ({ $ref: `#/components/responses/${name}` });
const json = (description, schema) => ({
  description,
  content: { 'application/json': { schema: ref(schema) } },
});
const body = schema => ({
  required: true,
  content: { 'application/json': { schema: ref(schema) } },
});

/** The error answers of an operation, by status. */
function errors(...statuses) {
  const names = {
    400: 'BadRequest',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'NotFound',
    409: 'Conflict',
  };
  return Object.fromEntries([
    ...statuses.map(status => [String(status), response(names[status])]),
    ['default', response('ErrorResponse')],
  ]);
}

/** The nine operations of one record collection, by path. */
export function recordCollectionPaths(collection) {
  const { path, tag, name, plural, one, many } = collection;
  const tags = [tag];
  const id = param('recordId');
  return {
    [path]: {
      get: {
        operationId: `List${plural}`,
        tags,
        description: `${capitalize(
          many,
        )}, one page at a time, newest first unless \`sort\` says otherwise; the filters combine (all must hold).`,
        parameters: [
          'entityRef',
          'state',
          'priority',
          'assignee',
          'assignmentGroup',
          'q',
          'sort',
          'limit',
          'cursor',
        ].map(param),
        responses: {
          200: json(`One page of ${many}.`, `${name}Page`),
          ...errors(400, 401, 403),
        },
      },
      post: {
        operationId: `Create${name}`,
        tags,
        description: `${collection.createDescription.trim()} With an \`Idempotency-Key\` header, repeating the request returns the record the first one made (status 200).`,
        parameters: [param('idempotencyKey')],
        requestBody: body(`Create${name}Request`),
        responses: {
          201: json(`The ${one} that was made.`, name),
          200: json(
            `The ${one} an earlier request with the same Idempotency-Key made.`,
            name,
          ),
          ...errors(400, 401, 403, 409),
        },
      },
    },
    [`${path}/{id}`]: {
      get: {
        operationId: `Get${name}`,
        tags,
        parameters: [id],
        responses: {
          200: json(`The ${one}.`, name),
          ...errors(400, 401, 403, 404),
        },
      },
      patch: {
        operationId: `Update${name}`,
        tags,
        parameters: [id],
        description: `Changes fields of the ${one}. \`version\` is the version the edit was based on; when someone else changed the ${one} since, the answer is 409 with the current record in \`current\`.`,
        requestBody: body(`Update${name}Request`),
        responses: {
          200: json(`The ${one} after the edit.`, name),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    [`${path}/{id}/transitions`]: {
      post: {
        operationId: `Transition${name}`,
        tags,
        parameters: [id],
        description: `Moves the ${one} through its workflow. The legal actions and the fields each needs are the ${one} workflow table of \`@backstage-itsm/plugin-itsm-common\`.`,
        requestBody: body(`${name}TransitionRequest`),
        responses: {
          200: json(`The ${one} after the move.`, name),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    [`${path}/{id}/timeline`]: {
      get: {
        operationId: `Get${name}Timeline`,
        tags,
        description: `Every change to the ${one}, oldest first, one page at a time.`,
        parameters: [id, param('limit'), param('cursor')],
        responses: {
          200: json('One page of timeline events.', 'TimelinePage'),
          ...errors(400, 401, 403, 404),
        },
      },
    },
    [`${path}/{id}/comments`]: {
      post: {
        operationId: `CommentOn${name}`,
        tags,
        description: 'A comment, or a work note.',
        parameters: [id],
        requestBody: body('CommentRequest'),
        responses: {
          201: json('The timeline event of the comment.', 'TimelineEvent'),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    [`${path}/{id}/links`]: {
      get: {
        operationId: `List${name}Links`,
        tags,
        description: `The links from and to the ${one} (at most 500).`,
        parameters: [id],
        responses: {
          200: json('The links.', 'LinkList'),
          ...errors(400, 401, 403, 404),
        },
      },
      post: {
        operationId: `Link${name}`,
        tags,
        parameters: [id],
        requestBody: body('CreateLinkRequest'),
        responses: {
          201: json('The link.', 'RecordLink'),
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
  };
}

function capitalize(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
